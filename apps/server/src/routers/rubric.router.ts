/**
 * Rubrics (考核表): everyone signed in reads published ones; the admin lists, clones,
 * imports (createDraft), edits, compares, publishes and discards drafts. The lifecycle
 * rules are in services/rubric-service.ts and docs/decisions/010-rubric-lifecycle.md.
 */
import {
  countCyclesUsingRubric,
  getPublishedRubric,
  listRubricOverview,
  listRubrics,
} from '@kaohe/db';
import {
  DomainError,
  type RubricInput,
  RubricSchema,
  validateRubric,
  zodMessage,
} from '@kaohe/domain';
import { z } from 'zod';
import {
  assertCanRead,
  cloneRubric,
  createDraft,
  discardDraft,
  loadRubric,
  problemViews,
  publish,
  RubricChangeSchema,
  RubricProblemSchema,
  RubricStatusSchema,
  rubricDiff,
  saveDraft,
} from '../services/rubric-service.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';
import { IdInput, VersionInput } from './schemas.ts';

const YearInput = z.number().int().min(2000).max(2999);

/** Any document: the repository validates it and answers with every problem and its path. */
const DocumentInput = z.custom<RubricInput>((v) => v !== undefined, {
  message: zodMessage({ zh: '请提供考核表', en: 'a rubric document is required' }),
});

const Side = z.object({ id: z.string(), year: z.number(), title: z.string(), status: z.string() });

export const rubricRouter = router({
  /** A rubric by id, or the published rubric of a year. Everyone signed in may read a published rubric. */
  get: authedProcedure
    .input(z.union([z.object({ id: IdInput }), z.object({ year: YearInput })]))
    .output(
      z.object({
        id: z.string(),
        status: z.string(),
        version: z.number(),
        /** Some cycle uses it: it can never change (clone it instead). */
        inUse: z.boolean(),
        document: RubricSchema,
      }),
    )
    .query(async ({ ctx, input }) => {
      const record =
        'id' in input
          ? await loadRubric(ctx.db, input.id)
          : await getPublishedRubric(ctx.db, input.year);
      if (!record) {
        throw new DomainError('NOT_FOUND', { zh: '找不到考核表', en: 'Rubric not found' });
      }
      assertCanRead(ctx.actor, record);
      return {
        id: record.id,
        status: record.status,
        version: record.version,
        inUse: (await countCyclesUsingRubric(ctx.db, record.id)) > 0,
        document: record.document,
      };
    }),

  years: authedProcedure
    .output(
      z.array(
        z.object({ id: z.string(), year: z.number(), status: z.string(), title: z.string() }),
      ),
    )
    .query(async ({ ctx }) => {
      const all = await listRubrics(ctx.db);
      return all
        .filter((r) => r.status !== 'draft' || ctx.actor.role === 'admin')
        .map((r) => ({ id: r.id, year: r.year, status: r.status, title: r.title }));
    }),

  /** Admin: every rubric with its status, newest year first. */
  list: roleProcedure('admin')
    .output(
      z.array(
        z.object({
          id: z.string(),
          year: z.number(),
          title: z.string(),
          status: RubricStatusSchema,
          version: z.number(),
          itemCount: z.number(),
          cycleCount: z.number(),
          createdAt: z.date(),
          updatedAt: z.date(),
          publishedAt: z.date().nullable(),
        }),
      ),
    )
    .query(async ({ ctx }) =>
      (await listRubricOverview(ctx.db)).map((r) => ({
        id: r.id,
        year: r.year,
        title: r.title,
        status: r.status,
        version: r.version,
        itemCount: r.itemCount,
        cycleCount: r.cycleCount,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        publishedAt: r.publishedAt,
      })),
    ),

  /** Admin: next year's draft from a rubric, stable ids kept. */
  clone: roleProcedure('admin')
    .input(z.object({ sourceId: IdInput, year: YearInput }))
    .output(z.object({ id: z.string(), version: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const r = await cloneRubric(ctx.db, ctx.actor, input);
      return { id: r.id, version: r.version };
    }),

  /** Admin: a draft from a document, after an import is confirmed. */
  createDraft: roleProcedure('admin')
    .input(z.object({ document: DocumentInput }))
    .output(
      z.object({ id: z.string(), version: z.number(), problems: z.array(RubricProblemSchema) }),
    )
    .mutation(async ({ ctx, input }) => {
      const r = await createDraft(ctx.db, ctx.actor, input.document);
      return {
        id: r.id,
        version: r.version,
        problems: problemViews(validateRubric(r.document).problems),
      };
    }),

  /** Admin: saves a draft, problems and all; they are returned to show beside the editor. */
  saveDraft: roleProcedure('admin')
    .input(z.object({ id: IdInput, expectedVersion: VersionInput, document: DocumentInput }))
    .output(z.object({ version: z.number(), problems: z.array(RubricProblemSchema) }))
    .mutation(async ({ ctx, input }) => {
      const { record, problems } = await saveDraft(ctx.db, ctx.actor, input);
      return { version: record.version, problems };
    }),

  /** Admin: what changed from one rubric to another, by stable id. */
  diff: roleProcedure('admin')
    .input(z.object({ fromId: IdInput, toId: IdInput }))
    .output(z.object({ from: Side, to: Side, changes: z.array(RubricChangeSchema) }))
    .query(async ({ ctx, input }) => {
      const { from, to, changes } = await rubricDiff(ctx.db, input.fromId, input.toId);
      return { from, to, changes };
    }),

  /** Admin: a clean draft becomes the year's rubric, frozen. */
  publish: roleProcedure('admin')
    .input(z.object({ id: IdInput, expectedVersion: VersionInput }))
    .output(z.object({ id: z.string(), status: RubricStatusSchema, version: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const r = await publish(ctx.db, ctx.actor, input);
      return { id: r.id, status: r.status, version: r.version };
    }),

  /** Admin: deletes a draft no cycle uses. */
  discardDraft: roleProcedure('admin')
    .input(z.object({ id: IdInput, expectedVersion: VersionInput }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await discardDraft(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),
});
