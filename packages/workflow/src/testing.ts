/**
 * Test helpers: actors, events and filled-in score inputs for the 2011 rubric, so the
 * workflow's tests and the packages above it build the same fixtures.
 */
import {
  type Actor,
  type Criterion,
  type CriterionInput,
  criteriaOf,
  type Item,
  type ItemInputs,
  type Rubric,
  rubricItems,
} from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { type WorkflowInput, workflowInput } from './context.ts';
import type {
  AssessmentEvent,
  AssessmentEventOf,
  ReviewReadiness,
  SelfScoreReadiness,
} from './events.ts';

export const AT = '2011-12-01T09:00:00+08:00';
export const DEADLINE = '2011-12-15';
/** A publication period after AT, and a moment once it is over. */
export const PERIOD = { start: '2011-12-01T09:00:00+08:00', end: '2011-12-08T17:00:00+08:00' };
export const AFTER_PERIOD = '2011-12-09T09:00:00+08:00';

export const actors = {
  unit: (unitId = 'unit-1'): Actor => ({
    userId: `user-${unitId}`,
    role: 'unit',
    unitId,
    departmentId: null,
  }),
  department: (departmentId: string): Actor => ({
    userId: `user-${departmentId}`,
    role: 'department',
    unitId: null,
    departmentId,
  }),
  chairman: (): Actor => ({
    userId: 'user-chairman',
    role: 'chairman',
    unitId: null,
    departmentId: null,
  }),
  admin: (): Actor => ({ userId: 'user-admin', role: 'admin', unitId: null, departmentId: null }),
};

/** The 2011 rubric's workflow input for unit-1, optionally limited to some items. */
export function input2011(itemIds?: readonly string[]): WorkflowInput {
  const input = workflowInput(rubric2011, { assessmentId: 'assessment-1', unitId: 'unit-1' });
  if (itemIds === undefined) return input;
  const keep = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => itemIds.includes(id)));
  return {
    ...input,
    itemDepartments: keep(input.itemDepartments),
    itemNumbers: keep(input.itemNumbers),
  };
}

/** A valid input that earns the criterion's full points. */
export function fullInput(criterion: Criterion): CriterionInput {
  switch (criterion.kind) {
    case 'award':
    case 'passFail':
      return criterion.threshold ? { numerator: 100, denominator: 100 } : { met: true };
    case 'levels':
      return { levelId: criterion.levels[0]!.id };
    case 'deduction':
      return { count: 0 };
    case 'veto':
      return { triggered: false };
    case 'holistic':
      return { value: criterion.max };
  }
}

/** Full inputs for an item, or for one department's criteria of it. */
export function fullInputs(item: Item, department?: string): ItemInputs {
  const criteria = department === undefined ? item.rule.criteria : criteriaOf(item, department);
  return Object.fromEntries(criteria.map((c) => [c.id, fullInput(c)]));
}

export function item2011(id: string): Item {
  const found = rubricItems(rubric2011).find(({ item }) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found.item;
}

export function allItemIds(rubric: Rubric = rubric2011): string[] {
  return rubricItems(rubric).map(({ item }) => item.id);
}

/** Readiness as the helpers report it when everything is filled in. */
export const readyForSubmit = (itemIds: string[]): SelfScoreReadiness => ({
  ready: true,
  incomplete: [],
  checkedItemIds: itemIds,
});

export const readyForReview = (departmentId: string, itemIds: string[]): ReviewReadiness => ({
  ready: true,
  incomplete: [],
  checkedItemIds: itemIds,
  departmentId,
});

export const events = {
  submit: (readiness: SelfScoreReadiness, actor = actors.unit()): AssessmentEventOf<'SUBMIT'> => ({
    type: 'SUBMIT',
    actor,
    at: AT,
    readiness,
  }),
  resubmit: (
    readiness: SelfScoreReadiness,
    actor = actors.unit(),
  ): AssessmentEventOf<'RESUBMIT'> => ({ type: 'RESUBMIT', actor, at: AT, readiness }),
  returnItems: (
    departmentId: string,
    itemIds: string[],
    fields: Partial<Pick<AssessmentEventOf<'RETURN_ITEMS'>, 'reason' | 'deadline' | 'at'>> = {},
  ): AssessmentEventOf<'RETURN_ITEMS'> => ({
    type: 'RETURN_ITEMS',
    actor: actors.department(departmentId),
    at: AT,
    itemIds,
    reason: '调解组织建立率数据与台账不符，请核实后重新填报',
    deadline: DEADLINE,
    ...fields,
  }),
  completeReview: (
    readiness: ReviewReadiness,
    actor = actors.department(readiness.departmentId),
  ): AssessmentEventOf<'COMPLETE_REVIEW'> => ({
    type: 'COMPLETE_REVIEW',
    actor,
    at: AT,
    readiness,
  }),
  completeBonus: (actor = actors.chairman()): AssessmentEventOf<'COMPLETE_BONUS'> => ({
    type: 'COMPLETE_BONUS',
    actor,
    at: AT,
  }),
  sendBack: (
    departmentIds: string[],
    reason = '请复核该单位的考评分',
    actor = actors.chairman(),
  ): AssessmentEventOf<'SEND_BACK'> => ({
    type: 'SEND_BACK',
    actor,
    at: AT,
    departmentIds,
    reason,
  }),
  approve: (actor = actors.chairman()): AssessmentEventOf<'APPROVE'> => ({
    type: 'APPROVE',
    actor,
    at: AT,
  }),
  reopen: (
    reason = '单位申诉，复核第7项',
    actor = actors.admin(),
  ): AssessmentEventOf<'REOPEN'> => ({
    type: 'REOPEN',
    actor,
    at: AT,
    reason,
  }),
  publish: (
    period: { start: string; end: string } = PERIOD,
    actor = actors.admin(),
    at = AT,
  ): AssessmentEventOf<'PUBLISH'> => ({
    type: 'PUBLISH',
    actor,
    at,
    periodStart: period.start,
    periodEnd: period.end,
  }),
  finalise: (
    at = AFTER_PERIOD,
    openAppeals = 0,
    actor = actors.admin(),
  ): AssessmentEventOf<'FINALISE'> => ({ type: 'FINALISE', actor, at, openAppeals }),
} satisfies Record<string, (...args: never[]) => AssessmentEvent>;
