/**
 * The server's side of the workflow. In one database transaction the server loads the
 * row, calls `applyWorkflowEvent`, stores `next` (snapshot and machine version, with
 * `stage` in its own column for queries) and commits. Nothing here does I/O.
 *
 * Every snapshot is stored with the version of the machine that wrote it. A change to
 * the machine that old snapshots cannot follow gets a new version; the old machine stays
 * in `WORKFLOW_MACHINES` so assessments in flight finish on the rules they started with.
 */
import { type Actor, DomainError, type LocalizedText } from '@kaohe/domain';
import { initialTransition, type SnapshotFrom, transition } from 'xstate';
import { type AssessmentMachine, assessmentMachine } from './assessment-machine.ts';
import {
  itemsReviewedBy,
  type OpenReturn,
  type PublicationNote,
  type ReopenNote,
  type SendBackNote,
  type WorkflowContext,
  WorkflowContextSchema,
  type WorkflowInput,
  WorkflowInputSchema,
} from './context.ts';
import type { AssessmentEvent } from './events.ts';
import { lockedReason, refusalReason } from './rules.ts';
import { AssessmentStageSchema } from './stage-schemas.ts';
import {
  type AssessmentStage,
  type DepartmentReviewStatus,
  isResultStage,
  STAGE_NAMES,
} from './stages.ts';

export const MACHINE_VERSION = 1;

export const WORKFLOW_MACHINES: Readonly<Record<number, AssessmentMachine>> = {
  1: assessmentMachine,
};

export interface PersistedWorkflow {
  machineVersion: number;
  /** JSON-serialisable: xstate's persisted snapshot. */
  snapshot: unknown;
  stage: AssessmentStage;
}

export interface WorkflowView {
  assessmentId: string;
  unitId: string;
  stage: AssessmentStage;
  departments: Record<string, DepartmentReviewStatus>;
  returns: OpenReturn[];
  /** Items whose self score the unit may change: all while self-scoring, the returned ones when returned. */
  editableItems: string[];
  /** The departments that review each item. */
  itemDepartments: Record<string, string[]>;
  /** Items whose review score each department may change now. */
  reviewableItems: Record<string, string[]>;
  /** The chairman's office may award bonus points. */
  bonusEditable: boolean;
  bonusComplete: boolean;
  sentBack: SendBackNote | null;
  reopened: ReopenNote | null;
  /** The publication's period while published or final; null before. */
  publication: PublicationNote | null;
  /** Approved, published or final: nothing changes but through the steps after approval. */
  locked: boolean;
}

type Snapshot = SnapshotFrom<AssessmentMachine>;

function machineFor(version: number): AssessmentMachine {
  const machine = WORKFLOW_MACHINES[version];
  if (!machine) {
    const known = Object.keys(WORKFLOW_MACHINES).join('、');
    throw new DomainError(
      'UNKNOWN_MACHINE_VERSION',
      {
        zh: `无法识别的流程版本：${version}（本系统支持的版本：${known}）。请联系管理员。`,
        en: `Unknown workflow version ${version} (this system knows ${Object.keys(WORKFLOW_MACHINES).join(', ')}). Contact an administrator.`,
      },
      { machineVersion: version },
    );
  }
  return machine;
}

function persist(machineVersion: number, machine: AssessmentMachine, snapshot: Snapshot) {
  return {
    machineVersion,
    // Through JSON once here, so what the caller stores is exactly what it will load.
    snapshot: JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot))) as unknown,
    stage: AssessmentStageSchema.parse(snapshot.value),
  } satisfies PersistedWorkflow;
}

function restore(persisted: PersistedWorkflow): { machine: AssessmentMachine; snapshot: Snapshot } {
  const machine = machineFor(persisted.machineVersion);
  const raw = persisted.snapshot as { value?: unknown; context?: unknown } | null;
  const value = AssessmentStageSchema.safeParse(raw?.value);
  const context = WorkflowContextSchema.safeParse(raw?.context);
  if (!value.success || !context.success) {
    throw new DomainError(
      'INVALID_INPUT',
      {
        zh: '保存的考核流程状态已损坏，无法读取。请联系管理员。',
        en: 'The stored workflow state is damaged and cannot be read. Contact an administrator.',
      },
      { issues: [...(value.error?.issues ?? []), ...(context.error?.issues ?? [])] },
    );
  }
  return { machine, snapshot: machine.resolveState({ value: value.data, context: context.data }) };
}

