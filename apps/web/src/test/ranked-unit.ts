import type { RankedUnit } from '../components/reports/report-model.ts';

/**
 * A row of the ranking for component tests: the unit's id as its name, a district, the
 * total as its subtotal (no bonus), approved when its stage says so, no grade and nothing
 * vetoed or barred, unless `row` says otherwise.
 */
export function rankedUnit(
  row: Pick<RankedUnit, 'unitId' | 'stage' | 'total' | 'rank'> & Partial<RankedUnit>,
): RankedUnit {
  return {
    assessmentId: `a-${row.unitId}`,
    unitName: row.unitId,
    unitTypeId: 'district',
    approved: row.stage === 'approved',
    subtotal: row.total,
    bonus: '0',
    awarded: null,
    grade: null,
    barredFromHonours: false,
    vetoedItemIds: [],
    barredByHand: false,
    ...row,
  };
}
