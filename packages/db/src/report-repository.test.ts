import { formatCenti } from '@kaohe/domain';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { canonicalNumeric } from './report-repository.ts';

/** numeric(6, 2) as PostgreSQL prints it: always two decimals. */
const printed = (c: number) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`;

it('canonicalNumeric gives what formatCenti gives, for every numeric(6, 2) text', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 99_999_999 }), (c) => {
      expect(canonicalNumeric(printed(c))).toBe(formatCenti(c));
    }),
  );
  expect([canonicalNumeric(''), canonicalNumeric(undefined), canonicalNumeric('3')]).toEqual([
    null,
    null,
    '3',
  ]);
});