/** A new assessment's workflow, in self-scoring. */
export function createWorkflow(input: WorkflowInput): PersistedWorkflow {
  const parsed = WorkflowInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new DomainError(
      'INVALID_INPUT',
      {
        zh: '无法创建考核流程：考核项目或部门信息不完整',
        en: 'Cannot create the workflow: the items or departments are incomplete',
      },
      { issues: parsed.error.issues },
    );
  }
  const [snapshot] = initialTransition(assessmentMachine, parsed.data);
  return persist(MACHINE_VERSION, assessmentMachine, snapshot);
}

function stageOf(snapshot: Snapshot): AssessmentStage {
  return AssessmentStageSchema.parse(snapshot.value);
}

function refusal(snapshot: Snapshot, event: AssessmentEvent): LocalizedText | null {
  const reason = refusalReason(stageOf(snapshot), snapshot.context, event);
  if (reason) return reason;
  // The rules said yes; the machine must agree (tests hold the two together).
  if (!snapshot.can(event)) {
    const stage = STAGE_NAMES[stageOf(snapshot)];
    return {
      zh: `当前阶段（${stage.zh}）不能执行此操作`,
      en: `This cannot be done at the current stage (${stage.en})`,
    };
  }
  return null;
}

/** Whether the event would be accepted now, and why not: for the UI to disable buttons. */
export function canApply(
  persisted: PersistedWorkflow,
  event: AssessmentEvent,
): { ok: true } | { ok: false; reason: LocalizedText } {
  const { snapshot } = restore(persisted);
  const reason = refusal(snapshot, event);
  return reason ? { ok: false, reason } : { ok: true };
}

/**
 * Applies one event. Throws `DomainError('INVALID_TRANSITION')` with the reason when it
 * is not accepted, so a refused event changes nothing.
 */
export function applyWorkflowEvent(
  persisted: PersistedWorkflow,
  event: AssessmentEvent,
): { next: PersistedWorkflow; view: WorkflowView } {
  const { machine, snapshot } = restore(persisted);
  const reason = refusal(snapshot, event);
  if (reason) {
    throw new DomainError('INVALID_TRANSITION', reason, {
      event: event.type,
      stage: stageOf(snapshot),
    });
  }
  const [nextSnapshot] = transition(machine, snapshot, event);
  const next = persist(persisted.machineVersion, machine, nextSnapshot);
  return { next, view: viewOf(stageOf(nextSnapshot), nextSnapshot.context) };
}

export function workflowView(persisted: PersistedWorkflow): WorkflowView {
  const { snapshot } = restore(persisted);
  return viewOf(stageOf(snapshot), snapshot.context);
}

function viewOf(stage: AssessmentStage, context: WorkflowContext): WorkflowView {
  const returned = [...new Set(context.returns.map((r) => r.itemId))];
  const allItems = Object.keys(context.itemDepartments);
  const reviewing = stage === 'review' || stage === 'returned';
  const reviewableItems: Record<string, string[]> = {};
  for (const [departmentId, status] of Object.entries(context.departments)) {
    const open = reviewing && (status === 'reviewing' || status === 'returned');
    // An item out with the unit waits for its resubmission before anyone scores it.
    reviewableItems[departmentId] = open
      ? itemsReviewedBy(context, departmentId).filter((id) => !returned.includes(id))
      : [];
  }
  return {
    assessmentId: context.assessmentId,
    unitId: context.unitId,
    stage,
    departments: { ...context.departments },
    itemDepartments: context.itemDepartments,
    returns: context.returns.map((r) => ({ ...r })),
    editableItems: stage === 'selfScoring' ? allItems : stage === 'returned' ? returned : [],
    reviewableItems,
    bonusEditable: stage === 'bonus',
    bonusComplete: context.bonusComplete,
    sentBack: context.sentBack,
    reopened: context.reopened,
    publication: context.publication,
    locked: isResultStage(stage),
  };
}

