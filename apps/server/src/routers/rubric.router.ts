import { getPublishedRubric, getRubric, listRubrics } from '@kaohe/db';
import { DomainError, RubricSchema } from '@kaohe/domain';
import { z } from 'zod';
import { authedProcedure, router } from '../trpc.ts';
import { IdInput } from './schemas.ts';

export const rubricRouter = router({
  /** A rubric by id, or the published rubric of a year. Everyone signed in may read a published rubric. */
  get: authedProcedure
    .input(
      z.union([
        z.object({ id: IdInput }),
        z.object({ year: z.number().int().min(2000).max(2999) }),
      ]),
    )
    .output(z.object({ id: z.string(), status: z.string(), document: RubricSchema }))
    .query(async ({ ctx, input }) => {
      const record =
        'id' in input
          ? await getRubric(ctx.db, input.id)
          : await getPublishedRubric(ctx.db, input.year);
      if (!record || (record.status === 'draft' && ctx.actor.role !== 'admin')) {
        throw new DomainError('NOT_FOUND', { zh: '找不到考核表', en: 'Rubric not found' });
      }
      return { id: record.id, status: record.status, document: record.document };
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
});
