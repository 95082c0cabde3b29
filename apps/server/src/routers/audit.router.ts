import { listAuditEvents, listSecurityEvents } from '@kaohe/db';
import { DomainError } from '@kaohe/domain';
import { z } from 'zod';
import { assertCanRead, itemsReviewedBy, loadAssessment } from '../services/assessment-access.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';
import { AuditEventSchema, IdInput } from './schemas.ts';

/**
 * History from the audit trail, under the same rules as the records: whoever may see an
 * assessment sees its history (a department, that of the items it reviews).
 */
export const auditRouter = router({
  history: authedProcedure
    .input(
      z.object({
        assessmentId: IdInput,
        itemId: IdInput.optional(),
        limit: z.number().int().min(1).max(500).default(200),
      }),
    )
    .output(z.array(AuditEventSchema))
    .query(async ({ ctx, input }) => {
      const loaded = await loadAssessment(ctx.db, input.assessmentId);
      assertCanRead(ctx.actor, loaded);
      let events = await listAuditEvents(
        ctx.db,
        { assessmentId: input.assessmentId },
        { limit: 1000 },
      );
      const mine =
        ctx.actor.role === 'department'
          ? itemsReviewedBy(loaded.rubric, ctx.actor.departmentId ?? '')
          : null;
      if (input.itemId !== undefined) {
        if (mine && !mine.has(input.itemId)) {
          throw new DomainError('FORBIDDEN', {
            zh: '本部门不负责该项目',
            en: 'Your department does not review this item',
          });
        }
        const key = `${input.assessmentId}/${input.itemId}`;
        events = events.filter((e) => e.entityId === key || e.entityId.startsWith(`${key}/`));
      } else if (mine) {
        events = events.filter((e) => {
          const itemId = e.entityId.split('/')[1];
          return itemId === undefined || mine.has(itemId);
        });
      }
      // A unit does not read the departments' working notes before approval.
      if (ctx.actor.role === 'unit' && loaded.view.stage !== 'approved') {
        events = events.filter((e) => e.actorRole === 'unit' || e.entityType === 'assessment');
      }
      return events.slice(0, input.limit).map((e) => ({ ...e, id: Number(e.id) }));
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
