/**
 * 加分项: the chairman's office awards bonus points with a reason, within the rubric's caps
 * (each bonus item's, then the overall one; an unset cap is no cap), while the workflow
 * says the bonus is open. An award is revoked, never deleted.
 */
import { awardBonus, inTransaction, listBonusAwards, lockAssessment, revokeBonus } from '@kaohe/db';
import {
  type Actor,
  DomainError,
  formatCenti,
  rubricItems,
  scoreBonus,
  toCenti,
} from '@kaohe/domain';
import type { AppDeps } from '../context.ts';
import { assertCanEdit, assertCanRead, loadAssessment } from './assessment-access.ts';

async function openForBonus(
  trx: Parameters<Parameters<typeof inTransaction>[1]>[0],
  actor: Actor,
  assessmentId: string,
) {
  await lockAssessment(trx, assessmentId);
  const loaded = await loadAssessment(trx, assessmentId);
  assertCanRead(actor, loaded);
  assertCanEdit(actor, loaded, { kind: 'bonus' });
  return loaded;
}

export function awardBonusPoints(
  deps: AppDeps,
  actor: Actor,
  input: {
    assessmentId: string;
    bonusItemId: string;
    points: number | string;
    reason: string;
    /** The chairman's office saw that 总计 passes the rubric's 合计 and awards anyway. */
    confirmOverSubtotal?: boolean;
  },
) {
  return inTransaction(deps.db, async (trx) => {
    const loaded = await openForBonus(trx, actor, input.assessmentId);
    const { rubric } = loaded;
    const item = rubric.bonusItems.find((b) => b.id === input.bonusItemId);
    if (!item) throw new DomainError('NOT_FOUND', { zh: '没有该加分项', en: 'No such bonus item' });
    const points = toCenti(input.points);
    if (points <= 0 || points % toCenti(rubric.step) !== 0) {
      throw new DomainError('INVALID_SCORE', {
        zh: `加分须大于0且为${rubric.step}的整数倍`,
        en: `Bonus points must be above 0 in steps of ${rubric.step}`,
      });
    }
    const all = await listBonusAwards(trx, input.assessmentId);
    const already = all
      .filter((a) => a.bonusItemId === item.id)
      .reduce((s, a) => s + toCenti(a.points), 0);
    if (item.cap !== null && already + points > toCenti(item.cap)) {
      throw new DomainError('INVALID_SCORE', {
        zh: `该加分项上限为${item.cap}分，已加${formatCenti(already)}分`,
        en: `This bonus item is capped at ${item.cap}; ${formatCenti(already)} already awarded`,
      });
    }
    const awarded = all.reduce((s, a) => s + toCenti(a.points), 0) + points;
    if (rubric.bonusCap !== null && awarded > toCenti(rubric.bonusCap)) {
      throw new DomainError('INVALID_SCORE', {
        zh: `加分总上限为${rubric.bonusCap}分`,
        en: `The overall bonus cap is ${rubric.bonusCap}`,
      });
    }
    // Without caps nothing stops 30 points making 144 of 120 (issue 16): an award that takes
    // 总计 past the rubric's 合计 needs the chairman's office to confirm it, and the audit
    // record says it was confirmed.
    const after = scoreBonus(rubric, [
      ...all.map((a) => ({ bonusItemId: a.bonusItemId, points: a.points })),
      { bonusItemId: item.id, points: formatCenti(points) },
    ]);
    const subtotal = loaded.detail.items.reduce(
      (s, i) => s + (i.reviewScore === null ? 0 : toCenti(i.reviewScore)),
      0,
    );
    const maximum = rubricItems(rubric).reduce((s, { item: i }) => s + toCenti(i.baseScore), 0);
    const total = subtotal + after.total;
    const overSubtotal =
      total > maximum ? { total: formatCenti(total), subtotal: formatCenti(maximum) } : null;
    if (overSubtotal && input.confirmOverSubtotal !== true) {
      throw new DomainError(
        'INVALID_SCORE',
        {
          zh: `加分后总计${overSubtotal.total}分，超过考核表合计${overSubtotal.subtotal}分，须确认后才能加分`,
          en: `With this award the grand total is ${overSubtotal.total}, above the rubric's subtotal of ${overSubtotal.subtotal}; confirm to award it`,
        },
        { confirm: 'overSubtotal', ...overSubtotal },
      );
    }
    const award = await awardBonus(trx, actor, {
      assessmentId: input.assessmentId,
      bonusItemId: item.id,
      points: formatCenti(points),
      reason: input.reason.trim(),
      overSubtotal,
    });
    return { award, bonusTotal: formatCenti(after.total) };
  });
}

export function revokeBonusPoints(
  deps: AppDeps,
  actor: Actor,
  input: { assessmentId: string; awardId: string; reason: string },
) {
  return inTransaction(deps.db, async (trx) => {
    await openForBonus(trx, actor, input.assessmentId);
    const award = (await listBonusAwards(trx, input.assessmentId)).find(
      (a) => a.id === input.awardId,
    );
    if (!award) throw new DomainError('NOT_FOUND', { zh: '找不到该加分记录', en: 'No such award' });
    await revokeBonus(trx, actor, { awardId: award.id, reason: input.reason.trim() });
  });
}
