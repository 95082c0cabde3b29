/**
 * 采用自评分 (issue 16): a reviewer takes the unit's self score as the department's review
 * score — of one item, or of every item of the department's of one unit or of many — instead
 * of entering each again. Only the department's own criteria are copied; the score is
 * computed by the domain engine as for any save, and the audit trail records the reviewer's
 * decision as its own action. No remark is needed: the review equals the self score.
 *
 * Taking a whole unit, an item the reviewer has already scored keeps its score (the
 * reviewer decided it), and an item out with the unit or without a complete self score is
 * left, each with the reason. Naming items adopts them even when already scored.
 */
import { inTransaction } from '@kaohe/db';
import {
  type Actor,
  criteriaOf,
  DomainError,
  findItem,
  type ItemInputs,
  type LocalizedText,
  reviewingDepartments,
  rubricItems,
  scoreItem,
} from '@kaohe/domain';
import { LOCKED_REASON } from '@kaohe/workflow';
import type { AppDeps } from '../context.ts';
import { assertCanRead, loadAssessment } from './assessment-access.ts';
import { saveReviewIn } from './scoring-service.ts';

export const ADOPT_SELF_ACTION = 'itemReview.adoptSelfScore';

/** Why an item was left: scored already, not open for review now, no complete self score. */
export type SkipCode = 'scored' | 'notOpen' | 'noSelfScore';

export interface AdoptResult {
  assessmentId: string;
  adopted: Array<{ itemId: string; number: number; score: string }>;
  skipped: Array<{ itemId: string; number: number; code: SkipCode; reason: LocalizedText }>;
}

const ALREADY: LocalizedText = {
  zh: '已有考评分，保留原分',
  en: 'already scored; the score stays',
};
const NOT_NOW: LocalizedText = {
  zh: '当前不能考评（已退回单位或本部门已完成）',
  en: 'not open for review now (returned to the unit, or your review is complete)',
};
const NO_SELF: LocalizedText = {
  zh: '单位自评分不完整，无法采用',
  en: "the unit's self score is incomplete and cannot be adopted",
};

function adoptOne(
  deps: AppDeps,
  actor: Actor,
  assessmentId: string,
  itemIds: readonly string[] | undefined,
): Promise<AdoptResult> {
  return inTransaction(deps.db, async (trx) => {
    const departmentId = actor.departmentId!;
    const loaded = await loadAssessment(trx, assessmentId);
    assertCanRead(actor, loaded);
    const { rubric, detail, view } = loaded;
    const mine = rubricItems(rubric)
      .map(({ item }) => item)
      .filter((item) => reviewingDepartments(item).includes(departmentId));
    // Approved is locked, as for any score write; then who before what, as returnItems.
    if (view.locked) throw new DomainError('LOCKED', LOCKED_REASON);
    for (const id of itemIds ?? []) {
      if (!mine.some((i) => i.id === id)) {
        throw new DomainError('FORBIDDEN', {
          zh: `本部门不考评该项目：${findItem(rubric, id)?.number ?? id}`,
          en: `Your department does not review item ${findItem(rubric, id)?.number ?? id}`,
        });
      }
    }
    const scope = itemIds ? mine.filter((i) => itemIds.includes(i.id)) : mine;
    const open = new Set(view.reviewableItems[departmentId] ?? []);
    // Nothing to decide now (review complete, out of review, or the named item is out with
    // the unit): refused as the workflow refuses a step, so an allowed call always changes
    // something.
    const closed = itemIds ? scope.filter((i) => !open.has(i.id)) : open.size === 0 ? scope : [];
    if (closed.length > 0) {
      const numbers = closed.map((i) => i.number).join('、');
      throw new DomainError('INVALID_TRANSITION', {
        zh: `第${numbers}项当前不能考评（已退回单位，或本部门考评已完成，或不在考评阶段）`,
        en: `Item ${numbers} cannot be reviewed now (returned to the unit, your review complete, or not under review)`,
      });
    }
    const result: AdoptResult = { assessmentId, adopted: [], skipped: [] };
    for (const item of scope) {
      const row = detail.items.find((i) => i.itemId === item.id);
      const review = row?.reviews.find((r) => r.departmentId === departmentId);
      if (!row || !review || !open.has(item.id)) {
        result.skipped.push({
          itemId: item.id,
          number: item.number,
          code: 'notOpen',
          reason: NOT_NOW,
        });
        continue;
      }
      if (!itemIds && review.reviewInputs && Object.keys(review.reviewInputs).length > 0) {
        result.skipped.push({
          itemId: item.id,
          number: item.number,
          code: 'scored',
          reason: ALREADY,
        });
        continue;
      }
      const own = new Set(criteriaOf(item, departmentId).map((c) => c.id));
      const self = (row.selfInputs ?? {}) as ItemInputs;
      const inputs: ItemInputs = Object.fromEntries(
        Object.entries(self).filter(([id]) => own.has(id)),
      );
      const share = scoreItem(
        rubric,
        item.id,
        inputs,
        { unitType: detail.unitTypeId },
        {
          department: departmentId,
          explain: false,
        },
      );
      if (!share.complete || share.problems.length > 0) {
        result.skipped.push({
          itemId: item.id,
          number: item.number,
          code: 'noSelfScore',
          reason: NO_SELF,
        });
        continue;
      }
      const saved = await saveReviewIn(
        trx,
        actor,
        {
          assessmentId,
          itemId: item.id,
          inputs,
          remarks: review.remarks,
          expectedVersion: review.version,
        },
        { action: ADOPT_SELF_ACTION },
      );
      result.adopted.push({
        itemId: item.id,
        number: item.number,
        score: saved.itemReview.reviewScore ?? '0',
      });
    }
    return result;
  });
}

/** One transaction per unit, one after another: a unit that fails does not undo the others. */
export async function adoptSelfScores(
  deps: AppDeps,
  actor: Actor,
  input: { assessmentIds: readonly string[]; itemIds?: readonly string[] },
): Promise<Array<AdoptResult | { assessmentId: string; error: LocalizedText }>> {
  const out: Array<AdoptResult | { assessmentId: string; error: LocalizedText }> = [];
  for (const assessmentId of input.assessmentIds) {
    try {
      out.push(await adoptOne(deps, actor, assessmentId, input.itemIds));
    } catch (e) {
      // One unit's refusal is reported with it; a single unit's is the caller's error.
      if (!(e instanceof DomainError) || input.assessmentIds.length === 1) throw e;
      out.push({ assessmentId, error: e.text });
    }
  }
  return out;
}
