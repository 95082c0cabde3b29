import { createCycle, DEADLINE_STAGES, getCycle, listCycles, setCycleDeadlines } from '@kaohe/db';
import { DomainError, NameSchema, zodMessage } from '@kaohe/domain';
import { createWorkflow, workflowInput } from '@kaohe/workflow';
import { z } from 'zod';
import { assertDeadlineOrder, type Deadlines, endOfDay } from '../services/deadline-service.ts';
import { rubricById } from '../services/rubric-cache.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';
import { IdInput, VersionInput } from './schemas.ts';

const DeadlinesInput = z.partialRecord(
  z.enum(DEADLINE_STAGES),
  z.iso.date(zodMessage({ zh: '请填写有效日期', en: 'a valid date' })).nullable(),
);

const CycleSchema = z.object({
  id: z.string(),
  year: z.number(),
  name: z.string(),
  rubricId: z.string(),
  version: z.number(),
  assessmentCount: z.number(),
  deadlines: z.partialRecord(z.enum(DEADLINE_STAGES), z.date()),
});

const view = (c: Awaited<ReturnType<typeof getCycle>> & object) => ({
  id: c.id,
  year: c.year,
  name: c.name,
  rubricId: c.rubricId,
  version: c.version,
  assessmentCount: Number(c.assessmentCount),
  deadlines: c.deadlines,
});

export const cycleRouter = router({
  list: authedProcedure
    .input(z.object({ year: z.number().int().optional() }).optional())
    .output(z.array(CycleSchema))
    .query(async ({ ctx, input }) => (await listCycles(ctx.db, input ?? {})).map(view)),

  /** Admin: a cycle from a published rubric for the chosen units, with stage deadlines. */
  create: roleProcedure('admin')
    .input(
      z.object({
        name: NameSchema,
        rubricId: IdInput,
        unitIds: z
          .array(IdInput)
          .min(1, zodMessage({ zh: '请至少选择一个单位', en: 'choose at least one unit' }))
          .max(20_000),
        deadlines: DeadlinesInput.default({}),
      }),
    )
    .output(CycleSchema)
    .mutation(async ({ ctx, input }) => {
      const rubric = await rubricById(ctx.db, input.rubricId);
      const deadlines = Object.fromEntries(
        Object.entries(input.deadlines).flatMap(([k, v]) => (v ? [[k, endOfDay(v)]] : [])),
      );
      assertDeadlineOrder(deadlines);
      const { cycle } = await createCycle(ctx.db, ctx.actor, {
        name: input.name,
        rubricId: input.rubricId,
        unitIds: [...new Set(input.unitIds)],
        deadlines,
        initialWorkflow: (a) => {
          const wf = createWorkflow(
            workflowInput(rubric, { assessmentId: a.assessmentId, unitId: a.unitId }),
          );
          return {
            stage: wf.stage,
            snapshot: wf.snapshot as never,
            machineVersion: wf.machineVersion,
          };
        },
      });
      return view(cycle);
    }),

  setDeadlines: roleProcedure('admin')
    .input(z.object({ cycleId: IdInput, deadlines: DeadlinesInput, expectedVersion: VersionInput }))
    .output(CycleSchema)
    .mutation(async ({ ctx, input }) => {
      const current = await getCycle(ctx.db, input.cycleId);
      if (!current) {
        throw new DomainError('NOT_FOUND', { zh: '找不到该考核年度', en: 'Cycle not found' });
      }
      const deadlines = Object.fromEntries(
        Object.entries(input.deadlines).map(([k, v]) => [k, v ? endOfDay(v) : null]),
      );
      // The order is of the deadlines as they will be: the ones kept and the ones changed.
      const merged: Deadlines = { ...current.deadlines };
      for (const [stage, due] of Object.entries(deadlines) as Array<
        [keyof Deadlines, Date | null]
      >) {
        if (due) merged[stage] = due;
        else delete merged[stage];
      }
      assertDeadlineOrder(merged);
      return view(
        await setCycleDeadlines(ctx.db, ctx.actor, {
          cycleId: input.cycleId,
          deadlines,
          expectedVersion: input.expectedVersion,
        }),
      );
    }),
});
