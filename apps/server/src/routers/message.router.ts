/**
 * 站内消息 (issue 15): the signed-in user's messages with their unread count, marking them
 * read, the 催办 to the overdue, and the admin's view of the email queue.
 */
import {
  countUnreadNotifications,
  listMailOutbox,
  listNotifications,
  MAIL_STATUSES,
  markAllNotificationsRead,
  markNotificationsRead,
  type Recipient,
} from '@kaohe/db';
import { zodMessage } from '@kaohe/domain';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { messageText, namesFor, remindOverdue } from '../services/message-service.ts';
import { authedProcedure, roleProcedure, router } from '../trpc.ts';
import { IdInput } from './schemas.ts';

const Text = z.object({ zh: z.string(), en: z.string() });

const MessageSchema = z.object({
  id: z.string(),
  kind: z.string(),
  text: Text,
  assessmentId: z.string().nullable(),
  createdAt: z.date(),
  read: z.boolean(),
});

const recipient = (ctx: Context & { actor: NonNullable<Context['actor']> }): Recipient => ({
  userId: ctx.actor.userId,
  unitId: ctx.actor.unitId,
  departmentId: ctx.actor.departmentId,
});

const PAGE_MAX = 200;

export const messageRouter = router({
  /** Newest first, a page at a time, with the unread count for the bell. */
  list: authedProcedure
    .input(
      z
        .object({
          unreadOnly: z.boolean().default(false),
          limit: z.number().int().min(1).max(PAGE_MAX).default(50),
          offset: z.number().int().min(0).max(1_000_000).default(0),
        })
        .default({ unreadOnly: false, limit: 50, offset: 0 }),
    )
    .output(
      z.object({ messages: z.array(MessageSchema), unread: z.number(), hasMore: z.boolean() }),
    )
    .query(async ({ ctx, input }) => {
      const rows = await listNotifications(ctx.db, recipient(ctx), {
        unreadOnly: input.unreadOnly,
        limit: input.limit + 1,
        offset: input.offset,
      });
      const page = rows.slice(0, input.limit);
      const names = await namesFor(
        ctx.db,
        page.map((n) => n.payload),
      );
      return {
        messages: page.map((n) => {
          const p = (n.payload ?? {}) as Record<string, unknown>;
          return {
            id: n.id,
            kind: n.kind,
            text: messageText(n.kind, n.payload, names),
            assessmentId: typeof p.assessmentId === 'string' ? p.assessmentId : null,
            createdAt: n.createdAt,
            read: n.readAt !== null,
          };
        }),
        unread: await countUnreadNotifications(ctx.db, recipient(ctx)),
        hasMore: rows.length > input.limit,
      };
    }),

  unreadCount: authedProcedure
    .output(z.number())
    .query(({ ctx }) => countUnreadNotifications(ctx.db, recipient(ctx))),

  /** Marks these read; ids of messages the user cannot see are ignored. */
  markRead: authedProcedure
    .input(z.object({ ids: z.array(IdInput).min(1).max(PAGE_MAX) }))
    .output(z.object({ unread: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const mine = await listNotifications(ctx.db, recipient(ctx), {
        limit: 500,
        unreadOnly: true,
      });
      const visible = new Set(mine.map((n) => n.id));
      await markNotificationsRead(
        ctx.db,
        ctx.actor.userId,
        input.ids.filter((id) => visible.has(id)),
      );
      return { unread: await countUnreadNotifications(ctx.db, recipient(ctx)) };
    }),

  markAllRead: authedProcedure
    .output(z.object({ marked: z.number() }))
    .mutation(async ({ ctx }) => ({
      marked: await markAllNotificationsRead(ctx.db, recipient(ctx)),
    })),

  /** 催办: remind the overdue of these assessments (services/message-service.ts `remindOverdue`). */
  remind: roleProcedure('admin', 'department')
    .input(
      z.object({
        assessmentIds: z
          .array(IdInput)
          .min(1, zodMessage({ zh: '请选择要催办的单位', en: 'choose whom to remind' }))
          .max(20_000),
        /** Only the units or only the departments of those assessments; default both. */
        to: z.enum(['unit', 'department']).optional(),
      }),
    )
    .output(z.object({ sent: z.number(), skipped: z.number() }))
    .mutation(({ ctx, input }) =>
      remindOverdue(
        ctx,
        { ...ctx.actor, displayName: ctx.user.displayName },
        input.assessmentIds,
        input.to,
      ),
    ),

  /** The admin's view of the email queue: each email's state, attempts and last error. */
  mailOutbox: roleProcedure('admin')
    .input(
      z
        .object({
          status: z.enum(MAIL_STATUSES).optional(),
          limit: z.number().int().min(1).max(PAGE_MAX).default(50),
          offset: z.number().int().min(0).max(10_000_000).default(0),
        })
        .default({ limit: 50, offset: 0 }),
    )
    .output(
      z.object({
        enabled: z.boolean(),
        total: z.number(),
        counts: z.record(z.enum(MAIL_STATUSES), z.number()),
        rows: z.array(
          z.object({
            id: z.string(),
            toAddress: z.string(),
            subject: z.string(),
            status: z.enum(MAIL_STATUSES),
            attempts: z.number(),
            nextAttemptAt: z.date(),
            lastError: z.string().nullable(),
            createdAt: z.date(),
            sentAt: z.date().nullable(),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const page = await listMailOutbox(ctx.db, input);
      return {
        enabled: ctx.config.smtpUrl !== null,
        total: page.total,
        counts: page.counts,
        rows: page.rows.map((r) => ({
          id: r.id,
          toAddress: r.toAddress,
          subject: r.subject,
          status: r.status,
          attempts: r.attempts,
          nextAttemptAt: r.nextAttemptAt,
          lastError: r.lastError,
          createdAt: r.createdAt,
          sentAt: r.sentAt,
        })),
      };
    }),
});
