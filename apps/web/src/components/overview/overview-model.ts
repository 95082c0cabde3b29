/**
 * The chairman's overview of a cycle: each unit's total and its rank within its unit type.
 * The rank is the server's (the ranking report's one rule: approved units only, within the
 * unit type, ties share a rank), never recomputed here, so the overview, the reports, the
 * workbooks and the CLI give a unit one rank.
 */
import { type Centi, toCenti } from '@kaohe/domain';
import type { AssessmentSummary } from '../../trpc.ts';

/** Every department has completed its review: the 考评分 will not change without a send-back. */
export const REVIEWED_STAGES: readonly string[] = [
  'bonus',
  'finalApproval',
  'approved',
  'published',
  'final',
];

/**
 * 总计 of a listed assessment: 合计 of the review scores plus the bonus after the rubric's
 * caps (per bonus item, then overall), which the server computes as the ranking does.
 */
export function listedTotal(row: AssessmentSummary): Centi | null {
  if (row.reviewTotal === null) return null;
  return toCenti(row.reviewTotal) + toCenti(row.bonus);
}

/** The ranked rows' ranks, as the server lists them; an unapproved row has none. */
export function overviewRanks(rows: readonly AssessmentSummary[]): Map<AssessmentSummary, number> {
  return new Map(rows.flatMap((r) => (r.rank === null ? [] : [[r, r.rank] as const])));
}
