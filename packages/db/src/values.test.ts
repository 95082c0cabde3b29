import { formatCenti, toCenti } from '@kaohe/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalScore, centiFromNumeric, decimalFrom, json } from './values.ts';

/** How PostgreSQL prints numeric(6, 2): always two places. */
const pgText = (c: number) => {
  const abs = Math.abs(c);
  return `${c < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

describe('values', () => {
  it('reads numeric text exactly, the fast way and the general way agreeing', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999, max: 99_999_999 }), (c) => {
        expect(centiFromNumeric(pgText(c))).toBe(c);
        expect(centiFromNumeric(pgText(c))).toBe(toCenti(pgText(c)));
      }),
    );
    expect(centiFromNumeric('1.5')).toBe(150);
    expect(centiFromNumeric('7')).toBe(700);
    expect(() => centiFromNumeric('1.005')).toThrow();
  });

  it('gives scores one canonical text', () => {
    expect(canonicalScore('4.50')).toBe('4.5');
    expect(canonicalScore('10.00')).toBe('10');
    expect(canonicalScore('0.25')).toBe('0.25');
    expect(canonicalScore(null)).toBeNull();
    expect(decimalFrom(1.5)).toBe('1.5');
    expect(decimalFrom('3.50')).toBe(formatCenti(350));
    expect(() => decimalFrom(0.1 + 0.2)).toThrow();
  });

  it('serialises arrays as JSON, not as PostgreSQL array literals', () => {
    expect(json(['a', 'b'])).toBe('["a","b"]');
    expect(json({ a_b: [1] })).toBe('{"a_b":[1]}');
  });
});
