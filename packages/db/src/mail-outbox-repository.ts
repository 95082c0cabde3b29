/**
 * The email queue (migrations/0013-messages-mail.ts). Rows are written in the transaction
 * of the message they copy, so an email exists exactly when its message committed. A
 * sender claims due rows by moving them pending → sending with `for update skip locked`:
 * two server processes on one PostgreSQL never claim the same row, and a claim that
 * outlives its process (a crash mid-send) expires and is retried.
 */
import { sql } from 'kysely';
import type { MailOutboxRow, MailStatus } from './schema.ts';
import type { DbOrTx } from './transaction.ts';

export interface NewMail {
  notificationId?: string | null;
  userId?: string | null;
  toAddress: string;
  subject: string;
  body: string;
}

export async function enqueueMail(db: DbOrTx, mails: readonly NewMail[], now: Date): Promise<void> {
  if (mails.length === 0) return;
  await db
    .insertInto('mailOutbox')
    .values(
      mails.map((m) => ({
        id: crypto.randomUUID(),
        notificationId: m.notificationId ?? null,
        userId: m.userId ?? null,
        toAddress: m.toAddress,
        subject: m.subject,
        body: m.body,
        nextAttemptAt: now,
        createdAt: now,
      })),
    )
    .execute();
}

/**
 * Claims up to `limit` rows due at `now`: pending ones whose next attempt has come, and
 * sending ones whose claim expired. Each claim counts as an attempt.
 */
export async function claimDueMail(
  db: DbOrTx,
  options: { now: Date; limit: number; claimMs: number },
): Promise<MailOutboxRow[]> {
  const claimedUntil = new Date(options.now.getTime() + options.claimMs);
  const { rows } = await sql<MailOutboxRow>`
    update mail_outbox m set status = 'sending', claimed_until = ${claimedUntil},
      attempts = m.attempts + 1
    where m.id in (
      select id from mail_outbox
      where (status = 'pending' and next_attempt_at <= ${options.now})
         or (status = 'sending' and claimed_until < ${options.now})
      order by next_attempt_at, id
      limit ${options.limit}
      for update skip locked)
    returning m.id, m.notification_id as "notificationId", m.user_id as "userId",
      m.to_address as "toAddress", m.subject, m.body, m.status, m.attempts,
      m.next_attempt_at as "nextAttemptAt", m.claimed_until as "claimedUntil",
      m.last_error as "lastError", m.created_at as "createdAt", m.sent_at as "sentAt"`.execute(db);
  return rows;
}

/** Sent: only a row still claimed by this attempt moves (a late answer after expiry still counts once). */
export async function markMailSent(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db
    .updateTable('mailOutbox')
    .set({ status: 'sent', sentAt: at, claimedUntil: null, lastError: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** A failed attempt: back to pending at `retryAt`, or failed for good when `retryAt` is null. */
export async function markMailAttemptFailed(
  db: DbOrTx,
  id: string,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .updateTable('mailOutbox')
    .set({
      status: retryAt ? 'pending' : 'failed',
      ...(retryAt ? { nextAttemptAt: retryAt } : {}),
      claimedUntil: null,
      lastError: error.slice(0, 1000),
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** Sends a failed email again from the start (the admin's 重试). */
export async function retryMail(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('mailOutbox')
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface MailPage {
  rows: Array<Omit<MailOutboxRow, 'body'>>;
  total: number;
  counts: Record<MailStatus, number>;
}

export async function listMailOutbox(
  db: DbOrTx,
  filter: { status?: MailStatus; limit: number; offset: number },
): Promise<MailPage> {
  let q = db.selectFrom('mailOutbox');
  if (filter.status) q = q.where('status', '=', filter.status);
  const rows = await q
    .select([
      'id',
      'notificationId',
      'userId',
      'toAddress',
      'subject',
      'status',
      'attempts',
      'nextAttemptAt',
      'claimedUntil',
      'lastError',
      'createdAt',
      'sentAt',
    ])
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const byStatus = await db
    .selectFrom('mailOutbox')
    .select(['status', sql<number>`count(*)`.as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<MailStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const r of byStatus) counts[r.status] = Number(r.n);
  const total = filter.status
    ? counts[filter.status]
    : Object.values(counts).reduce((a, b) => a + b, 0);
  return { rows, total, counts };
}
