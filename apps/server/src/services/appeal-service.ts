/**
 * 公示, 申诉 and 复核 (issue 14). The admin publishes a cycle's approved results for a
 * period; a unit appeals items of its own result within the period; the department that
 * reviews the item answers (upheld, or changed through the same audited review save as a
 * review, so totals and ranking move exactly as a review change moves them); the
 * chairman's office decides; the admin finalises once the period is over and every
 * appeal is decided. Each step is one transaction with its audit events. The clock is
 * `deps.now()`, so tests move it.
 */
import {
  type Appeal,
  type AppealAnswer,
  type AppealDecision,
  answerAppeal as answerAppealRow,
  BONUS_TARGET,
  createPublication,
  type Database,
  type DbOrTx,
  decideAppeal as decideAppealRow,
  fileAppeal as fileAppealRow,
  getPublication,
  inTransaction,
  type JsonValue,
  listEvidence,
  lockAppeal,
  lockAssessment,
  markPublicationFinalised,
  openAppealCounts,
  type Publication,
  publicationAssessmentIds,
  publicationOf,
  updateAssessmentWorkflow,
} from '@kaohe/db';
import {
  type Actor,
  DomainError,
  findItem,
  type ItemInputs,
  type LocalizedText,
} from '@kaohe/domain';
import {
  type AssessmentEvent,
  appealRefusal,
  applyWorkflowEvent,
  beijingTime,
  canAnswerAppeal,
  type PersistedWorkflow,
  STAGE_NAMES,
} from '@kaohe/workflow';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../context.ts';
import { assertCanRead, type LoadedHead, loadAssessment } from './assessment-access.ts';
import { saveReviewIn } from './scoring-service.ts';

const beijing = beijingTime;

const refuse = (
  code: 'INVALID_INPUT' | 'FORBIDDEN' | 'CONFLICT' | 'LOCKED' | 'NOT_FOUND',
  text: LocalizedText,
): never => {
  throw new DomainError(code, text);
};

function persistedOf(row: {
  machineVersion: number;
  snapshot: unknown;
  stage: string;
}): PersistedWorkflow {
  return {
    machineVersion: row.machineVersion,
    snapshot: row.snapshot,
    stage: row.stage as PersistedWorkflow['stage'],
  };
}

/** Applies a workflow step the server itself sends (PUBLISH, FINALISE) to a locked row. */
async function step(
  trx: Transaction<Database>,
  actor: Actor,
  assessmentId: string,
  event: (row: { id: string }) => AssessmentEvent,
) {
  const row = await lockAssessment(trx, assessmentId);
  const e = event(row);
  const { next } = applyWorkflowEvent(persistedOf(row), e);
  return updateAssessmentWorkflow(trx, actor, {
    assessmentId,
    expectedVersion: row.version,
    stage: next.stage,
    snapshot: next.snapshot as JsonValue,
    machineVersion: next.machineVersion,
    action: `assessment.${e.type}`,
    reason: null,
  });
}

export interface PublishInput {
  cycleId: string;
  /** null: every unit type. */
  unitTypeId: string | null;
  periodStart: Date;
  periodEnd: Date;
  showRanking: boolean;
}

