/**
 * How both engines return values, decided in one place: node-postgres takes these as its
 * type parsers, PGlite (in its worker thread, pglite-worker.mjs) as its parsers. Plain
 * JavaScript so that the worker loads it without a TypeScript loader; types in the .d.mts.
 */

const OID_INT8 = 20;
const OID_NUMERIC = 1700;

/**
 * bigint (count(*), identity ids, sizes) as a JS number on both engines: node-postgres
 * returns text and PGlite a number. Beyond 2^53 a number would silently lose digits, so
 * that fails loudly instead.
 * @param {string} text
 */
function parseInt8(text) {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${text} exceeds 2^53`);
  return n;
}

/**
 * numeric stays text on both engines: scores are exact, values.ts converts them.
 * @param {string} text
 */
const parseNumeric = (text) => text;

export const TYPE_PARSERS = Object.freeze({
  [OID_INT8]: parseInt8,
  [OID_NUMERIC]: parseNumeric,
});
