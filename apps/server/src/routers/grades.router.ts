/**
 * 等次 and 不予评先 (issue 14, decision 022). The admin sets a cycle's grade bands per unit
 * type; the admin or the chairman's office bars a unit from honours by hand (a named
 * condition and a reason) and lifts a bar with a reason. The grade and the bar of every
 * ranking row come from `rankingReport` (report.ranking); `ofAssessment` gives one
 * assessment's, for its page and its print — to the unit only once its result is visible.
 */
import {
  barFromHonours,
  clearGradeBands,
  getCycle,
  liftHonoursBar,
  listGradeBands,
  listHonoursBars,
  listUnitTypes,
  rankingReport,
  setGradeBands,
} from '@kaohe/db';
import { DomainError, GradeBandsSchema, zodMessage } from '@kaohe/domain';
import { isResultStage } from '@kaohe/workflow';
import { z } from 'zod';
import { assertCanRead, loadAssessment } from '../services/assessment-access.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';
import { IdInput, OkSchema, VersionInput } from './schemas.ts';

const Reason = z
  .string()
  .trim()
  .min(1, zodMessage({ zh: '请填写理由', en: 'a reason is required' }))
  .max(2000);

const Condition = z
  .string()
  .trim()
  .min(1, zodMessage({ zh: '请写明不予评先的情形', en: 'name the condition' }))
  .max(200, zodMessage({ zh: '情形最多200字', en: 'a condition has at most 200 characters' }));

const BandsView = z.object({
  unitTypeId: z.string(),
  bands: z.object({
    mode: z.enum(['total', 'share']),
    bands: z.array(z.object({ label: z.string(), bound: z.union([z.number(), z.string()]) })),
    otherwise: z.string(),
  }),
  version: z.number(),
  updatedAt: z.date(),
});

const BarView = z.object({
  id: z.string(),
  assessmentId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  condition: z.string(),
  reason: z.string(),
  barredBy: z.string(),
  barredAt: z.date(),
  liftedAt: z.date().nullable(),
  liftedBy: z.string().nullable(),
  liftReason: z.string().nullable(),
});

const NO_CYCLE = { zh: '找不到该考核年度', en: 'Cycle not found' };

export const gradesRouter = router({
  /** The bands of every unit type of a cycle that has them. */
  bands: roleProcedure('chairman', 'admin')
    .input(z.object({ cycleId: IdInput }))
    .output(z.array(BandsView))
    .query(({ ctx, input }) => listGradeBands(ctx.db, input.cycleId)),

  /** Sets (or, with the current version, replaces) one unit type's bands. */
  setBands: roleProcedure('admin')
    .input(
      z.object({
        cycleId: IdInput,
        unitTypeId: IdInput,
        bands: GradeBandsSchema,
        expectedVersion: VersionInput.optional(),
      }),
    )
    .output(BandsView)
    .mutation(async ({ ctx, input }) => {
      if (!(await getCycle(ctx.db, input.cycleId))) throw new DomainError('NOT_FOUND', NO_CYCLE);
      if (!(await listUnitTypes(ctx.db)).some((t) => t.id === input.unitTypeId)) {
        throw new DomainError('NOT_FOUND', {
          zh: `没有单位类型「${input.unitTypeId}」`,
          en: `No unit type "${input.unitTypeId}"`,
        });
      }
      return setGradeBands(ctx.db, ctx.actor, input);
    }),

  /** Removes one unit type's bands: its units have no grade again. */
  clearBands: roleProcedure('admin')
    .input(z.object({ cycleId: IdInput, unitTypeId: IdInput }))
    .output(OkSchema)
    .mutation(async ({ ctx, input }) => {
      await clearGradeBands(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),

  /** Every bar by hand of a cycle, lifted ones too. */
  bars: roleProcedure('chairman', 'admin')
    .input(z.object({ cycleId: IdInput }))
    .output(z.array(BarView))
    .query(({ ctx, input }) => listHonoursBars(ctx.db, input)),

  /** 不予评先 by hand, for a named condition with a reason. */
  bar: roleProcedure('chairman', 'admin')
    .input(z.object({ assessmentId: IdInput, condition: Condition, reason: Reason }))
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await loadAssessment(ctx.db, input.assessmentId);
      const bar = await barFromHonours(ctx.db, ctx.actor, input);
      return { id: bar.id };
    }),

  /** Lifts a bar by hand, with a reason. */
  lift: roleProcedure('chairman', 'admin')
    .input(z.object({ barId: IdInput, reason: Reason }))
    .output(OkSchema)
    .mutation(async ({ ctx, input }) => {
      await liftHonoursBar(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),

  /**
   * One assessment's grade, rank and honours bar, as the ranking gives them. The chairman's
   * office and the admin always; the unit for its own once the result is visible to it
   * (approved), as its review scores are; departments never.
   */
  ofAssessment: authedProcedure
    .input(z.object({ assessmentId: IdInput }))
    .output(
      z.object({
        /** False for a unit before its result is visible: then nothing else is filled. */
        visible: z.boolean(),
        grade: z.string().nullable(),
        rank: z.number().nullable(),
        barredFromHonours: z.boolean(),
        vetoedItemIds: z.array(z.string()),
        bars: z.array(z.object({ condition: z.string(), reason: z.string(), barredAt: z.date() })),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { actor } = ctx;
      if (actor.role === 'department') {
        throw new DomainError('FORBIDDEN', {
          zh: '部门不查看单位的等次',
          en: "Departments do not see a unit's grade",
        });
      }
      const loaded = await loadAssessment(ctx.db, input.assessmentId);
      assertCanRead(actor, loaded);
      const hidden = {
        visible: false,
        grade: null,
        rank: null,
        barredFromHonours: false,
        vetoedItemIds: [],
        bars: [],
      };
      if (actor.role === 'unit' && !isResultStage(loaded.view.stage)) return hidden;
      const { assessment, unitTypeId } = loaded.detail;
      const row = (await rankingReport(ctx.db, { cycleId: assessment.cycleId, unitTypeId })).find(
        (r) => r.assessmentId === assessment.id,
      );
      const bars = (
        await listHonoursBars(ctx.db, { cycleId: assessment.cycleId, assessmentId: assessment.id })
      ).filter((b) => b.liftedAt === null);
      return {
        visible: true,
        grade: row?.grade ?? null,
        rank: row?.rank ?? null,
        barredFromHonours: row?.barredFromHonours ?? false,
        vetoedItemIds: row?.vetoedItemIds ?? [],
        bars: bars.map((b) => ({ condition: b.condition, reason: b.reason, barredAt: b.barredAt })),
      };
    }),
});