/** Publishes every approved assessment of the cycle (or of one unit type). */
export function publishResults(deps: AppDeps, actor: Actor, input: PublishInput) {
  return inTransaction(deps.db, async (trx) => {
    const now = deps.now();
    if (input.periodEnd <= input.periodStart) {
      refuse('INVALID_INPUT', {
        zh: '公示期的结束时间必须晚于开始时间',
        en: 'The publication period must end after it starts',
      });
    }
    if (input.periodEnd <= now) {
      refuse('INVALID_INPUT', {
        zh: `公示期的结束时间（${beijing(input.periodEnd)}）已过，请重新选择`,
        en: `The publication period's end (${beijing(input.periodEnd)}) has passed; choose another`,
      });
    }
    let q = trx
      .selectFrom('assessments as a')
      .innerJoin('cycleUnits as cu', (j) =>
        j.onRef('cu.cycleId', '=', 'a.cycleId').onRef('cu.unitId', '=', 'a.unitId'),
      )
      .select(['a.id', 'a.stage'])
      .where('a.cycleId', '=', input.cycleId);
    if (input.unitTypeId !== null) q = q.where('cu.unitTypeId', '=', input.unitTypeId);
    const rows = await q.orderBy('a.id').execute();
    const approved = rows.filter((r) => r.stage === 'approved').map((r) => r.id);
    if (approved.length === 0) {
      const waiting = rows.filter((r) => r.stage !== 'published' && r.stage !== 'final').length;
      refuse(
        'CONFLICT',
        waiting > 0 || rows.length === 0
          ? {
              zh: '没有已审定、待公示的考核：请先由主席室审定后再公示',
              en: 'No approved results wait for publication: the chairman’s office approves them first',
            }
          : {
              zh: '这些考核结果均已公示，无需重复公示',
              en: 'These results have already been published',
            },
      );
    }
    const at = now.toISOString();
    for (const id of approved) {
      await step(trx, actor, id, () => ({
        type: 'PUBLISH',
        actor,
        at,
        periodStart: input.periodStart.toISOString(),
        periodEnd: input.periodEnd.toISOString(),
      }));
    }
    const publication = await createPublication(trx, actor, { ...input, assessmentIds: approved });
    return { publication, published: approved.length };
  });
}

/** Finalises a publication: the period is over and every appeal decided. */
export function finalisePublication(deps: AppDeps, actor: Actor, publicationId: string) {
  return inTransaction(deps.db, async (trx) => {
    const publication = await trx
      .selectFrom('publications')
      .selectAll()
      .where('id', '=', publicationId)
      .forUpdate()
      .executeTakeFirst();
    if (!publication) {
      return refuse('NOT_FOUND', { zh: '找不到该公示', en: 'Publication not found' });
    }
    if (publication.finalisedAt !== null) {
      refuse('CONFLICT', {
        zh: '该公示的结果已最终确定，无需重复操作',
        en: 'The results of this publication are already final',
      });
    }
    const now = deps.now();
    if (now < publication.periodEnd) {
      refuse('CONFLICT', {
        zh: `公示期尚未结束（至${beijing(publication.periodEnd)}），还不能确定最终结果`,
        en: `The publication period has not ended (it runs to ${beijing(publication.periodEnd)}); the results cannot be finalised yet`,
      });
    }
    const ids = await publicationAssessmentIds(trx, publicationId);
    const open = await openAppealCounts(trx, ids);
    const total = [...open.values()].reduce((a, b) => a + b, 0);
    if (total > 0) {
      refuse('CONFLICT', {
        zh: `尚有${total}项申诉未处理完毕（待部门答复或主席室决定），还不能确定最终结果`,
        en: `${total} ${total === 1 ? 'appeal is' : 'appeals are'} not yet decided (waiting for a department's answer or the chairman's office); the results cannot be finalised yet`,
      });
    }
    const at = now.toISOString();
    let finalised = 0;
    for (const id of ids) {
      const row = await lockAssessment(trx, id);
      // Reopened after an earlier finalisation, or already final: not this publication's.
      if (row.stage !== 'published') continue;
      await step(trx, actor, id, () => ({ type: 'FINALISE', actor, at, openAppeals: 0 }));
      finalised++;
    }
    const row = await markPublicationFinalised(trx, actor, { publicationId, at: now });
    return { publication: row, finalised };
  });
}

/**
 * The publication whose period governs this assessment's appeals, or the workflow's
 * refusal (appealRefusal: the unit's own result, published, within the period).
 */
async function openPublication(
  db: DbOrTx,
  actor: Actor,
  loaded: LoadedHead,
  now: Date,
): Promise<Publication> {
  const refusal = appealRefusal(
    {
      stage: loaded.view.stage,
      unitId: loaded.detail.assessment.unitId,
      publication: loaded.view.publication,
    },
    actor,
    now,
  );
  if (refusal) refuse(refusal.code, refusal.reason);
  const publication = await publicationOf(db, loaded.detail.assessment.id);
  if (!publication) {
    return refuse('NOT_FOUND', { zh: '找不到该考核的公示', en: 'No publication of this result' });
  }
  return publication;
}

