import { formatCenti } from '@kaohe/domain';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { canonicalNumeric, rankedOrder } from './report-repository.ts';

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

it('rankedOrder ranks as rank() does: 1 + the approved of the type with a greater total', () => {
  const row = fc.record({
    unitId: fc.string({ maxLength: 3 }),
    unitName: fc.constantFrom('黄浦区总工会', '徐汇区总工会', 'A', 'a', ''),
    unitTypeId: fc.constantFrom('district', 'bureau'),
    stage: fc.constantFrom('self_scoring', 'approved', 'published', 'final', 'chairman_review'),
    total: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  });
  const approved = new Set(['approved', 'published', 'final']);
  fc.assert(
    fc.property(fc.array(row, { maxLength: 40 }), (unsorted) => {
      const { rows, ranks } = rankedOrder(unsorted);
      const text = (rs: readonly object[]) => rs.map((r) => JSON.stringify(r)).sort();
      expect(text(rows)).toEqual(text(unsorted));
      const total = (r: (typeof rows)[number]) => r.total ?? Number.NEGATIVE_INFINITY;
      for (const [i, r] of rows.entries()) {
        const peers = rows.filter((p) => p.unitTypeId === r.unitTypeId && approved.has(p.stage));
        const expected = approved.has(r.stage)
          ? 1 + peers.filter((p) => total(p) > total(r)).length
          : null;
        expect(ranks[i]).toBe(expected);
        // The order: by type, the approved first, by total descending, then name and id.
        const next = rows[i + 1];
        if (
          next &&
          next.unitTypeId === r.unitTypeId &&
          approved.has(next.stage) === approved.has(r.stage)
        ) {
          expect(total(next) <= total(r)).toBe(true);
          if (total(next) === total(r)) {
            expect(
              next.unitName > r.unitName ||
                (next.unitName === r.unitName && next.unitId >= r.unitId),
            ).toBe(true);
          }
        }
      }
    }),
  );
});
