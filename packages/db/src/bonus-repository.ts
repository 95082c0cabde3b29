/**
 * 加分项: the chairman's office awards bonus points with a reason; an award is revoked,
 * never deleted. Caps are rubric data and are checked by the domain before the call.
 */
import type { Actor } from '@kaohe/domain';
import { recordAudit } from './audit-repository.ts';
import { conflictOrNotFound, ENTITY, notFound } from './errors.ts';
import type { BonusAward } from './schema.ts';
import { keepTotals, lockForTotals } from './totals-repository.ts';
import { type DbOrTx, withAudit } from './transaction.ts';
import { canonicalScore, decimalFrom } from './values.ts';

const view = (b: BonusAward): BonusAward => ({ ...b, points: canonicalScore(b.points) });

export async function awardBonus(
  db: DbOrTx,
  actor: Actor,
  input: {
    assessmentId: string;
    bonusItemId: string;
    points: string;
    reason: string;
    /** Set when the award takes 总计 past the rubric's 合计 and was confirmed: the record says so. */
    overSubtotal?: { total: string; subtotal: string } | null;
  },
): Promise<BonusAward> {
  const points = decimalFrom(input.points);
  return withAudit(db, actor, async (trx) => {
    const totals = await lockForTotals(trx, input.assessmentId);
    const award = view(
      await trx
        .insertInto('bonusAwards')
        .values({
          id: crypto.randomUUID(),
          assessmentId: input.assessmentId,
          bonusItemId: input.bonusItemId,
          points,
          reason: input.reason,
          awardedBy: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    await keepTotals(trx, totals);
    return {
      result: award,
      audit: recordAudit('bonusAward', 'bonus.award', award, {
        after: input.overSubtotal ? { ...award, confirmedOverSubtotal: input.overSubtotal } : award,
        reason: award.reason,
      }),
    };
  });
}

/** Revokes an award. There is one way out of 'awarded', so no version: a second revoke is CONFLICT. */
export function revokeBonus(
  db: DbOrTx,
  actor: Actor,
  input: { awardId: string; reason: string },
): Promise<BonusAward> {
  return withAudit(db, actor, async (trx) => {
    // The assessment first, as every kept write: its lock, then the award.
    const of = await trx
      .selectFrom('bonusAwards')
      .select('assessmentId')
      .where('id', '=', input.awardId)
      .executeTakeFirst();
    if (!of) throw notFound(ENTITY.bonusAward, input.awardId);
    const totals = await lockForTotals(trx, of.assessmentId);
    const updated = await trx
      .updateTable('bonusAwards')
      .set({ revokedAt: new Date(), revokedBy: actor.userId, revokeReason: input.reason })
      .where('id', '=', input.awardId)
      .where('revokedAt', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!updated) {
      const current = await trx
        .selectFrom('bonusAwards')
        .selectAll()
        .where('id', '=', input.awardId)
        .executeTakeFirst();
      throw conflictOrNotFound(current && view(current), ENTITY.bonusAward, input.awardId);
    }
    const after = view(updated);
    await keepTotals(trx, totals);
    return {
      result: after,
      audit: recordAudit('bonusAward', 'bonus.revoke', after, {
        before: { ...after, revokedAt: null, revokedBy: null, revokeReason: null },
        after,
        reason: input.reason,
      }),
    };
  });
}

export async function listBonusAwards(
  db: DbOrTx,
  assessmentId: string,
  options: { includeRevoked?: boolean } = {},
): Promise<BonusAward[]> {
  let q = db.selectFrom('bonusAwards').selectAll().where('assessmentId', '=', assessmentId);
  if (!options.includeRevoked) q = q.where('revokedAt', 'is', null);
  return (await q.orderBy('awardedAt').orderBy('id').execute()).map(view);
}
