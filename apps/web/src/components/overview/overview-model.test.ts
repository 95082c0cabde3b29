import { RubricSchema } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { describe, expect, test } from 'vitest';
import type { AssessmentSummary } from '../../trpc.ts';
import { listedTotal, overviewRanks } from './overview-model.ts';

const row = (
  unitId: string,
  stage: string,
  reviewTotal: string | null,
  bonusTotal: string | null,
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
  }) satisfies AssessmentSummary;

describe('the chairman’s overview', () => {
  test('总计 is 合计 plus the bonus, within the rubric’s overall cap', () => {
    expect(listedTotal(rubric2011, row('a', 'approved', '115.5', '1.5'))).toBe(11700);
    expect(listedTotal(rubric2011, row('a', 'approved', '115.5', null))).toBe(11550);
    expect(listedTotal(rubric2011, row('a', 'review', null, null))).toBeNull();
    const capped = RubricSchema.parse({ ...rubric2011, bonusCap: 3 });
    expect(listedTotal(capped, row('a', 'approved', '110', '5'))).toBe(11300);
  });

  test('only a finished review is ranked; an unapproved one keeps its rank (shown as such)', () => {
    const rows = [
      row('approved', 'approved', '118', '1'),
      row('waiting', 'finalApproval', '118', '1'),
      row('bonus', 'bonus', '117', null),
      row('reviewing', 'review', '119', null),
    ];
    const ranks = overviewRanks(rubric2011, rows);
    expect(rows.map((r) => ranks.get(r))).toEqual([1, 1, 3, undefined]);
  });
});
