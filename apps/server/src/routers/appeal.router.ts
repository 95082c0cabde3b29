/**
 * 公示 and 申诉 (issue 14): the admin publishes a cycle's approved results and finalises
 * them; a unit sees its result and appeals; the department that reviews the item answers;
 * the chairman's office decides. Who may act is checked here by role and in the service
 * by record (its own assessment, the items it reviews, the period).
 */
import {
  APPEAL_ANSWERS,
  APPEAL_DECISIONS,
  APPEAL_STATUSES,
  type AppealRow,
  appealsReport,
  BONUS_TARGET,
  listAppeals,
  listPublications,
  openAppealCounts,
  publicationAssessmentIds,
  publicationOf,
  rankingReport,
} from '@kaohe/db';
import { DomainError, ItemInputsSchema, zodMessage } from '@kaohe/domain';
import { z } from 'zod';
import type { Context } from '../context.ts';
import {
  answerAppeal,
  decideAppeal,
  fileAppeal,
  finalisePublication,
  publishResults,
} from '../services/appeal-service.ts';
import { assertCanRead, loadAssessment } from '../services/assessment-access.ts';
import { notifyResultsPublished } from '../services/message-service.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';
import { IdInput, VersionInput } from './schemas.ts';

const Text = (max: number, what: { zh: string; en: string }) =>
  z
    .string()
    .trim()
    .min(1, zodMessage({ zh: `请填写${what.zh}`, en: `${what.en} is required` }))
    .max(
      max,
      zodMessage({
        zh: `${what.zh}不能超过${max}字`,
        en: `${what.en} has at most ${max} characters`,
      }),
    );

const DateTime = z.iso.datetime({
  offset: true,
  message: zodMessage({ zh: '请填写有效的时间', en: 'Enter a valid date and time' }),
});

const PublicationSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  unitTypeId: z.string().nullable(),
  periodStart: z.date(),
  periodEnd: z.date(),
  showRanking: z.boolean(),
  publishedBy: z.string(),
  publishedAt: z.date(),
  finalisedBy: z.string().nullable(),
  finalisedAt: z.date().nullable(),
});

const AppealSchema = z.object({
  id: z.string(),
  assessmentId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitTypeId: z.string(),
  cycleId: z.string(),
  cycleName: z.string(),
  target: z.string(),
  itemNumber: z.number().nullable(),
  departments: z.array(z.string()),
  reason: z.string(),
  evidenceIds: z.array(z.string()),
  status: z.enum(APPEAL_STATUSES),
  filedAt: z.date(),
  answer: z.enum(APPEAL_ANSWERS).nullable(),
  answerRemark: z.string().nullable(),
  answerDepartmentId: z.string().nullable(),
  scoreBefore: z.string().nullable(),
  scoreAfter: z.string().nullable(),
  answeredAt: z.date().nullable(),
  decision: z.enum(APPEAL_DECISIONS).nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.date().nullable(),
  periodEnd: z.date(),
  stage: z.string(),
  version: z.number(),
});

const appealOut = (a: AppealRow): z.infer<typeof AppealSchema> => AppealSchema.parse(a);

type Actor = NonNullable<Context['actor']>;

/** The appeals this actor may see: a unit its own; a department those on its items. */
function scopeFor(actor: Actor) {
  switch (actor.role) {
    case 'department':
      return { departmentId: actor.departmentId ?? '' };
    default:
      return {};
  }
}

