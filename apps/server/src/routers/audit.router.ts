import { auditLog, listHistory, listSecurityEvents } from '@kaohe/db';
import { DomainError, listResultSchema } from '@kaohe/domain';
import { z } from 'zod';
import { assertCanRead, historyViewer, loadAssessment } from '../services/assessment-access.ts';
import { AUDIT_ACTION_LABELS, AuditLogQuerySchema, actionLabel } from '../services/audit-log.ts';
import { historyEventDto } from '../services/history.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';
import { HistoryPageSchema, IdInput } from './schemas.ts';

/**
 * History from the audit trail: whoever may read an assessment reads of its history what
 * the visibility table (HISTORY_VISIBILITY in @kaohe/db, decision 015) gives their role,
 * filtered and paged by the database, newest first.
 */
const LocalizedText = z.object({ zh: z.string(), en: z.string() });

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

  /**
   * The administrator's audit log (issue 15): audit events and refused attempts together,
   * newest first, filtered by who, what, unit and time, one page at a time.
   */
  log: roleProcedure('admin')
    .input(AuditLogQuerySchema)
    .output(
      listResultSchema(
        z.object({
          key: z.string(),
          kind: z.enum(['audit', 'security']),
          id: z.number(),
          at: z.date(),
          action: z.string(),
          actionLabel: LocalizedText,
          actorUserId: z.string().nullable(),
          actorRole: z.string().nullable(),
          actorUsername: z.string().nullable(),
          actorName: z.string().nullable(),
          entityType: z.string().nullable(),
          entityId: z.string().nullable(),
          assessmentId: z.string().nullable(),
          unitId: z.string().nullable(),
          unitName: z.string().nullable(),
          reason: z.string().nullable(),
          procedure: z.string().nullable(),
          ip: z.string().nullable(),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      const page = await auditLog(ctx.db, input);
      return {
        total: page.total,
        rows: page.rows.map((r) => ({
          ...r,
          key: `${r.kind}-${r.id}`,
          actionLabel: actionLabel(r.action),
        })),
      };
    }),

  /** The actions the log's filter offers, in words. */
  logActions: roleProcedure('admin')
    .output(z.array(z.object({ action: z.string(), label: LocalizedText })))
    .query(() => Object.entries(AUDIT_ACTION_LABELS).map(([action, label]) => ({ action, label }))),
});
