/**
 * Loading an assessment and deciding who may see what of it. Every procedure that touches
 * an assessment goes through `loadAssessment` + `assertCanRead`; record-level checks live
 * here, not in the routers.
 */
import {
  type AssessmentDetail,
  type AssessmentHead,
  type AssessmentItem,
  type Database,
  type DbOrTx,
  getAssessment,
  type HistoryViewer,
  lockAssessmentItem,
} from '@kaohe/db';
import { type Actor, DomainError, type Rubric, reviewingDepartments } from '@kaohe/domain';
import {
  type AssessmentCommand,
  type AssessmentStage,
  canEditScore,
  isResultStage,
  type PersistedWorkflow,
  type ScoreTarget,
  type WorkflowView,
  workflowView,
} from '@kaohe/workflow';
import type { Transaction } from 'kysely';
import { rubricById } from './rubric-cache.ts';

/** What the access checks need: the assessment row, its rubric and its workflow. */
export interface LoadedHead {
  detail: AssessmentHead;
  rubric: Rubric;
  persisted: PersistedWorkflow;
  view: WorkflowView;
}

export interface LoadedAssessment extends LoadedHead {
  detail: AssessmentDetail;
}

const ASSESSMENT_NOT_FOUND = { zh: '找不到该考核', en: 'Assessment not found' };

function withWorkflow<D extends AssessmentHead>(detail: D, rubric: Rubric) {
  const persisted: PersistedWorkflow = {
    machineVersion: detail.assessment.machineVersion,
    snapshot: detail.assessment.snapshot,
    stage: detail.assessment.stage as AssessmentStage,
  };
  return { detail, rubric, persisted, view: workflowView(persisted) };
}

export async function loadAssessment(db: DbOrTx, assessmentId: string): Promise<LoadedAssessment> {
  const detail = await getAssessment(db, assessmentId);
  if (!detail) throw new DomainError('NOT_FOUND', ASSESSMENT_NOT_FOUND);
  return withWorkflow(detail, await rubricById(db, detail.rubricId));
}

/**
 * For a score save: the assessment locked for the rest of the transaction, with only the
 * item being saved (and its reviews) instead of every item. `item` is undefined when the
 * assessment has no such item; the caller's rubric lookup refuses that first.
 */
export async function loadForItemSave(
  trx: Transaction<Database>,
  assessmentId: string,
  itemId: string,
): Promise<LoadedHead & { item: AssessmentItem | undefined }> {
  const found = await lockAssessmentItem(trx, assessmentId, itemId);
  if (!found) throw new DomainError('NOT_FOUND', ASSESSMENT_NOT_FOUND);
  const { item, ...head } = found;
  return { ...withWorkflow(head, await rubricById(trx, head.rubricId)), item };
}

const OTHER_UNIT = {
  zh: '无权查看其他单位的考核',
  en: "You cannot see another unit's assessment",
};

/** The items a department reviews in this rubric (its own criteria, or all on a single-owner item). */
export function itemsReviewedBy(rubric: Rubric, departmentId: string): Set<string> {
  const out = new Set<string>();
  for (const c of rubric.categories) {
    for (const item of c.items)
      if (reviewingDepartments(item).includes(departmentId)) out.add(item.id);
  }
  return out;
}

/**
 * A unit sees only its own assessment. A department sees a submitted assessment (a draft
 * self-assessment is the unit's own business) when it reviews at least one item of it.
 * The chairman's office and the admin see everything.
 */
export function assertCanRead(actor: Actor, loaded: LoadedHead): void {
  const { detail, rubric, view } = loaded;
  switch (actor.role) {
    case 'unit':
      if (actor.unitId !== detail.assessment.unitId) throw new DomainError('FORBIDDEN', OTHER_UNIT);
      return;
    case 'department':
      if (!actor.departmentId || itemsReviewedBy(rubric, actor.departmentId).size === 0) {
        throw new DomainError('FORBIDDEN', {
          zh: '本部门不负责该单位的考评',
          en: 'Your department does not review this unit',
        });
      }
      if (view.stage === 'selfScoring') {
        throw new DomainError('FORBIDDEN', {
          zh: '该单位尚未提交自评',
          en: 'This unit has not submitted its self-assessment yet',
        });
      }
      return;
    case 'chairman':
    case 'admin':
      return;
  }
}

