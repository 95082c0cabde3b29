/**
 * The optimistic check of a workflow step, narrowed to what the actor sees (issue 16). A
 * unit's page holds the assessment's version from when it opened; a department completing
 * its review meanwhile moved that version on without changing anything the unit sees, and
 * the unit's resubmit failed with "已被他人修改". Now a stale version is a conflict only when
 * the actor's own view of the assessment changed since that version: for a unit its stage
 * and the items out with it; for a department its step and its own returns. The chairman's
 * office and the admin see everything, so for them every change is one. Where there is a
 * conflict, it says what changed.
 */
import { type DbOrTx, workflowAtVersion } from '@kaohe/db';
import { type Actor, departmentName, findItem, type LocalizedText } from '@kaohe/domain';
import {
  type AssessmentStage,
  type OpenReturn,
  STAGE_NAMES,
  type WorkflowView,
  workflowView,
} from '@kaohe/workflow';
import type { LoadedAssessment } from './assessment-access.ts';

const returnKey = (r: OpenReturn) => `${r.itemId}/${r.departmentId}/${r.reason}/${r.deadline}`;

/** What of the workflow the actor sees, as comparable text; null: everything counts. */
function facing(actor: Actor, view: WorkflowView) {
  if (actor.role === 'unit') {
    return { stage: view.stage, returns: view.returns };
  }
  if (actor.role === 'department' && actor.departmentId) {
    const id = actor.departmentId;
    const reviewing = view.stage === 'review' || view.stage === 'returned';
    return {
      // Another department's return moves the stage between review and returned; for this
      // department both are "reviewing".
      stage: reviewing ? 'reviewing' : view.stage,
      status: view.departments[id] ?? null,
      returns: view.returns.filter((r) => r.departmentId === id),
    };
  }
  return null;
}

/**
 * The changes since `expectedVersion` that the actor sees, in words; [] when none (the step
 * may go ahead on the current state); null when the earlier state is not known.
 */
export async function visibleChangesSince(
  db: DbOrTx,
  actor: Actor,
  loaded: LoadedAssessment,
  expectedVersion: number,
): Promise<LocalizedText[] | null> {
  const now = facing(actor, loaded.view);
  if (now === null) return null;
  const earlier = await workflowAtVersion(db, loaded.detail.assessment.id, expectedVersion);
  if (!earlier) return null;
  let before: WorkflowView;
  try {
    before = workflowView({
      machineVersion: earlier.machineVersion,
      snapshot: earlier.snapshot,
      stage: earlier.stage as AssessmentStage,
    });
  } catch {
    return null;
  }
  const then = facing(actor, before);
  if (then === null) return null;
  const { rubric } = loaded;
  const changes: LocalizedText[] = [];
  if (then.stage !== now.stage) {
    const name = (s: string) =>
      STAGE_NAMES[s as AssessmentStage] ?? { zh: '考评中', en: 'under review' };
    changes.push({
      zh: `阶段已由「${name(then.stage).zh}」变为「${name(now.stage).zh}」`,
      en: `the stage changed from "${name(then.stage).en}" to "${name(now.stage).en}"`,
    });
  }
  if ('status' in then && 'status' in now && then.status !== now.status) {
    changes.push({ zh: '本部门的考评状态已改变', en: "your department's review step changed" });
  }
  const thenKeys = new Set(then.returns.map(returnKey));
  const nowKeys = new Set(now.returns.map(returnKey));
  const describe = (r: OpenReturn) => ({
    number: findItem(rubric, r.itemId)?.number ?? r.itemId,
    department: departmentName(rubric, r.departmentId),
  });
  for (const r of now.returns) {
    if (thenKeys.has(returnKey(r))) continue;
    const d = describe(r);
    changes.push({
      zh: `${d.department}退回了第${d.number}项：${r.reason}`,
      en: `${d.department} returned item ${d.number}: ${r.reason}`,
    });
  }
  for (const r of then.returns) {
    if (nowKeys.has(returnKey(r))) continue;
    const d = describe(r);
    changes.push({
      zh: `第${d.number}项（${d.department}）已不再退回`,
      en: `item ${d.number} (${d.department}) is no longer returned`,
    });
  }
  if (changes.length === 0 && JSON.stringify(then) !== JSON.stringify(now)) {
    changes.push({ zh: '考核流程已更新', en: 'the workflow changed' });
  }
  return changes;
}
