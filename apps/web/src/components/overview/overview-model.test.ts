import { describe, expect, test } from 'vitest';
import type { AssessmentSummary } from '../../trpc.ts';
import { listedTotal, overviewRanks } from './overview-model.ts';

const row = (
  unitId: string,
  stage: string,
  reviewTotal: string | null,
  bonusTotal: string | null,
  bonus: string = bonusTotal ?? '0',
  rank: number | null = null,
) =>
  ({
    id: unitId,
    unitId,
    unitName: unitId,
    unitTypeId: 'district',
    stage,
    version: 1,
    selfScoredCount: 30,
    itemCount: 30,
    selfTotal: null,
    reviewTotal,
    bonusTotal,
    bonus,
    rank,
    overdue: false,
    grade: null,
    barredFromHonours: false,
  }) satisfies AssessmentSummary;

describe('the chairman’s overview', () => {
  test('总计 is 合计 plus the bonus after the caps (as the server lists it)', () => {
    expect(listedTotal(row('a', 'approved', '115.5', '1.5'))).toBe(11700);
    expect(listedTotal(row('a', 'approved', '115.5', null))).toBe(11550);
    expect(listedTotal(row('a', 'review', null, null))).toBeNull();
    // Awards of 5 under a cap of 3: the capped figure counts, not the awards' sum.
    expect(listedTotal(row('a', 'approved', '110', '5', '3'))).toBe(11300);
  });

  test('the rank is the server’s: an unapproved unit is never ranked, whatever its total', () => {
    const rows = [
      row('approved', 'approved', '118', '1', '1', 1),
      row('waiting', 'finalApproval', '119', '1', '1', null),
      row('bonus', 'bonus', '117', null, '0', null),
      row('second', 'approved', '110', null, '0', 2),
    ];
    const ranks = overviewRanks(rows);
    expect(rows.map((r) => ranks.get(r))).toEqual([1, undefined, undefined, 2]);
  });
});