/**
 * What of the items the actor may see. A department: only the items it reviews (with
 * the other department's share of a shared item, "the other sees it"). A unit: its own
 * self scores always; review scores and remarks once the assessment is approved, and the
 * reason of anything returned to it.
 */
export function visibleItems(actor: Actor, loaded: LoadedAssessment): AssessmentItem[] {
  const { detail, rubric, view } = loaded;
  if (actor.role === 'department') {
    const mine = itemsReviewedBy(rubric, actor.departmentId ?? '');
    return detail.items.filter((i) => mine.has(i.itemId));
  }
  if (actor.role === 'unit' && !isResultStage(view.stage)) {
    return detail.items.map((i) => ({
      ...i,
      reviewScore: null,
      reviews: i.reviews.map((r) => ({
        ...r,
        reviewInputs: null,
        reviewScore: null,
        remarks: null,
        reviewerId: null,
      })),
    }));
  }
  return detail.items;
}

/**
 * Who reads an assessment's history, for the visibility table (HISTORY_VISIBILITY in
 * @kaohe/db): a unit sees the review once approved, as `visibleItems` shows it; a
 * department the items it reviews.
 */
export function historyViewer(actor: Actor, loaded: LoadedHead): HistoryViewer {
  switch (actor.role) {
    case 'unit':
      return { role: 'unit', approved: isResultStage(loaded.view.stage) };
    case 'department': {
      const departmentId = actor.departmentId ?? '';
      const itemIds = [...itemsReviewedBy(loaded.rubric, departmentId)];
      return { role: 'department', departmentId, itemIds };
    }
    case 'chairman':
    case 'admin':
      return { role: actor.role };
  }
}

/**
 * Whether the actor may change this score now, as the workflow says; refused with the
 * workflow's reason: LOCKED once approved, FORBIDDEN otherwise.
 */
export function assertCanEdit(actor: Actor, loaded: LoadedHead, target: ScoreTarget): void {
  const permission = canEditScore(loaded.view, actor, target);
  if (!permission.ok) {
    // An appeal's answer is refused for who (FORBIDDEN) while published, LOCKED otherwise.
    const who = target.kind === 'appealAnswer' && loaded.view.stage === 'published';
    throw new DomainError(loaded.view.locked && !who ? 'LOCKED' : 'FORBIDDEN', permission.reason);
  }
}

/**
 * A department acts only on the units it reviews and the items it owns: a step on any
 * other is FORBIDDEN (who), before the workflow is asked whether it fits the stage (when).
 */
export function assertDepartmentConcerned(
  actor: Actor,
  loaded: LoadedAssessment,
  command: AssessmentCommand,
): void {
  if (actor.role !== 'department') return;
  if (command.type !== 'RETURN_ITEMS' && command.type !== 'COMPLETE_REVIEW') return;
  const departmentId = actor.departmentId ?? '';
  if (!(departmentId in loaded.view.departments)) {
    throw new DomainError('FORBIDDEN', {
      zh: '本部门不负责该单位的考评',
      en: 'Your department does not review this unit',
    });
  }
  if (command.type !== 'RETURN_ITEMS') return;
  const mine = itemsReviewedBy(loaded.rubric, departmentId);
  const foreign = command.itemIds.filter((id) => !mine.has(id));
  if (foreign.length === 0) return;
  const numbers = new Map<string, number>();
  for (const c of loaded.rubric.categories) for (const i of c.items) numbers.set(i.id, i.number);
  const list = foreign.map((id) => String(numbers.get(id) ?? id));
  throw new DomainError('FORBIDDEN', {
    zh: `本部门不负责第${list.join('、')}项的考评，不能退回`,
    en: `Your department does not review item ${list.join(', ')} and cannot return it`,
  });
}
