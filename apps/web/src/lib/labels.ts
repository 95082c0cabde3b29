/**
 * Words for the workflow's codes (stages, department review statuses, review cell
 * statuses), from the interface catalogue; the codes themselves are the workflow's
 * (`@kaohe/workflow/browser`). Dates as office staff write them.
 */
import type { DepartmentReviewStatus, AssessmentStage as Stage } from '@kaohe/workflow/browser';
import dayjs from 'dayjs';
import type { MessageKey } from '../i18n/messages.ts';

export const STAGE_LABEL: Record<Stage, MessageKey> = {
  selfScoring: 'stage.selfScoring',
  review: 'stage.review',
  returned: 'stage.returned',
  bonus: 'stage.bonus',
  finalApproval: 'stage.finalApproval',
  approved: 'stage.approved',
  published: 'stage.published',
  final: 'stage.final',
};

export const STAGE_COLOR: Record<Stage, string> = {
  selfScoring: 'default',
  review: 'processing',
  returned: 'warning',
  bonus: 'purple',
  finalApproval: 'cyan',
  approved: 'success',
  published: 'gold',
  final: 'green',
};

export function stageLabel(stage: string): MessageKey {
  return STAGE_LABEL[stage as Stage] ?? 'stage.unknown';
}

export function stageColor(stage: string): string {
  return STAGE_COLOR[stage as Stage] ?? 'default';
}

/** One department's review of one unit. */
/** The server sends the status as a string: looked up as one, complete for the workflow's. */
export const DEPARTMENT_STATUS_LABEL: Record<string, MessageKey> = {
  pending: 'departmentStatus.pending',
  reviewing: 'departmentStatus.reviewing',
  returned: 'departmentStatus.returned',
  complete: 'departmentStatus.complete',
} satisfies Record<DepartmentReviewStatus, MessageKey>;

/** One review cell (the database's REVIEW_STATUSES). */
export const REVIEW_STATUSES = ['pending', 'scored', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABEL: Record<ReviewStatus, MessageKey> = {
  pending: 'reviewStatus.pending',
  scored: 'reviewStatus.scored',
  returned: 'reviewStatus.returned',
};

export const DEADLINE_STAGES = ['selfScoring', 'review', 'bonus', 'finalApproval'] as const;
export type DeadlineStage = (typeof DEADLINE_STAGES)[number];

export const formatDate = (d: Date | string | null | undefined) =>
  d ? dayjs(d).format('YYYY-MM-DD') : '';

export const formatDateTime = (d: Date | string | null | undefined) =>
  d ? dayjs(d).format('YYYY-MM-DD HH:mm') : '';

/** Whole days from today to the deadline's day: negative once it has passed. */
export function daysLeft(deadline: Date | string, today: Date = new Date()): number {
  return dayjs(deadline).startOf('day').diff(dayjs(today).startOf('day'), 'day');
}
