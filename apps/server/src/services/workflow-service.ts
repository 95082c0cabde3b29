/**
 * Every state change of an assessment goes through here: load in a transaction, build
 * the event (who, when, and the readiness facts computed with the domain engine), let the
 * pure machine decide with `transition()`, store its snapshot and the audit event, record
 * what the step means for the item rows and who to notify, commit.
 */
import {
  inTransaction,
  type JsonValue,
  lockAssessment,
  type NewNotification,
  reopenItemReview,
  returnItem,
  updateAssessmentWorkflow,
} from '@kaohe/db';
import { type Actor, DomainError, type ItemInputs } from '@kaohe/domain';
import {
  type AssessmentCommand,
  type AssessmentEvent,
  type AssessmentStage,
  applyWorkflowEvent,
  lockedReason,
  reviewReadiness,
  selfScoreReadiness,
} from '@kaohe/workflow';
import type { AppDeps } from '../context.ts';
import {
  assertCanRead,
  assertDepartmentConcerned,
  type LoadedAssessment,
  loadAssessment,
} from './assessment-access.ts';
import { assertReturnDeadline, cycleDeadlines, lateness } from './deadline-service.ts';
import { RESUBMITTED } from './history.ts';
import { afterCommit, notify } from './message-service.ts';
import { visibleChangesSince } from './workflow-conflict.ts';

function buildEvent(
  loaded: LoadedAssessment,
  actor: Actor,
  command: AssessmentCommand,
  at: string,
): AssessmentEvent {
  const { detail, rubric, view } = loaded;
  const unitType = detail.unitTypeId;
  switch (command.type) {
    case 'SUBMIT':
    case 'RESUBMIT': {
      const items = Object.fromEntries(
        detail.items.map((i) => [
          i.itemId,
          {
            inputs: (i.selfInputs ?? undefined) as ItemInputs | undefined,
            explanation: i.explanation,
          },
        ]),
      );
      const only = command.type === 'RESUBMIT' ? view.returns.map((r) => r.itemId) : undefined;
      return {
        ...command,
        actor,
        at,
        readiness: selfScoreReadiness(rubric, unitType, items, only ? { only } : {}),
      };
    }
    case 'COMPLETE_REVIEW': {
      const departmentId = actor.departmentId ?? '';
      const items = Object.fromEntries(
        detail.items.map((i) => {
          const mine = i.reviews.find((r) => r.departmentId === departmentId);
          return [
            i.itemId,
            {
              selfInputs: (i.selfInputs ?? undefined) as ItemInputs | undefined,
              reviewInputs: (mine?.reviewInputs ?? undefined) as ItemInputs | undefined,
              remarks: mine?.remarks ?? null,
            },
          ];
        }),
      );
      return {
        ...command,
        actor,
        at,
        readiness: reviewReadiness(rubric, unitType, departmentId, items),
      };
    }
    case 'FINALISE':
      // A result is finalised with its publication, which counts the open appeals
      // (appeal-service.ts `finalisePublication`); never one assessment on its own.
      throw new DomainError('INVALID_INPUT', {
        zh: '请在“公示与申诉”中确定整个公示的最终结果',
        en: 'Finalise the results of the whole publication under "Publication and appeals"',
      });
    default:
      return { ...command, actor, at };
  }
}

/** What a step means for the per-department review rows, and who hears of it. */
async function consequences(
  trx: Parameters<Parameters<typeof inTransaction>[1]>[0],
  deps: AppDeps,
  actor: Actor,
  loaded: LoadedAssessment,
  event: AssessmentEvent,
): Promise<void> {
  const { detail, view } = loaded;
  const assessmentId = detail.assessment.id;
  const unitId = detail.assessment.unitId;
  const reviewRow = (itemId: string, departmentId: string) =>
    detail.items
      .find((i) => i.itemId === itemId)
      ?.reviews.find((r) => r.departmentId === departmentId);
  const notes: NewNotification[] = [];
  const payload = (extra: Record<string, JsonValue> = {}): JsonValue => ({
    assessmentId,
    unitId,
    ...extra,
  });

  switch (event.type) {
    case 'SUBMIT':
      for (const departmentId of Object.keys(view.departments)) {
        notes.push({ target: { departmentId }, kind: 'assessment.submitted', payload: payload() });
      }
      break;
    case 'RETURN_ITEMS': {
      const departmentId = actor.departmentId!;
      for (const itemId of new Set(event.itemIds)) {
        const row = reviewRow(itemId, departmentId);
        if (!row) continue;
        await returnItem(trx, actor, {
          assessmentId,
          itemId,
          departmentId,
          reason: event.reason,
          returnDeadline: new Date(`${event.deadline}T23:59:59+08:00`),
          expectedVersion: row.version,
        });
      }
      notes.push({
        target: { unitId },
        kind: 'items.returned',
        payload: payload({
          itemIds: event.itemIds,
          reason: event.reason,
          deadline: event.deadline,
          departmentId,
        }),
      });
      break;
    }
    case 'RESUBMIT': {
      const departments = new Set<string>();
      for (const r of view.returns) {
        const row = reviewRow(r.itemId, r.departmentId);
        departments.add(r.departmentId);
        if (row?.status !== 'returned') continue;
        await reopenItemReview(trx, actor, {
          assessmentId,
          itemId: r.itemId,
          departmentId: r.departmentId,
          expectedVersion: row.version,
          reason: RESUBMITTED,
        });
      }
      for (const departmentId of departments) {
        notes.push({ target: { departmentId }, kind: 'items.resubmitted', payload: payload() });
      }
      break;
    }
    case 'SEND_BACK':
      for (const departmentId of event.departmentIds) {
        notes.push({
          target: { departmentId },
          kind: 'assessment.sentBack',
          payload: payload({ reason: event.reason }),
        });
      }
      break;
    case 'APPROVE':
      notes.push({ target: { unitId }, kind: 'assessment.approved', payload: payload() });
      break;
    default:
      break;
  }
  await notify(trx, deps, notes);
}

