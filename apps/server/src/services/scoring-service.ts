/**
 * Score writes: the unit's self score and a department's review score of one item. The
 * score is always computed here with the domain engine from the criterion inputs, never
 * taken from the client; the row and its audit event commit together.
 */
import {
  type Database,
  type IndicatorInput,
  inTransaction,
  type JsonValue,
  saveReviewScore as saveReviewRow,
  saveSelfScore as saveSelfRow,
} from '@kaohe/db';
import {
  type Actor,
  criteriaOf,
  DomainError,
  findItem,
  formatCenti,
  type Item,
  type ItemInputs,
  type Rubric,
  scoreItem,
} from '@kaohe/domain';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../context.ts';
import { assertCanEdit, assertCanRead, loadForItemSave } from './assessment-access.ts';

function itemOf(rubric: Rubric, itemId: string): Item {
  const item = findItem(rubric, itemId);
  if (!item) {
    throw new DomainError('NOT_FOUND', {
      zh: `本考核表没有该项目：${itemId}`,
      en: `This rubric has no item ${itemId}`,
    });
  }
  return item;
}

/** Inputs name only criteria of the item (and, for a department, only its own). */
function checkCriterionIds(item: Item, inputs: ItemInputs, allowed: Set<string>): void {
  for (const id of Object.keys(inputs)) {
    if (!allowed.has(id)) {
      throw new DomainError('INVALID_INPUT', {
        zh: `第${item.number}项没有可由您填写的评分标准「${id}」`,
        en: `Item ${item.number} has no criterion "${id}" you may fill in`,
      });
    }
  }
}

/** Refuses inputs the engine finds invalid (a level that does not exist, 4.5 of 4 …). */
function refuseProblems(item: Item, problems: ReturnType<typeof scoreItem>['problems']): void {
  if (problems.length === 0) return;
  throw new DomainError(
    'INVALID_SCORE',
    {
      zh: `第${item.number}项：${problems.map((p) => p.message.zh).join('；')}`,
      en: `Item ${item.number}: ${problems.map((p) => p.message.en).join('; ')}`,
    },
    { problems },
  );
}

function indicatorsOf(item: Item, inputs: ItemInputs): IndicatorInput[] {
  const out: IndicatorInput[] = [];
  for (const c of item.rule.criteria) {
    if ((c.kind === 'award' || c.kind === 'passFail') && c.threshold) {
      const v = inputs[c.id];
      if (v?.numerator !== undefined && v.denominator !== undefined) {
        out.push({
          indicatorId: c.threshold.indicator.id,
          numerator: v.numerator,
          denominator: v.denominator,
        });
      }
    }
  }
  return out;
}

export interface SaveSelfScoreCommand {
  assessmentId: string;
  itemId: string;
  inputs: ItemInputs;
  explanation: string | null;
  expectedVersion: number;
}

export function saveSelfScore(deps: AppDeps, actor: Actor, cmd: SaveSelfScoreCommand) {
  return inTransaction(deps.db, async (trx) => {
    // The lock keeps a workflow step from slipping between the check and the save.
    const loaded = await loadForItemSave(trx, cmd.assessmentId, cmd.itemId);
    assertCanRead(actor, loaded);
    assertCanEdit(actor, loaded, { kind: 'selfScore', itemId: cmd.itemId });
    const item = itemOf(loaded.rubric, cmd.itemId);
    checkCriterionIds(item, cmd.inputs, new Set(item.rule.criteria.map((c) => c.id)));
    const score = scoreItem(loaded.rubric, item.id, cmd.inputs, {
      unitType: loaded.detail.unitTypeId,
    });
    refuseProblems(item, score.problems);
    const explanation = cmd.explanation?.trim() ? cmd.explanation.trim() : null;
    // A self score exists once every criterion is answered; until then the inputs are a draft.
    const saved = await saveSelfRow(trx, actor, {
      assessmentId: cmd.assessmentId,
      itemId: item.id,
      inputs: cmd.inputs as JsonValue,
      selfScore: score.complete ? formatCenti(score.points) : null,
      explanation,
      expectedVersion: cmd.expectedVersion,
      indicators: indicatorsOf(item, cmd.inputs),
    });
    return { itemScore: saved.itemScore, score };
  });
}

export interface SaveReviewScoreCommand {
  assessmentId: string;
  itemId: string;
  inputs: ItemInputs;
  remarks: string | null;
  expectedVersion: number;
}

export function saveReviewScore(deps: AppDeps, actor: Actor, cmd: SaveReviewScoreCommand) {
  return inTransaction(deps.db, (trx) => saveReviewIn(trx, actor, cmd));
}

/**
 * A department's review of one item inside the caller's transaction. `action` names the
 * audit event where the save is a decision of its own kind (采用自评分). `target`
 * 'appealAnswer' is the answer to an appeal while the result is published (issue 14): the
 * same save, allowed then instead of during review.
 */
export async function saveReviewIn(
  trx: Transaction<Database>,
  actor: Actor,
  cmd: SaveReviewScoreCommand,
  options: { action?: string; target?: 'reviewScore' | 'appealAnswer' } = {},
) {
  {
    const loaded = await loadForItemSave(trx, cmd.assessmentId, cmd.itemId);
    assertCanRead(actor, loaded);
    assertCanEdit(actor, loaded, { kind: options.target ?? 'reviewScore', itemId: cmd.itemId });
    const departmentId = actor.departmentId!;
    const item = itemOf(loaded.rubric, cmd.itemId);
    // "Each judges the criteria that are its own": a department writes only its criteria.
    checkCriterionIds(item, cmd.inputs, new Set(criteriaOf(item, departmentId).map((c) => c.id)));
    const ctx = { unitType: loaded.detail.unitTypeId };
    const share = scoreItem(loaded.rubric, item.id, cmd.inputs, ctx, { department: departmentId });
    refuseProblems(item, share.problems);

    const row = loaded.item;
    if (!row)
      throw new DomainError('NOT_FOUND', { zh: '找不到该项目的得分', en: 'Item score not found' });
    // The item's 考评分 combines every department's criteria.
    const merged: ItemInputs = {};
    for (const r of row.reviews) {
      if (r.departmentId !== departmentId && r.reviewInputs) Object.assign(merged, r.reviewInputs);
    }
    Object.assign(merged, cmd.inputs);
    const combined = scoreItem(loaded.rubric, item.id, merged, ctx, { explain: false });
    const remarks = cmd.remarks?.trim() ? cmd.remarks.trim() : null;
    const saved = await saveReviewRow(trx, actor, {
      assessmentId: cmd.assessmentId,
      itemId: item.id,
      departmentId,
      inputs: cmd.inputs as JsonValue,
      reviewScore: share.complete ? formatCenti(share.points) : null,
      itemReviewScore: combined.complete ? formatCenti(combined.points) : null,
      remarks,
      expectedVersion: cmd.expectedVersion,
      expectedItemVersion: row.version,
      indicators: indicatorsOf(item, cmd.inputs),
      ...(options.action === undefined ? {} : { action: options.action }),
    });
    return { itemReview: saved.itemReview, itemScore: saved.itemScore, score: share };
  }
}
