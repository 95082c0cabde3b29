import { listHistory, listSecurityEvents } from '@kaohe/db';
import { DomainError } from '@kaohe/domain';
import { z } from 'zod';
import { assertCanRead, historyViewer, loadAssessment } from '../services/assessment-access.ts';
import { historyEventDto } from '../services/history.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';
import { HistoryPageSchema, IdInput } from './schemas.ts';

/**
 * History from the audit trail: whoever may read an assessment reads of its history what
 * the visibility table (HISTORY_VISIBILITY in @kaohe/db, decision 015) gives their role,
 * filtered and paged by the database, newest first.
 */
export const auditRouter = router({
  history: authedProcedure
    .input(
      z.object({
        assessmentId: IdInput,
        itemId: IdInput.optional(),
        limit: z.number().int().min(1).max(200).default(50),
        /** The previous page's `nextCursor`. */
        cursor: z.number().int().min(1).nullish(),
      }),
    )
    .output(HistoryPageSchema)
    .query(async ({ ctx, input }) => {
      const loaded = await loadAssessment(ctx.db, input.assessmentId);
      assertCanRead(ctx.actor, loaded);
      const viewer = historyViewer(ctx.actor, loaded);
      if (
        input.itemId !== undefined &&
        viewer.role === 'department' &&
        !viewer.itemIds.includes(input.itemId)
      ) {
        throw new DomainError('FORBIDDEN', {
          zh: '本部门不负责该项目',
          en: 'Your department does not review this item',
        });
      }
      const page = await listHistory(ctx.db, {
        assessmentId: input.assessmentId,
        ...(input.itemId === undefined ? {} : { itemId: input.itemId }),
        viewer,
        limit: input.limit,
        ...(input.cursor ? { beforeId: input.cursor } : {}),
      });
      return {
        events: page.events.map(historyEventDto),
        total: page.total,
        nextCursor: page.nextBeforeId,
      };
    }),

  /** Denied attempts (FORBIDDEN, UNAUTHENTICATED, password change required), newest first. */
  securityEvents: roleProcedure('admin')
    .input(
      z
        .object({
          actorUserId: IdInput.optional(),
          code: z.string().max(40).optional(),
          limit: z.number().int().min(1).max(1000).default(100),
          beforeId: z.number().int().min(1).optional(),
        })
        .default({ limit: 100 }),
    )
    .output(
      z.array(
        z.object({
          id: z.number(),
          at: z.date(),
          actorUserId: z.string().nullable(),
          actorRole: z.string().nullable(),
          procedure: z.string(),
          targetId: z.string().nullable(),
          code: z.string(),
          reason: z.string(),
          ip: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx, input }) => listSecurityEvents(ctx.db, input)),
});