/**
 * Whether the unit may add appeal evidence to this item now: its own published result,
 * within the period. The evidence routes ask before they store a file.
 */
export async function assertAppealEvidenceAllowed(
  deps: Pick<AppDeps, 'now'>,
  trx: DbOrTx,
  actor: Actor,
  loaded: LoadedHead,
): Promise<void> {
  await openPublication(trx, actor, loaded, deps.now());
}

export interface FileAppealInput {
  assessmentId: string;
  /** An item id, or 'bonus'. */
  target: string;
  reason: string;
  evidenceIds: string[];
}

function targetText(loaded: LoadedHead, target: string): LocalizedText {
  if (target === BONUS_TARGET) return { zh: '加分项', en: 'the bonus' };
  const item = findItem(loaded.rubric, target);
  return item
    ? { zh: `第${item.number}项`, en: `item ${item.number}` }
    : { zh: target, en: target };
}

export function fileAppeal(deps: AppDeps, actor: Actor, input: FileAppealInput): Promise<Appeal> {
  return inTransaction(deps.db, async (trx) => {
    await lockAssessment(trx, input.assessmentId);
    const loaded = await loadAssessment(trx, input.assessmentId);
    assertCanRead(actor, loaded);
    if (input.target !== BONUS_TARGET && !findItem(loaded.rubric, input.target)) {
      refuse('NOT_FOUND', {
        zh: `本考核表没有该项目：${input.target}`,
        en: `This rubric has no item ${input.target}`,
      });
    }
    const now = deps.now();
    const publication = await openPublication(trx, actor, loaded, now);
    const existing = await trx
      .selectFrom('appeals')
      .select('id')
      .where('publicationId', '=', publication.id)
      .where('assessmentId', '=', input.assessmentId)
      .where('target', '=', input.target)
      .executeTakeFirst();
    if (existing) {
      const what = targetText(loaded, input.target);
      refuse('CONFLICT', {
        zh: `已对${what.zh}提出申诉，请等待答复`,
        en: `An appeal on ${what.en} was already filed; wait for its answer`,
      });
    }
    const evidenceIds = [...new Set(input.evidenceIds)];
    if (evidenceIds.length > 0) {
      if (input.target === BONUS_TARGET) {
        refuse('INVALID_INPUT', {
          zh: '加分项的申诉不能附带文件，请在理由中说明',
          en: 'An appeal on the bonus takes no files; explain in the reason',
        });
      }
      const files = await listEvidence(trx, {
        assessmentId: input.assessmentId,
        itemId: input.target,
      });
      const known = new Set(files.map((f) => f.id));
      if (!evidenceIds.every((id) => known.has(id))) {
        refuse('INVALID_INPUT', {
          zh: '所附佐证材料不属于该项目，请重新上传',
          en: 'An attached file does not belong to this item; upload it again',
        });
      }
    }
    return fileAppealRow(trx, actor, {
      publicationId: publication.id,
      assessmentId: input.assessmentId,
      target: input.target,
      reason: input.reason,
      evidenceIds,
      at: now,
    });
  });
}

export interface AnswerAppealInput {
  appealId: string;
  expectedVersion: number;
  answer: AppealAnswer;
  remark: string;
  /** The department's criterion inputs for the item: required when the answer is `changed`. */
  inputs?: ItemInputs | undefined;
}

const STALE = {
  zh: '该申诉已被他人处理，请刷新后查看',
  en: 'This appeal was handled meanwhile; reload to see it',
};

