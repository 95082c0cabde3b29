/**
 * Denied attempts (FORBIDDEN, UNAUTHENTICATED), for the administrator: who tried which
 * procedure on what, when, and why it was refused. Written outside any transaction, after
 * the refused one has rolled back, so a refusal changes no business data; and never
 * blocking: a failure to record is reported to the caller's logger, not to the user.
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, SecurityEventTable } from './schema.ts';

export type SecurityEvent = Selectable<SecurityEventTable>;
export type NewSecurityEvent = Omit<Insertable<SecurityEventTable>, 'id'>;

/** Text columns are cut to this length: an attacker chooses what goes in them. */
const MAX_TEXT = 500;

const cut = (text: string | null | undefined): string | null =>
  text == null ? null : text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;

export async function recordSecurityEvent(
  db: Kysely<Database>,
  event: NewSecurityEvent,
): Promise<void> {
  await db
    .insertInto('securityEvent')
    .values({
      ...(event.at === undefined ? {} : { at: event.at }),
      actorUserId: cut(event.actorUserId),
      actorRole: cut(event.actorRole),
      procedure: cut(event.procedure) ?? '',
      targetId: cut(event.targetId),
      code: cut(event.code) ?? '',
      reason: cut(event.reason) ?? '',
      ip: cut(event.ip),
    })
    .execute();
}

export interface SecurityEventFilter {
  actorUserId?: string;
  code?: string;
  /** Newest first; at most this many (default 100, at most 1000). */
  limit?: number;
  /** For the next page: events older than this id. */
  beforeId?: number;
}

/** Denied attempts, newest first. */
export async function listSecurityEvents(
  db: Kysely<Database>,
  filter: SecurityEventFilter = {},
): Promise<SecurityEvent[]> {
  let q = db.selectFrom('securityEvent').selectAll();
  if (filter.actorUserId !== undefined) q = q.where('actorUserId', '=', filter.actorUserId);
  if (filter.code !== undefined) q = q.where('code', '=', filter.code);
  if (filter.beforeId !== undefined) q = q.where('id', '<', filter.beforeId);
  const limit = Math.min(Math.max(filter.limit ?? 100, 1), 1000);
  const rows = await q.orderBy('id', 'desc').limit(limit).execute();
  // bigint identity: a string on pg, a number on PGlite.
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
