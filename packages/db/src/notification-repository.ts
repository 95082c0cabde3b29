/**
 * Notifications to a user, or to every user of a unit or a department. They are a
 * consequence of audited actions (an item returned, a deadline near), not a record of
 * their own, so they are not audited; create them in the action's transaction.
 */
import { sql } from 'kysely';
import type { Notification } from './schema.ts';
import type { DbOrTx } from './transaction.ts';
import { type JsonValue, json } from './values.ts';

export type NotificationTarget = { userId: string } | { unitId: string } | { departmentId: string };

export interface NewNotification {
  target: NotificationTarget;
  /** What happened, for the message catalogue: 'item.returned', 'deadline.near' … */
  kind: string;
  payload: JsonValue;
  /**
   * A reminder's identity: a notification whose key was written before is skipped (not an
   * error), so a periodic job and a 催办 can be run again without repeating themselves.
   */
  dedupeKey?: string;
}

export async function createNotifications(
  db: DbOrTx,
  notifications: readonly NewNotification[],
): Promise<Notification[]> {
  if (notifications.length === 0) return [];
  return (
    db
      .insertInto('notifications')
      .values(
        notifications.map((n) => ({
          id: crypto.randomUUID(),
          userId: 'userId' in n.target ? n.target.userId : null,
          unitId: 'unitId' in n.target ? n.target.unitId : null,
          departmentId: 'departmentId' in n.target ? n.target.departmentId : null,
          kind: n.kind,
          payload: json(n.payload),
          dedupeKey: n.dedupeKey ?? null,
        })),
      )
      // Only the rows written come back: a skipped reminder sends no email either.
      .onConflict((oc) => oc.column('dedupeKey').where('dedupeKey', 'is not', null).doNothing())
      .returningAll()
      .execute()
  );
}

/** Whom a notification can reach: the user, and the unit or department they belong to. */
export interface Recipient {
  userId: string;
  unitId: string | null;
  departmentId: string | null;
}

export type UserNotification = Notification & { readAt: Date | null };

export async function listNotifications(
  db: DbOrTx,
  recipient: Recipient,
  options: { unreadOnly?: boolean; limit?: number; offset?: number } = {},
): Promise<UserNotification[]> {
  let q = db
    .selectFrom('notifications as n')
    .leftJoin('notificationReads as r', (j) =>
      j.onRef('r.notificationId', '=', 'n.id').on('r.userId', '=', recipient.userId),
    )
    .selectAll('n')
    .select('r.readAt')
    .where((eb) =>
      eb.or([
        eb('n.userId', '=', recipient.userId),
        ...(recipient.unitId ? [eb('n.unitId', '=', recipient.unitId)] : []),
        ...(recipient.departmentId ? [eb('n.departmentId', '=', recipient.departmentId)] : []),
      ]),
    );
  if (options.unreadOnly) q = q.where('r.readAt', 'is', null);
  return q
    .orderBy('n.createdAt', 'desc')
    .orderBy('n.id')
    .limit(Math.min(Math.max(options.limit ?? 50, 1), 500))
    .offset(Math.max(options.offset ?? 0, 0))
    .execute();
}

export async function countUnreadNotifications(db: DbOrTx, recipient: Recipient): Promise<number> {
  const row = await db
    .selectFrom('notifications as n')
    .select(sql<number>`count(*)`.as('n'))
    .where((eb) =>
      eb.or([
        eb('n.userId', '=', recipient.userId),
        ...(recipient.unitId ? [eb('n.unitId', '=', recipient.unitId)] : []),
        ...(recipient.departmentId ? [eb('n.departmentId', '=', recipient.departmentId)] : []),
      ]),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('notificationReads as r')
            .select('r.userId')
            .whereRef('r.notificationId', '=', 'n.id')
            .where('r.userId', '=', recipient.userId),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks notifications read for this user; marking one twice keeps the first time. */
export async function markNotificationsRead(
  db: DbOrTx,
  userId: string,
  notificationIds: readonly string[],
): Promise<void> {
  if (notificationIds.length === 0) return;
  await db
    .insertInto('notificationReads')
    .values(notificationIds.map((notificationId) => ({ notificationId, userId })))
    .onConflict((oc) => oc.columns(['notificationId', 'userId']).doNothing())
    .execute();
}

/** Marks every notification this recipient can see read ("全部已读"); returns how many. */
export async function markAllNotificationsRead(db: DbOrTx, recipient: Recipient): Promise<number> {
  const { rows } = await sql<{ notificationId: string }>`
    insert into notification_reads (notification_id, user_id)
    select n.id, ${recipient.userId} from notifications n
    where (n.user_id = ${recipient.userId}
      or (${recipient.unitId}::text is not null and n.unit_id = ${recipient.unitId})
      or (${recipient.departmentId}::text is not null and n.department_id = ${recipient.departmentId}))
    on conflict (notification_id, user_id) do nothing
    returning notification_id`.execute(db);
  return rows.length;
}

/** The active users a notification reaches, with their email (for the email copies). */
export async function notificationRecipients(
  db: DbOrTx,
  target: NotificationTarget,
): Promise<Array<{ id: string; email: string | null }>> {
  let q = db.selectFrom('users').select(['id', 'email']).where('active', '=', true);
  if ('userId' in target) q = q.where('id', '=', target.userId);
  else if ('unitId' in target) q = q.where('unitId', '=', target.unitId);
  else q = q.where('departmentId', '=', target.departmentId);
  return q.orderBy('id').execute();
}
