/**
 * Item analytics and the what-if re-score (issue 19). Reading the figures of a cycle is
 * for whoever reads its results (the chairman's office and the admin, as the reports);
 * the figures beside the rubric editor and the what-if of a draft are the admin's, as the
 * drafts are (decision 027).
 */
import { z } from 'zod';
import {
  itemTrend,
  lastYearFigures,
  loadItemAnalytics,
  whatIf,
} from '../services/analytics-service.ts';
import { roleProcedure, router } from '../trpc.ts';
import { IdInput, Score } from './schemas.ts';

const reader = roleProcedure('chairman', 'admin');
const admin = roleProcedure('admin');
const Rate = z.number().nullable();

const ItemFiguresSchema = z.object({
  cycleId: z.string(),
  itemId: z.string(),
  number: z.number().nullable(),
  categoryId: z.string().nullable(),
  baseScore: Score,
  units: z.number(),
  reviewed: z.number(),
  fullMarkCount: z.number(),
  fullMarkRate: Rate,
  zeroCount: z.number(),
  zeroRate: Rate,
  mean: Score,
  spread: Score,
  compared: z.number(),
  changedCount: z.number(),
  changedRate: Rate,
  meanCut: Score,
  discrimination: Rate,
  returns: z.number(),
  unitsReturned: z.number(),
  /** Appeals per item: null until the appeals feature fills it. */
  appeals: z.number().nullable(),
  files: z.number(),
  unitsWithEvidence: z.number(),
  unitsWithoutEvidence: z.number(),
});

const Centi = z.string();

export const analyticsRouter = router({
  items: reader
    .input(z.object({ cycleId: IdInput, unitTypeId: IdInput.optional() }))
    .output(
      z.object({
        cycle: z.object({
          id: z.string(),
          name: z.string(),
          year: z.number(),
          rubricId: z.string(),
        }),
        unitTypeId: z.string().nullable(),
        items: z.array(ItemFiguresSchema.extend({ content: z.string() })),
        departments: z.array(
          z.object({
            itemId: z.string().nullable(),
            departmentId: z.string(),
            departmentName: z.string(),
            compared: z.number(),
            changedCount: z.number(),
            changedRate: Rate,
            meanCut: Score,
          }),
        ),
        returnReasons: z.array(
          z.object({
            itemId: z.string(),
            departmentId: z.string(),
            departmentName: z.string(),
            reason: z.string(),
            count: z.number(),
          }),
        ),
        criteria: z.array(
          z.object({
            itemId: z.string(),
            criterionId: z.string(),
            text: z.string(),
            kind: z.string(),
            answered: z.number(),
            metRate: Rate,
            triggeredRate: Rate,
            meanCount: Score,
            meanValue: Score,
            meanRatePercent: Score,
            levels: z.record(z.string(), z.number()),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => loadItemAnalytics(ctx.db, input)),

  /** One item by its stable id across every cycle, oldest first. */
  trend: reader
    .input(z.object({ itemId: IdInput }))
    .output(z.array(ItemFiguresSchema.extend({ cycleName: z.string(), year: z.number() })))
    .query(({ ctx, input }) => itemTrend(ctx.db, input.itemId)),

  /** The figures the rubric editor shows inline: the newest earlier year's cycle. */
  lastYear: admin
    .input(z.object({ rubricId: IdInput }))
    .output(
      z.object({
        cycle: z.object({ id: z.string(), name: z.string(), year: z.number() }).nullable(),
        items: z.array(
          z.object({
            itemId: z.string(),
            number: z.number().nullable(),
            reviewed: z.number(),
            fullMarkRate: Rate,
            meanCut: Score,
            changedRate: Rate,
            returns: z.number(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => lastYearFigures(ctx.db, input.rubricId)),

  /** A draft's what-if over a past cycle's answers. Reads only. */
  whatIf: admin
    .input(z.object({ cycleId: IdInput, rubricId: IdInput }))
    .output(
      z.object({
        cycle: z.object({ id: z.string(), name: z.string(), year: z.number() }),
        rubric: z.object({
          id: z.string(),
          year: z.number(),
          title: z.string(),
          status: z.string(),
        }),
        unitTypes: z.array(z.object({ id: z.string(), name: z.string() })),
        itemCount: z.number(),
        items: z.array(
          z.object({
            itemId: z.string(),
            number: z.number(),
            oldNumber: z.number().nullable(),
            newNumber: z.number().nullable(),
            content: z.string(),
            status: z.enum(['unchanged', 'rescored', 'flagged', 'added', 'removed']),
            uncoveredCriteria: z.array(z.string()),
            unitsChanged: z.number(),
            totalDelta: Centi,
            unitsFlagged: z.number(),
          }),
        ),
        units: z.array(
          z.object({
            assessmentId: z.string(),
            unitId: z.string(),
            unitName: z.string(),
            unitTypeId: z.string(),
            approved: z.boolean(),
            realTotal: Centi,
            whatIfTotal: Centi,
            realRank: z.number().nullable(),
            whatIfRank: z.number().nullable(),
            /** 等次 under the cycle's bands; null without bands or when not approved. */
            realGrade: z.string().nullable(),
            whatIfGrade: z.string().nullable(),
            changedItems: z.array(
              z.object({ itemId: z.string(), number: z.number(), real: Centi, whatIf: Centi }),
            ),
            flaggedItems: z.array(z.string()),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => whatIf(ctx.db, input)),
});
