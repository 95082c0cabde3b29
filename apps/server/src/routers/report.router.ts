import {
  bonusList,
  categorySubtotals,
  departmentProgress,
  disagreements,
  rankingReport,
} from '@kaohe/db';
import { z } from 'zod';
import { roleProcedure, router } from '../trpc.ts';
import { IdInput } from './schemas.ts';

/** Results for the chairman's office and the admin (issue 7); figures computed in SQL. */
const reader = roleProcedure('chairman', 'admin');
const Cycle = z.object({ cycleId: IdInput, unitTypeId: IdInput.optional() });

export const reportRouter = router({
  ranking: reader
    .input(Cycle)
    .output(
      z.array(
        z.object({
          assessmentId: z.string(),
          unitId: z.string(),
          unitName: z.string(),
          unitTypeId: z.string(),
          stage: z.string(),
          approved: z.boolean(),
          subtotal: z.string().nullable(),
          bonus: z.string(),
          total: z.string().nullable(),
          rank: z.number().nullable(),
        }),
      ),
    )
    .query(({ ctx, input }) => rankingReport(ctx.db, input)),

  categories: reader
    .input(z.object({ cycleId: IdInput }))
    .output(
      z.array(
        z.object({
          assessmentId: z.string(),
          categoryId: z.string(),
          selfSubtotal: z.string().nullable(),
          reviewSubtotal: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx, input }) => categorySubtotals(ctx.db, input.cycleId)),

  disagreements: reader
    .input(z.object({ cycleId: IdInput, limit: z.number().int().min(1).max(10_000).default(200) }))
    .output(
      z.array(
        z.object({
          assessmentId: z.string(),
          unitName: z.string(),
          itemId: z.string(),
          number: z.number(),
          selfScore: z.string(),
          reviewScore: z.string(),
          difference: z.string(),
        }),
      ),
    )
    .query(({ ctx, input }) => disagreements(ctx.db, input)),

  departmentProgress: reader
    .input(z.object({ cycleId: IdInput }))
    .output(
      z.array(
        z.object({
          departmentId: z.string(),
          complete: z.number(),
          reviewing: z.number(),
          returned: z.number(),
          pending: z.number(),
          overdue: z.number(),
        }),
      ),
    )
    .query(({ ctx, input }) =>
      departmentProgress(ctx.db, { cycleId: input.cycleId, now: ctx.now() }),
    ),

  bonusList: reader
    .input(z.object({ cycleId: IdInput }))
    .output(
      z.array(
        z.object({
          assessmentId: z.string(),
          unitName: z.string(),
          bonusItemId: z.string(),
          points: z.string(),
          reason: z.string(),
          awardedBy: z.string(),
          awardedAt: z.date(),
        }),
      ),
    )
    .query(({ ctx, input }) => bonusList(ctx.db, input.cycleId)),
});