export const appealRouter = router({
  /** 公示: every approved result of the cycle (or one unit type) for a period. */
  publish: roleProcedure('admin')
    .input(
      z.object({
        cycleId: IdInput,
        unitTypeId: IdInput.nullable(),
        periodStart: DateTime,
        periodEnd: DateTime,
        showRanking: z.boolean(),
      }),
    )
    .output(z.object({ publication: PublicationSchema, published: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const published = await publishResults(ctx, ctx.actor, {
        ...input,
        periodStart: new Date(input.periodStart),
        periodEnd: new Date(input.periodEnd),
      });
      // After the commit: 站内消息 (and email, where set up) to the units whose results
      // are now published; once per unit and cycle however often this runs.
      await notifyResultsPublished(ctx, { cycleId: input.cycleId, unitTypeId: input.unitTypeId });
      return published;
    }),

  /** A cycle's publications with their appeals' progress and whether they can be finalised. */
  publications: roleProcedure('admin', 'chairman')
    .input(z.object({ cycleId: IdInput }))
    .output(
      z.array(
        PublicationSchema.extend({
          assessments: z.number(),
          openAppeals: z.number(),
          periodOver: z.boolean(),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      const now = ctx.now();
      const out = [];
      for (const p of await listPublications(ctx.db, input.cycleId)) {
        const ids = await publicationAssessmentIds(ctx.db, p.id);
        const open = await openAppealCounts(ctx.db, ids);
        out.push({
          ...p,
          assessments: ids.length,
          openAppeals: [...open.values()].reduce((a, b) => a + b, 0),
          periodOver: now >= p.periodEnd,
        });
      }
      return out;
    }),

  finalise: roleProcedure('admin')
    .input(z.object({ publicationId: IdInput }))
    .output(z.object({ publication: PublicationSchema, finalised: z.number() }))
    .mutation(({ ctx, input }) => finalisePublication(ctx, ctx.actor, input.publicationId)),

  /** 申诉: the unit on one item (or the bonus) of its own published result. */
  file: roleProcedure('unit')
    .input(
      z.object({
        assessmentId: IdInput,
        target: IdInput,
        reason: Text(2000, { zh: '申诉理由', en: 'The reason' }),
        evidenceIds: z.array(IdInput).max(20).default([]),
      }),
    )
    .output(z.object({ id: z.string(), version: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const a = await fileAppeal(ctx, ctx.actor, input);
      return { id: a.id, version: a.version };
    }),

  /** The department's answer: upheld, or the review score changed (with its inputs). */
  answer: roleProcedure('department', 'chairman')
    .input(
      z.object({
        appealId: IdInput,
        expectedVersion: VersionInput,
        answer: z.enum(APPEAL_ANSWERS),
        remark: Text(2000, { zh: '答复意见', en: 'The answer' }),
        inputs: ItemInputsSchema.optional(),
      }),
    )
    .output(AppealSchema)
    .mutation(async ({ ctx, input }) => {
      const a = await answerAppeal(ctx, ctx.actor, input);
      const [row] = await listAppeals(ctx.db, { assessmentId: a.assessmentId }).then((r) =>
        r.filter((x) => x.id === a.id),
      );
      return appealOut(row!);
    }),

  /** The chairman's office: confirm the answer, or decide otherwise (back to the department). */
  decide: roleProcedure('chairman')
    .input(
      z.object({
        appealId: IdInput,
        expectedVersion: VersionInput,
        decision: z.enum(APPEAL_DECISIONS),
        reason: z
          .string()
          .trim()
          .max(
            2000,
            zodMessage({ zh: '理由不能超过2000字', en: 'a reason has at most 2000 characters' }),
          )
          .nullable(),
      }),
    )
    .output(AppealSchema)
    .mutation(async ({ ctx, input }) => {
      const a = await decideAppeal(ctx, ctx.actor, input);
      const [row] = await listAppeals(ctx.db, { assessmentId: a.assessmentId }).then((r) =>
        r.filter((x) => x.id === a.id),
      );
      return appealOut(row!);
    }),

  /** Appeals the user may see: a unit its own, a department those on its items, the rest all. */
  list: authedProcedure
    .input(
      z.object({
        cycleId: IdInput.optional(),
        assessmentId: IdInput.optional(),
        statuses: z.array(z.enum(APPEAL_STATUSES)).optional(),
      }),
    )
    .output(z.array(AppealSchema))
    .query(async ({ ctx, input }) => {
      if (ctx.actor.role === 'unit' && input.assessmentId === undefined) {
        const rows = await listAppeals(ctx.db, { ...input });
        return rows.filter((r) => r.unitId === ctx.actor.unitId).map(appealOut);
      }
      if (input.assessmentId !== undefined) {
        assertCanRead(ctx.actor, await loadAssessment(ctx.db, input.assessmentId));
      }
      return (await listAppeals(ctx.db, { ...input, ...scopeFor(ctx.actor) })).map(appealOut);
    }),

  /**
   * A unit's full published result: total, rank within its unit type, and the unit type's
   * ranking where the admin chose to show it (the chairman's office and the admin always).
   */
  result: roleProcedure('unit', 'chairman', 'admin')
    .input(z.object({ assessmentId: IdInput }))
    .output(
      z.object({
        assessmentId: z.string(),
        stage: z.string(),
        publication: PublicationSchema.nullable(),
        appealOpen: z.boolean(),
        subtotal: z.string().nullable(),
        bonus: z.string(),
        total: z.string().nullable(),
        rank: z.number().nullable(),
        unitsOfType: z.number(),
        ranking: z
          .array(
            z.object({
              unitId: z.string(),
              unitName: z.string(),
              total: z.string().nullable(),
              rank: z.number().nullable(),
            }),
          )
          .nullable(),
        appeals: z.array(AppealSchema),
      }),
    )
    .query(async ({ ctx, input }) => {
      const loaded = await loadAssessment(ctx.db, input.assessmentId);
      assertCanRead(ctx.actor, loaded);
      const stage = loaded.view.stage;
      if (ctx.actor.role === 'unit' && stage !== 'published' && stage !== 'final') {
        throw new DomainError('FORBIDDEN', {
          zh: '考核结果尚未公示',
          en: 'The result has not been published yet',
        });
      }
      const publication = (await publicationOf(ctx.db, input.assessmentId)) ?? null;
      const rows = await rankingReport(ctx.db, {
        cycleId: loaded.detail.assessment.cycleId,
        unitTypeId: loaded.detail.unitTypeId,
      });
      const own = rows.find((r) => r.assessmentId === input.assessmentId);
      const ranked = rows.filter((r) => r.rank !== null);
      const showRanking = ctx.actor.role !== 'unit' || publication?.showRanking === true;
      const now = ctx.now();
      const appeals = await listAppeals(ctx.db, { assessmentId: input.assessmentId });
      return {
        assessmentId: input.assessmentId,
        stage,
        publication,
        appealOpen:
          stage === 'published' &&
          publication !== null &&
          now >= publication.periodStart &&
          now < publication.periodEnd,
        subtotal: own?.subtotal ?? null,
        bonus: own?.bonus ?? '0',
        total: own?.total ?? null,
        rank: own?.rank ?? null,
        unitsOfType: ranked.length,
        ranking: showRanking
          ? ranked.map((r) => ({
              unitId: r.unitId,
              unitName: r.unitName,
              total: r.total,
              rank: r.rank,
            }))
          : null,
        appeals: appeals.map(appealOut),
      };
    }),

  /** 申诉统计: items appealed, upheld and changed, by department. */
  report: roleProcedure('chairman', 'admin')
    .input(z.object({ cycleId: IdInput }))
    .output(
      z.array(
        z.object({
          departmentId: z.string().nullable(),
          departmentName: z.string().nullable(),
          appealed: z.number(),
          upheld: z.number(),
          changed: z.number(),
          open: z.number(),
        }),
      ),
    )
    .query(({ ctx, input }) => appealsReport(ctx.db, input.cycleId)),
});

export { BONUS_TARGET };
