import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCenti, toCenti, tryToCenti } from './points.ts';

describe('points', () => {
  it('converts decimals exactly', () => {
    expect(toCenti(1.5)).toBe(150);
    expect(toCenti('0.25')).toBe(25);
    expect(toCenti(0.1) + toCenti(0.2)).toBe(toCenti(0.3));
    expect(formatCenti(toCenti(1.5) + toCenti(1.5) + toCenti(1))).toBe('4');
    expect(formatCenti(5)).toBe('0.05');
    expect(formatCenti(-250)).toBe('-2.5');
  });

  it('refuses what is not a two-place decimal, with a message in Chinese', () => {
    for (const bad of [1.234, '1.5.2', 'abc', Number.NaN, Number.POSITIVE_INFINITY, null, {}, '']) {
      expect(tryToCenti(bad)).toBeUndefined();
    }
    expect(() => toCenti('x')).toThrow(/Not a valid score/);
    try {
      toCenti('x');
    } catch (e) {
      expect((e as { text: { zh: string } }).text.zh).toContain('分值格式不正确');
    }
  });

  it('round-trips every centi value through its text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (c) => {
        expect(toCenti(formatCenti(c))).toBe(c);
      }),
    );
  });
});
