import { getCycle, listAssessments, overviewPage } from '@kaohe/db';
import {
  DomainError,
  formatCenti,
  ItemInputsSchema,
  ListQuerySchema,
  listResultSchema,
  type Rubric,
  zodMessage,
} from '@kaohe/domain';
import type { AssessmentCommand } from '@kaohe/workflow';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { assertCanRead, loadAssessment } from '../services/assessment-access.ts';
import { assessmentDto } from '../services/assessment-dto.ts';
import { governingDeadline, overdueAssessmentIds } from '../services/deadline-service.ts';
import { rubricById } from '../services/rubric-cache.ts';
import { saveSelfScore } from '../services/scoring-service.ts';
import { runCommand } from '../services/workflow-service.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';
import { plainJson } from '../wire.ts';
import {
  AssessmentDtoSchema,
  IdInput,
  ItemScoreResultSchema,
  VersionInput,
  WorkflowResultSchema,
} from './schemas.ts';

export async function readAssessment(
  ctx: Context & { actor: NonNullable<Context['actor']> },
  id: string,
) {
  const loaded = await loadAssessment(ctx.db, id);
  assertCanRead(ctx.actor, loaded);
  const { unitName, deadlines } = loaded.detail;
  const governing = governingDeadline(loaded.view.stage, deadlines, loaded.view.returns);
  const now = ctx.now();
  const submittedAt = loaded.detail.assessment.submittedAt;
  return {
    ...assessmentDto(ctx.actor, loaded, unitName),
    deadline: governing && {
      ...governing,
      overdue: governing.dueAt.getTime() < now.getTime(),
    },
    submittedLate:
      submittedAt !== null &&
      deadlines.selfScoring !== undefined &&
      submittedAt.getTime() > deadlines.selfScoring.getTime(),
    rubric: plainJson(loaded.rubric),
  };
}

export function scoreResult(
  row: { itemId: string; selfScore: string | null; reviewScore: string | null; version: number },
  score: {
    points: number;
    complete: boolean;
    breakdown: Array<{
      criterionId: string;
      status: string;
      delta: number;
      explanation: { zh: string; en: string };
    }>;
  },
) {
  return {
    itemId: row.itemId,
    selfScore: row.selfScore,
    reviewScore: row.reviewScore,
    version: row.version,
    points: formatCenti(score.points),
    complete: score.complete,
    breakdown: score.breakdown.map((b) => ({
      criterionId: b.criterionId,
      status: b.status,
      delta: formatCenti(b.delta),
      explanation: b.explanation,
    })),
  };
}

/** A conflict's current item row, as the unit may see it. */
function withoutReviewScore(e: unknown): unknown {
  if (!(e instanceof DomainError) || e.code !== 'CONFLICT') return e;
  const details = e.details as { current?: Record<string, unknown> } | undefined;
  if (!details?.current || !('reviewScore' in details.current)) return e;
  return new DomainError(e.code, e.text, {
    ...details,
    current: { ...details.current, reviewScore: null },
  });
}

const AssessmentSummarySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitTypeId: z.string(),
  stage: z.string(),
  version: z.number(),
  selfScoredCount: z.number(),
  itemCount: z.number(),
  selfTotal: z.string().nullable(),
  reviewTotal: z.string().nullable(),
  bonusTotal: z.string().nullable(),
  bonus: z.string(),
  /** The ranking report's rank: within the unit type, approved only. */
  rank: z.number().nullable(),
  /** 逾期: someone is late on it now (services/deadline-service.ts). */
  overdue: z.boolean(),
  /** 等次 and 不予评先, as the ranking gives them. */
  grade: z.string().nullable(),
  barredFromHonours: z.boolean(),
});

const summaryOf = (
  r: Awaited<ReturnType<typeof listAssessments>>[number],
  overdue: ReadonlySet<string>,
) => ({
  overdue: overdue.has(r.id),
  id: r.id,
  unitId: r.unitId,
  unitName: r.unitName,
  unitTypeId: r.unitTypeId,
  stage: r.stage,
  version: r.version,
  selfScoredCount: Number(r.selfScoredCount),
  itemCount: Number(r.itemCount),
  selfTotal: r.selfTotal,
  reviewTotal: r.reviewTotal,
  bonusTotal: r.bonusTotal,
  bonus: r.bonus,
  rank: r.rank,
  grade: r.grade,
  barredFromHonours: r.barredFromHonours,
});

const Command = z.object({ assessmentId: IdInput, expectedVersion: VersionInput });