const REASON_OF = (event: AssessmentEvent): string | null =>
  'reason' in event ? event.reason : null;

export interface RunCommandInput {
  assessmentId: string;
  expectedVersion: number;
  command: AssessmentCommand;
}

export async function runCommand(deps: AppDeps, actor: Actor, input: RunCommandInput) {
  const result = await inTransaction(deps.db, async (trx) => {
    const locked = await lockAssessment(trx, input.assessmentId);
    const loaded = await loadAssessment(trx, input.assessmentId);
    assertCanRead(actor, loaded);
    // Approved (published, final) is locked: the same refusal (LOCKED) as a score write,
    // not a bad transition. PUBLISH and FINALISE act on a whole publication (appeal-service).
    if (loaded.view.locked && input.command.type !== 'REOPEN') {
      throw new DomainError('LOCKED', lockedReason(loaded.view.stage));
    }
    assertDepartmentConcerned(actor, loaded, input.command);
    if (locked.version !== input.expectedVersion) {
      // A step is refused only for a change the actor can see (issue 16): a department
      // completing its review must not make the unit's resubmit fail.
      const changes = await visibleChangesSince(trx, actor, loaded, input.expectedVersion);
      if (changes === null || changes.length > 0) {
        const what = changes?.length
          ? {
              zh: `：${changes.map((c) => c.zh).join('；')}`,
              en: `: ${changes.map((c) => c.en).join('; ')}`,
            }
          : { zh: '', en: '' };
        throw new DomainError(
          'CONFLICT',
          {
            zh: `该考核已被他人更新${what.zh}。请核对最新内容后重试`,
            en: `This assessment was changed meanwhile${what.en}. Check the latest and try again`,
          },
          {
            current: { stage: locked.stage, version: locked.version },
            ...(changes?.length ? { changes } : {}),
          },
        );
      }
    }
    const now = deps.now();
    const event = buildEvent(loaded, actor, input.command, now.toISOString());
    const { next, view } = applyWorkflowEvent(loaded.persisted, event);
    const deadlines = await cycleDeadlines(trx, loaded.detail.assessment.cycleId);
    if (event.type === 'RETURN_ITEMS') assertReturnDeadline(event.deadline, deadlines);
    // Late work is accepted, and its event says so (逾期 in the history).
    const late = lateness(event, deadlines, loaded.view.returns, now);
    await consequences(trx, deps, actor, loaded, event);
    const assessment = await updateAssessmentWorkflow(trx, actor, {
      assessmentId: input.assessmentId,
      // The row is locked: its version, once the check above let the step through.
      expectedVersion: locked.version,
      stage: next.stage,
      snapshot: next.snapshot as JsonValue,
      machineVersion: next.machineVersion,
      action: `assessment.${event.type}`,
      reason: REASON_OF(event),
      ...(event.type === 'SUBMIT' ? { submittedAt: now } : {}),
      ...(event.type === 'APPROVE' ? { approvedAt: now } : {}),
      ...(event.type === 'REOPEN' ? { approvedAt: null } : {}),
      late,
    });
    return { assessment, view, from: locked.stage as AssessmentStage, cycleId: locked.cycleId };
  });
  afterCommit(deps);
  const { assessment, view, from, cycleId } = result;
  // After the commit: a whole cycle through a stage is a moment worth a backup. Not
  // awaited; the scheduler records its own failures.
  if (deps.backups && !deps.db.isTransaction && assessment.stage !== from) {
    void deps.backups
      .afterStageChange(cycleId, from, assessment.stage as AssessmentStage)
      .catch(() => {});
  }
  return { assessment, view };
}
