/**
 * The chairman's overview of a cycle: each unit's total and its rank within its unit type.
 * A rank needs a finished review (the bonus stage or later); ties share a rank.
 */
import { type Centi, toCenti } from '@kaohe/domain';
import type { AssessmentSummary } from '../../trpc.ts';
import { rankWithinGroups } from '../assessment/assessment-model.ts';

/** Every department has completed its review: the 考评分 will not change without a send-back. */
export const REVIEWED_STAGES: readonly string[] = ['bonus', 'finalApproval', 'approved'];

/**
 * 总计 of a listed assessment: 合计 of the review scores plus the bonus after the rubric's
 * caps (per bonus item, then overall), which the server computes as the ranking does.
 */
export function listedTotal(row: AssessmentSummary): Centi | null {
  if (row.reviewTotal === null) return null;
  return toCenti(row.reviewTotal) + toCenti(row.bonus);
}

/** Ranks within unit type, over the units whose review is finished. */
export function overviewRanks(rows: readonly AssessmentSummary[]): Map<AssessmentSummary, number> {
  return rankWithinGroups(
    rows,
    (r) => r.unitTypeId,
    (r) => (REVIEWED_STAGES.includes(r.stage) ? listedTotal(r) : null),
  );
}
