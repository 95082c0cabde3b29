/**
 * The two kinds of value that must not be left to a driver's defaults: exact decimals
 * (scores) and JSON documents. Both engines get the same text, and read back the same
 * text, because the conversion happens here and nowhere else.
 */
import { type Centi, formatCenti, toCenti } from '@kaohe/domain';

declare const decimalBrand: unique symbol;
/** A score as the database receives it: made by `decimal()` from exact hundredths. */
export type DecimalText = string & { readonly [decimalBrand]: true };

/** 150 → "1.5" for a numeric column. Scores reach SQL through here, never as floats. */
export function decimal(c: Centi): DecimalText {
  return formatCenti(c) as DecimalText;
}

/** "1.5" or 1.5 → the DecimalText of the same exact value; throws INVALID_SCORE otherwise. */
export function decimalFrom(score: string | number): DecimalText {
  return decimal(toCenti(score));
}

/** numeric(6, 2) reads back as "1.50"; the boundary speaks the canonical "1.5". */
export function canonicalScore(value: string): string;
export function canonicalScore(value: string | null): string | null;
export function canonicalScore(value: string | null): string | null {
  return value === null ? null : formatCenti(toCenti(value));
}

/**
 * A numeric(…, 2) value as PostgreSQL prints it ("4.50", "-0.50") to hundredths, by
 * integer parsing: the review grid reads 50,000 of them, and toCenti's pattern match
 * showed in its profile. Any other text goes the general way.
 */
export function centiFromNumeric(text: string): Centi {
  const dot = text.length - 3;
  if (dot > 0 && text.charCodeAt(dot) === 46 /* . */) {
    const whole = Number(text.slice(0, dot));
    const frac = Number(text.slice(dot + 1));
    if (Number.isInteger(whole) && Number.isInteger(frac) && frac >= 0) {
      return whole < 0 || text[0] === '-' ? whole * 100 - frac : whole * 100 + frac;
    }
  }
  return toCenti(text);
}

declare const jsonBrand: unique symbol;
/** A JSON document as the database receives it: made by `json()`. */
export type JsonText<T = unknown> = string & { readonly [jsonBrand]: T };

/**
 * Serialises a value for a jsonb column. node-postgres turns a JS array parameter into a
 * PostgreSQL array literal, not JSON; text is read as JSON by both drivers.
 */
export function json<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue | undefined };