export function answerAppeal(deps: AppDeps, actor: Actor, input: AnswerAppealInput) {
  return inTransaction(deps.db, async (trx) => {
    const appeal = await lockAppeal(trx, input.appealId);
    const loaded = await loadAssessment(trx, appeal.assessmentId);
    if (appeal.target === BONUS_TARGET) {
      // The 加分项 is the chairman's office's own: it answers and decides.
      if (actor.role !== 'chairman') {
        refuse('FORBIDDEN', {
          zh: '加分项的申诉由主席室答复',
          en: "The chairman's office answers an appeal on the bonus",
        });
      }
      if (input.answer === 'changed') {
        refuse('INVALID_INPUT', {
          zh: '公示期间不能变更加分；如需变更，请维持原结果并在确定最终结果后由管理员重新开启',
          en: 'Bonus points cannot change while published; uphold, and have an administrator reopen after finalisation',
        });
      }
    } else {
      const permission = canAnswerAppeal(loaded.view, actor, appeal.target);
      if (!permission.ok) {
        refuse(loaded.view.stage === 'published' ? 'FORBIDDEN' : 'LOCKED', permission.reason);
      }
    }
    if (appeal.version !== input.expectedVersion) {
      throw new DomainError('CONFLICT', STALE, { current: appeal });
    }
    if (appeal.status !== 'filed') {
      refuse('CONFLICT', {
        zh:
          appeal.status === 'answered'
            ? '该申诉已答复，正在等待主席室决定'
            : '该申诉已由主席室决定，不能再答复',
        en:
          appeal.status === 'answered'
            ? "This appeal was answered and waits for the chairman's office"
            : "The chairman's office has decided this appeal; it cannot be answered again",
      });
    }
    const item = loaded.detail.items.find((i) => i.itemId === appeal.target);
    const before = item?.reviewScore ?? null;
    let after = before;
    if (input.answer === 'changed') {
      if (!input.inputs) {
        refuse('INVALID_INPUT', {
          zh: '变更考评分时请填写评分',
          en: 'Enter the scores when the answer changes the review score',
        });
      }
      const mine = item?.reviews.find((r) => r.departmentId === actor.departmentId);
      if (!mine) {
        return refuse('NOT_FOUND', { zh: '找不到该项目的考评', en: 'Review not found' });
      }
      const saved = await saveReviewIn(
        trx,
        actor,
        {
          assessmentId: appeal.assessmentId,
          itemId: appeal.target,
          inputs: input.inputs!,
          remarks: input.remark,
          expectedVersion: mine.version,
        },
        { target: 'appealAnswer' },
      );
      after = saved.itemScore.reviewScore;
    }
    return answerAppealRow(trx, actor, {
      id: appeal.id,
      expectedVersion: appeal.version,
      answer: input.answer,
      remark: input.remark,
      departmentId: actor.role === 'department' ? actor.departmentId : null,
      scoreBefore: before,
      scoreAfter: after,
      at: deps.now(),
    });
  });
}

export interface DecideAppealInput {
  appealId: string;
  expectedVersion: number;
  decision: AppealDecision;
  reason: string | null;
}

export function decideAppeal(deps: AppDeps, actor: Actor, input: DecideAppealInput) {
  return inTransaction(deps.db, async (trx) => {
    const appeal = await lockAppeal(trx, input.appealId);
    const loaded = await loadAssessment(trx, appeal.assessmentId);
    if (loaded.view.stage !== 'published') {
      const name = STAGE_NAMES[loaded.view.stage];
      refuse('LOCKED', {
        zh: `考核结果不在公示中（当前阶段：${name.zh}），不能决定申诉`,
        en: `The result is not published (now: ${name.en}); appeals cannot be decided`,
      });
    }
    if (appeal.version !== input.expectedVersion) {
      throw new DomainError('CONFLICT', STALE, { current: appeal });
    }
    if (appeal.status !== 'answered') {
      refuse('CONFLICT', {
        zh: appeal.status === 'filed' ? '该申诉尚未答复，还不能决定' : '该申诉已决定，无需重复操作',
        en:
          appeal.status === 'filed'
            ? 'This appeal has not been answered yet'
            : 'This appeal is already decided',
      });
    }
    const reason = input.reason?.trim() ? input.reason.trim() : null;
    if (input.decision === 'otherwise' && reason === null) {
      refuse('INVALID_INPUT', {
        zh: '另行决定时请填写理由',
        en: 'Give a reason when deciding otherwise',
      });
    }
    return decideAppealRow(trx, actor, {
      id: appeal.id,
      expectedVersion: appeal.version,
      decision: input.decision,
      reason,
      at: deps.now(),
    });
  });
}

export { getPublication };
