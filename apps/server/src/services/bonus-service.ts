/**
 * 加分项: the chairman's office awards bonus points with a reason, within the rubric's caps
 * (each bonus item's, then the overall one; an unset cap is no cap), while the workflow
 * says the bonus is open. An award is revoked, never deleted.
 */
import { awardBonus, inTransaction, listBonusAwards, lockAssessment, revokeBonus } from '@kaohe/db';
import { type Actor, DomainError, formatCenti, scoreBonus, toCenti } from '@kaohe/domain';
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
  input: { assessmentId: string; bonusItemId: string; points: number | string; reason: string },
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
    const total = all.reduce((s, a) => s + toCenti(a.points), 0) + points;
    if (rubric.bonusCap !== null && total > toCenti(rubric.bonusCap)) {
      throw new DomainError('INVALID_SCORE', {
        zh: `加分总上限为${rubric.bonusCap}分`,
        en: `The overall bonus cap is ${rubric.bonusCap}`,
      });
    }
    const award = await awardBonus(trx, actor, {
      assessmentId: input.assessmentId,
      bonusItemId: item.id,
      points: formatCenti(points),
      reason: input.reason.trim(),
    });
    const after = scoreBonus(
      rubric,
      [...all, award].map((a) => ({ bonusItemId: a.bonusItemId, points: a.points })),
    );
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
