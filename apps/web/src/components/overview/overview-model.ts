/**
 * The chairman's overview of a cycle: each unit's total and its rank within its unit type.
 * A rank needs a finished review (the bonus stage or later); ties share a rank.
 */
import { type Centi, type Rubric, toCenti } from '@kaohe/domain';
import type { AssessmentSummary } from '../../trpc.ts';
import { rankWithinGroups } from '../assessment/assessment-model.ts';

/** Every department has completed its review: the 考评分 will not change without a send-back. */
export const REVIEWED_STAGES: readonly string[] = ['bonus', 'finalApproval', 'approved'];

/**
 * 总计 of a listed assessment: 合计 of the review scores plus the bonus. The list carries
 * the awards' sum; the rubric's overall cap is applied here (per-item caps need the
 * awards themselves — the 2011 rubric sets none).
 */
export function listedTotal(rubric: Rubric, row: AssessmentSummary): Centi | null {
  if (row.reviewTotal === null) return null;
  const bonus = row.bonusTotal === null ? 0 : toCenti(row.bonusTotal);
  const cap = rubric.bonusCap === null ? null : toCenti(rubric.bonusCap);
  return toCenti(row.reviewTotal) + (cap !== null && bonus > cap ? cap : bonus);
}

/** Ranks within unit type, over the units whose review is finished. */
export function overviewRanks(
  rubric: Rubric,
  rows: readonly AssessmentSummary[],
): Map<AssessmentSummary, number> {
  return rankWithinGroups(
    rows,
    (r) => r.unitTypeId,
    (r) => (REVIEWED_STAGES.includes(r.stage) ? listedTotal(rubric, r) : null),
  );
}