export type ScoreTarget =
  | { kind: 'selfScore'; itemId: string }
  | { kind: 'reviewScore'; itemId: string }
  /**
   * A department's answer to an appeal on an item it reviews, while the result is
   * published: the same review save, allowed only then. The server checks beforehand that
   * an appeal on the item is waiting for this answer.
   */
  | { kind: 'appealAnswer'; itemId: string }
  | { kind: 'bonus' };

type Permission = { ok: true } | { ok: false; reason: LocalizedText };

const no = (zh: string, en: string): Permission => ({ ok: false, reason: { zh, en } });

/**
 * Whether the actor may change a score now. The server checks it before every score
 * write; the web uses it to make fields read-only.
 */
export function canEditScore(view: WorkflowView, actor: Actor, target: ScoreTarget): Permission {
  if (target.kind === 'appealAnswer') return canAnswerAppeal(view, actor, target.itemId);
  if (view.locked) return { ok: false, reason: lockedReason(view.stage) };
  const stage = STAGE_NAMES[view.stage];
  switch (target.kind) {
    case 'selfScore': {
      if (actor.role !== 'unit' || actor.unitId !== view.unitId) {
        return no('只有本单位的用户可以填写自评', "Only this unit's users enter self scores");
      }
      if (view.editableItems.includes(target.itemId)) return { ok: true };
      if (view.stage === 'selfScoring') {
        return no(`本考核没有该项目：${target.itemId}`, `No item ${target.itemId} here`);
      }
      if (view.stage === 'returned') {
        return no('只能修改被退回的项目', 'Only the returned items can be changed');
      }
      return no(
        `自评已提交（当前阶段：${stage.zh}），不能再修改`,
        `The self-assessment was submitted (now: ${stage.en}) and cannot change`,
      );
    }
    case 'reviewScore': {
      if (actor.role !== 'department' || actor.departmentId === null) {
        return no('只有职能部门可以填写考评分', 'Only departments enter review scores');
      }
      const status = view.departments[actor.departmentId];
      if (status === undefined) {
        return no('本部门不负责本单位的考评', 'Your department does not review this unit');
      }
      if ((view.reviewableItems[actor.departmentId] ?? []).includes(target.itemId)) {
        return { ok: true };
      }
      if (view.stage !== 'review' && view.stage !== 'returned') {
        return no(
          `当前阶段（${stage.zh}）不能填写考评分`,
          `Review scores cannot be entered now (${stage.en})`,
        );
      }
      if (status === 'complete') {
        return no('本部门已完成考评，不能再修改', 'Your department has completed its review');
      }
      if (view.returns.some((r) => r.itemId === target.itemId)) {
        return no(
          '该项目已退回单位修改，待单位重新提交后再考评',
          'This item is out with the unit; review it after the unit resubmits',
        );
      }
      return no('本部门不负责该项目的考评', 'Your department does not review this item');
    }
    case 'bonus':
      if (actor.role !== 'chairman') {
        return no('只有主席室可以评定加分', "Only the chairman's office awards bonus points");
      }
      return view.bonusEditable
        ? { ok: true }
        : no(
            `当前阶段（${stage.zh}）不能评定加分`,
            `Bonus points cannot be awarded now (${stage.en})`,
          );
  }
}

/** Whether a department may change its review score of this item in answer to an appeal. */
export function canAnswerAppeal(view: WorkflowView, actor: Actor, itemId: string): Permission {
  if (actor.role !== 'department' || actor.departmentId === null) {
    return no(
      '只有负责该项目的职能部门可以答复申诉',
      'Only the department that reviews the item answers an appeal',
    );
  }
  if (view.stage !== 'published') {
    const stage = STAGE_NAMES[view.stage];
    return no(
      `考核结果不在公示中（当前阶段：${stage.zh}），不能答复申诉`,
      `The result is not published (now: ${stage.en}); appeals cannot be answered`,
    );
  }
  if (!(view.itemDepartments[itemId] ?? []).includes(actor.departmentId)) {
    return no(
      '本部门不负责该项目的考评，不能答复其申诉',
      'Your department does not review this item and cannot answer its appeal',
    );
  }
  return { ok: true };
}
