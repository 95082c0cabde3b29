/**
 * The stages and the department reviews' states, and their names. No zod here (the
 * schemas are in stage-schemas.ts): the web app's pages that only show a stage do not
 * load it (this package has no side effects, package.json).
 */
import type { LocalizedText } from '@kaohe/domain';

/**
 * The stages of one assessment, in the order of the brief's "One assessment's life":
 * self-scoring → department review (⇄ returned to the unit) → chairman's bonus →
 * final approval → approved (locked) → published (公示: the unit sees its result and may
 * appeal while the cycle's publication period is open) → final (locked for good; a change
 * needs an admin's reopen, as from approved).
 */
export const ASSESSMENT_STAGES = [
  'selfScoring',
  'review',
  'returned',
  'bonus',
  'finalApproval',
  'approved',
  'published',
  'final',
] as const;
export type AssessmentStage = (typeof ASSESSMENT_STAGES)[number];

export const STAGE_NAMES: Record<AssessmentStage, LocalizedText> = {
  selfScoring: { zh: '单位自评', en: 'Self-scoring' },
  review: { zh: '部门考评', en: 'Department review' },
  returned: { zh: '退回修改', en: 'Returned for revision' },
  bonus: { zh: '主席室加分', en: "Chairman's bonus" },
  finalApproval: { zh: '终审', en: 'Final approval' },
  approved: { zh: '已审定', en: 'Approved' },
  published: { zh: '公示中', en: 'Published' },
  final: { zh: '结果已确定', en: 'Final' },
};

/**
 * The stages whose review is over and whose result stands: the unit sees its review
 * scores, the ranking counts it, and nothing changes but through the steps after approval
 * (publish, an appeal's answer, finalise, reopen).
 */
export const RESULT_STAGES = [
  'approved',
  'published',
  'final',
] as const satisfies readonly AssessmentStage[];
export type ResultStage = (typeof RESULT_STAGES)[number];
export function isResultStage(stage: string): stage is ResultStage {
  return (RESULT_STAGES as readonly string[]).includes(stage);
}

/**
 * One department's review of one unit. `pending` until the unit submits; `returned`
 * while items it returned are out with the unit; `complete` once it has marked its
 * review of this unit complete.
 */
export const DEPARTMENT_REVIEW_STATUSES = ['pending', 'reviewing', 'returned', 'complete'] as const;
export type DepartmentReviewStatus = (typeof DEPARTMENT_REVIEW_STATUSES)[number];

export const DEPARTMENT_REVIEW_STATUS_NAMES: Record<DepartmentReviewStatus, LocalizedText> = {
  pending: { zh: '待单位提交', en: 'Waiting for the unit' },
  reviewing: { zh: '考评中', en: 'Reviewing' },
  returned: { zh: '已退回，待单位修改', en: 'Returned, waiting for the unit' },
  complete: { zh: '已完成', en: 'Complete' },
};
