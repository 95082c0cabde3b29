import { PointsSchema, zodMessage } from '@kaohe/domain';
import { z } from 'zod';
import { awardBonusPoints, revokeBonusPoints } from '../services/bonus-service.ts';
import { roleProcedure, router } from '../trpc.ts';
import { workflowProcedure } from './assessment.router.ts';
import { IdInput, OkSchema } from './schemas.ts';

const Reason = z
  .string()
  .trim()
  .min(1, zodMessage({ zh: '请填写理由', en: 'a reason is required' }))
  .max(2000);

export const bonusRouter = router({
  award: roleProcedure('chairman')
    .input(
      z.object({
        assessmentId: IdInput,
        bonusItemId: IdInput,
        points: z.union([PointsSchema, z.string().max(20)]),
        reason: Reason,
        /** Award although 总计 then passes the rubric's 合计 (asked for by an INVALID_SCORE). */
        confirmOverSubtotal: z.boolean().optional(),
      }),
    )
    .output(z.object({ id: z.string(), points: z.string(), bonusTotal: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const { award, bonusTotal } = await awardBonusPoints(ctx, ctx.actor, input);
      return { id: award.id, points: award.points, bonusTotal };
    }),

  revoke: roleProcedure('chairman')
    .input(z.object({ assessmentId: IdInput, awardId: IdInput, reason: Reason }))
    .output(OkSchema)
    .mutation(async ({ ctx, input }) => {
      await revokeBonusPoints(ctx, ctx.actor, input);
      return { ok: true as const };
    }),

  complete: workflowProcedure(z.object({ type: z.literal('COMPLETE_BONUS') }), ['chairman']),
});
