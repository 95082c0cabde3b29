/**
 * Every tRPC procedure of `appRouter`, read from `_def.procedures` so a procedure added
 * tomorrow is covered by the property and fuzz tests without touching them; and a
 * fast-check arbitrary built from each procedure's zod input (through zod's own JSON
 * Schema export), with named fields (ids) drawn from the caller's pool.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { appRouter } from '../routers/app.router.ts';

export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation';
  /** The zod input, or null for a procedure without one. */
  input: z.ZodType | null;
}

export function procedures(): ProcedureInfo[] {
  const all = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: 'query' | 'mutation'; inputs: unknown[] } }
  >;
  return Object.entries(all)
    .map(([path, p]) => {
      if (p._def.inputs.length > 1)
        throw new Error(`${path}: more than one .input() is not handled`);
      return { path, type: p._def.type, input: (p._def.inputs[0] as z.ZodType) ?? null };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
};

export function jsonSchemaOf(input: z.ZodType): JsonSchema {
  return z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** A field's value from the test's pool (an id of the chosen target), or undefined. */
export type FieldPool = (name: string) => fc.Arbitrary<unknown> | undefined;

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/**
 * An arbitrary of values that satisfy the schema (mostly: patterns are honoured, formats
 * other than date are not), with fields named in the pool taken from it. Throws for a
 * schema shape it does not know, so a new kind of input fails loudly rather than being
 * skipped.
 */
export function arbitraryOf(
  schema: JsonSchema,
  pool: FieldPool = () => undefined,
  where = '$',
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s, i) => arbitraryOf(s, pool, `${where}|${i}`)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case undefined:
      // `{}`: anything (z.unknown(), or a transform zod cannot describe).
      return fc.jsonValue({ maxDepth: 2 });
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = Math.max(schema.minimum ?? schema.exclusiveMinimum ?? -1e6, -1e9);
      const max = Math.min(schema.maximum ?? schema.exclusiveMaximum ?? 1e6, 2e9);
      return type === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'string': {
      const minLength = schema.minLength ?? 0;
      const maxLength = Math.min(schema.maxLength ?? 40, 80);
      if (schema.format === 'date') return isoDate;
      if (schema.pattern) {
        return fc
          .stringMatching(new RegExp(schema.pattern))
          .map((s) => s.slice(0, maxLength))
          .filter((s) => s.length >= minLength);
      }
      return fc
        .string({ unit: 'grapheme', minLength, maxLength })
        .filter((s) => s.trim().length >= Math.min(minLength, 1));
    }
    case 'array': {
      if (!schema.items) throw new Error(`${where}: an array without items`);
      return fc.array(arbitraryOf(schema.items, pool, `${where}[]`), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, s] of Object.entries(properties)) {
        fields[name] = pool(name) ?? arbitraryOf(s, pool, `${where}.${name}`);
      }
      const record = fc.record(fields, {
        requiredKeys: Object.keys(fields).filter((k) => required.has(k)),
      });
      const extra = schema.additionalProperties;
      if (typeof extra === 'object' && Object.keys(properties).length === 0) {
        const key = schema.propertyNames
          ? (arbitraryOf(schema.propertyNames, pool, `${where}{key}`) as fc.Arbitrary<string>)
          : fc.string({ maxLength: 12 });
        return fc.dictionary(key, arbitraryOf(extra, pool, `${where}{}`), { maxKeys: 3 });
      }
      return record;
    }
    default:
      throw new Error(`${where}: no generator for JSON Schema type "${type}"`);
  }
}

/** The arbitrary of a procedure's input (undefined when it takes none). */
export function inputArbitrary(p: ProcedureInfo, pool?: FieldPool): fc.Arbitrary<unknown> {
  if (!p.input) return fc.constant(undefined);
  return arbitraryOf(jsonSchemaOf(p.input), pool, p.path);
}
