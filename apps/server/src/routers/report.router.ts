import {
  bonusList,
  categorySubtotals,
  departmentProgress,
  disagreements,
  rankingPage,
  rankingReport,
  reportMatrix,
  yearOverYear,
} from '@kaohe/db';
import { DomainError, ListQuerySchema } from '@kaohe/domain';
import { z } from 'zod';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';
import { plainJson } from '../wire.ts';
import { IdInput, Score } from './schemas.ts';

/** Results for the chairman's office and the admin (issue 7); figures computed in SQL. */
const reader = roleProcedure('chairman', 'admin');
const Cycle = z.object({ cycleId: IdInput, unitTypeId: IdInput.optional() });

export const reportRouter = router({
  /**
   * The ranking, the matrix, a ranking page and the category subtotals are large and plain:
   * sent as they are and not validated again row by row (decision 029); their types are
   * those of @kaohe/db (`RankingRow`: with 等次 and 不予评先).
   */
  ranking: reader
    .input(Cycle)
    .query(async ({ ctx, input }) => plainJson(await rankingReport(ctx.db, input))),

  /**
   * One page of the ranking, of the units whose name or code contains `q`: the rank is
   * the one over the whole unit type, whatever the search (issue 15).
   */
  rankingPage: reader
    .input(ListQuerySchema.extend(Cycle.shape))
    .query(async ({ ctx, input }) => plainJson(await rankingPage(ctx.db, input))),

  categories: reader
    .input(Cycle)
    .query(async ({ ctx, input }) => plainJson(await categorySubtotals(ctx.db, input))),

  disagreements: reader
    .input(Cycle.extend({ limit: z.number().int().min(1).max(10_000).default(200) }))
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
    .input(Cycle)
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
    .query(({ ctx, input }) => departmentProgress(ctx.db, { ...input, now: ctx.now() })),

  bonusList: reader
    .input(Cycle)
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
    .query(({ ctx, input }) => bonusList(ctx.db, input)),

  /** Units × items, the self and the review score of each, with the totals as the ranking. */
  matrix: reader
    .input(Cycle)
    .query(async ({ ctx, input }) => plainJson(await reportMatrix(ctx.db, input))),

  /**
   * One unit across its cycles. The chairman's office and the admin for any unit; a unit
   * for itself, approved cycles only (units never see review scores before approval).
   */
  yearOverYear: authedProcedure
    .input(z.object({ unitId: IdInput }))
    .output(
      z.object({
        unitId: z.string(),
        cycles: z.array(
          z.object({
            cycleId: z.string(),
            cycleName: z.string(),
            assessmentId: z.string(),
            year: z.number(),
            rubricId: z.string(),
            stage: z.string(),
            approved: z.boolean(),
            subtotal: Score,
            bonus: z.string(),
            total: Score,
            /** 等次 of that cycle, as its ranking gives it (null: not approved, or no bands). */
            grade: z.string().nullable(),
            barredFromHonours: z.boolean(),
            categories: z.array(
              z.object({ categoryId: z.string(), title: z.string(), subtotal: Score }),
            ),
          }),
        ),
        items: z.array(
          z.object({
            itemId: z.string(),
            title: z.string(),
            byYear: z.record(z.string(), Score),
            changedIn: z.array(z.number()),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { actor } = ctx;
      const office = actor.role === 'chairman' || actor.role === 'admin';
      if (!office && !(actor.role === 'unit' && actor.unitId === input.unitId)) {
        throw new DomainError('FORBIDDEN', {
          zh: '无权查看该单位的历年结果',
          en: "You cannot see this unit's results over the years",
        });
      }
      const result = await yearOverYear(ctx.db, { unitId: input.unitId, approvedOnly: !office });
      // Each cycle's grade and bar from its own ranking (one rule): a handful of cycles.
      const cycles = [];
      for (const c of result.cycles) {
        const row = (await rankingReport(ctx.db, { cycleId: c.cycleId })).find(
          (r) => r.assessmentId === c.assessmentId,
        );
        cycles.push({
          ...c,
          grade: row?.grade ?? null,
          barredFromHonours: row?.barredFromHonours ?? false,
        });
      }
      return { ...result, cycles };
    }),
});
