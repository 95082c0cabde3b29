/**
 * How tRPC results travel (issue 17, decision 029). Everything goes as superjson's
 * `{ json, meta }`, so dates arrive as Date. A large result of plain data (the review
 * grid, the report matrix, the ranking) is marked with `plainJson` and goes out as
 * `{ json: value }` untouched: the same envelope superjson itself writes for data without
 * dates, so every reader of the wire (the web, the tests, the CLI) reads it as before,
 * without superjson walking 10,000 rows to find nothing to annotate.
 */
import superjson from 'superjson';

/** What superjson is needed for: a value JSON cannot carry as itself. */
type NotJson =
  | Date
  | Map<unknown, unknown>
  | Set<unknown>
  | bigint
  | symbol
  | RegExp
  | Error
  | ((...args: never[]) => unknown);

/** T itself where it is plain JSON data; `never` in the place of a Date, a Map, a bigint… */
export type PlainJson<T> = T extends NotJson
  ? never
  : T extends object
    ? { [K in keyof T]: PlainJson<T[K]> }
    : T;

const plainResults = new WeakSet<object>();

/**
 * Marks a result, or a property of a result, as plain JSON data: it is sent as it is, not
 * walked by superjson. The type is the value's own (the web infers it), and a Date
 * anywhere in it does not compile.
 */
export function plainJson<T extends object>(value: T & PlainJson<T>): T {
  plainResults.add(value);
  return value;
}

const isPlain = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && plainResults.has(value);

/**
 * A result marked plain goes as it is. A result with marked parts (byId's rubric, 15 KB
 * that took superjson 7 ms to walk) goes through superjson without them, and the parts are
 * put back into its JSON as they are: superjson's annotations name only the paths it saw.
 */
function serialize(value: unknown) {
  if (isPlain(value)) return { json: value };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return superjson.serialize(value);
  }
  const parts = Object.entries(value).filter(([, v]) => isPlain(v));
  if (parts.length === 0) return superjson.serialize(value);
  const rest: Record<string, unknown> = { ...value };
  for (const [key] of parts) delete rest[key];
  const out = superjson.serialize(rest);
  Object.assign(out.json as Record<string, unknown>, Object.fromEntries(parts));
  return out;
}

/** The server's transformer: superjson, except for results (or their parts) marked plain. */
export const transformer = {
  input: superjson,
  output: { serialize, deserialize: superjson.deserialize },
};