/** A workflow step: the command's own schema, the roles that may send it, the machine decides. */
export function workflowProcedure(
  command: z.ZodType<AssessmentCommand>,
  roles: Parameters<typeof roleProcedure>,
) {
  return roleProcedure(...roles)
    .input(Command.extend({ command }))
    .output(WorkflowResultSchema)
    .mutation(async ({ ctx, input }) => {
      const { assessment, view } = await runCommand(ctx, ctx.actor, {
        assessmentId: input.assessmentId,
        expectedVersion: input.expectedVersion,
        command: input.command,
      });
      return {
        assessmentId: assessment.id,
        stage: assessment.stage,
        version: assessment.version,
        view,
      };
    });
}

export const assessmentRouter = router({
  /** The unit's own assessments, newest cycle first. */
  mine: roleProcedure('unit')
    .output(
      z.array(
        z.object({
          id: z.string(),
          cycleId: z.string(),
          year: z.number(),
          cycleName: z.string(),
          stage: z.string(),
          version: z.number(),
        }),
      ),
    )
    .query(async ({ ctx }) => {
      return ctx.db
        .selectFrom('assessments as a')
        .innerJoin('cycles as c', 'c.id', 'a.cycleId')
        .select(['a.id', 'a.cycleId', 'c.year', 'c.name as cycleName', 'a.stage', 'a.version'])
        .where('a.unitId', '=', ctx.actor.unitId!)
        .orderBy('c.year', 'desc')
        .execute();
    }),

  /**
   * The assessment as the caller may see it, with the rubric it is scored against (cached
   * per process: published rubrics never change), so a page needs one round trip, not two
   * in series (decision 029). Two queries in series: the assessment row with its unit's
   * name and its cycle's deadlines, then its items, reviews, indicators and bonus.
   */
  byId: authedProcedure
    .input(z.object({ id: IdInput }))
    .output(AssessmentDtoSchema.extend({ rubric: z.custom<Rubric>() }))
    .query(({ ctx, input }) => readAssessment(ctx, input.id)),

  /** The office's and the chairman's overview of a cycle. */
  list: roleProcedure('chairman', 'admin')
    .input(
      z.object({
        cycleId: IdInput,
        unitTypeId: IdInput.optional(),
        stage: z.string().max(40).optional(),
      }),
    )
    .output(z.array(AssessmentSummarySchema))
    .query(async ({ ctx, input }) => {
      const rows = await listAssessments(ctx.db, input);
      const overdue = await overdueAssessmentIds(ctx.db, ctx.now(), input.cycleId);
      return rows.map((r) => summaryOf(r, overdue));
    }),

  /**
   * One page of the overview (issue 15): the units whose name or code contains `q`, by
   * unit type in the rubric's order, then rank, then name; ranks are the ranking's over
   * the whole unit type, whatever the search. `stageCounts` is of the whole cycle.
   */
  listPage: roleProcedure('chairman', 'admin')
    .input(
      ListQuerySchema.extend({
        cycleId: IdInput,
        unitTypeId: IdInput.optional(),
        stage: z.string().max(40).optional(),
      }),
    )
    .output(
      listResultSchema(AssessmentSummarySchema).extend({
        stageCounts: z.record(z.string(), z.number()),
      }),
    )
    .query(async ({ ctx, input }) => {
      const cycle = await getCycle(ctx.db, input.cycleId);
      if (!cycle)
        throw new DomainError('NOT_FOUND', { zh: '找不到该考核年度', en: 'Cycle not found' });
      const rubric = await rubricById(ctx.db, cycle.rubricId);
      const page = await overviewPage(ctx.db, {
        ...input,
        unitTypeOrder: rubric.unitTypes.map((u) => u.id),
      });
      const overdue = await overdueAssessmentIds(ctx.db, ctx.now(), input.cycleId);
      return { ...page, rows: page.rows.map((r) => summaryOf(r, overdue)) };
    }),

  saveSelfScore: roleProcedure('unit')
    .input(
      z.object({
        assessmentId: IdInput,
        itemId: IdInput,
        inputs: ItemInputsSchema,
        explanation: z
          .string()
          .max(
            5000,
            zodMessage({
              zh: '说明不能超过5000字',
              en: 'an explanation has at most 5000 characters',
            }),
          )
          .nullable(),
        expectedVersion: VersionInput,
      }),
    )
    .output(ItemScoreResultSchema)
    .mutation(async ({ ctx, input }) => {
      // A unit sees review scores only once approved (and saves nothing then): a returned
      // item keeps the department's score, which neither the result nor a conflict shows.
      const { itemScore, score } = await saveSelfScore(ctx, ctx.actor, input).catch(
        (e: unknown) => {
          throw withoutReviewScore(e);
        },
      );
      return scoreResult({ ...itemScore, reviewScore: null }, score);
    }),

  submit: workflowProcedure(z.object({ type: z.literal('SUBMIT') }), ['unit']),
  resubmit: workflowProcedure(z.object({ type: z.literal('RESUBMIT') }), ['unit']),
});
