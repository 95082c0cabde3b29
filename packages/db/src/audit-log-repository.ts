/**
 * The administrator's audit log (issue 15): every audit event and every refused attempt
 * (security_event) in one list, newest first, filtered by who (account or name), what
 * (the action; a refusal's is `security.<CODE>`), the unit concerned and a time range,
 * one page at a time over a stable order (time, then kind, then id).
 *
 * The unit an event concerns: the assessed unit of an assessment's event, the unit itself
 * of a unit's, else the acting account's unit.
 */
import type { ListResult } from '@kaohe/domain';
import { type RawBuilder, sql } from 'kysely';
import { limitOffset, matchesTerm, type PageRequest } from './search.ts';
import type { DbOrTx } from './transaction.ts';

export const SECURITY_ACTION_PREFIX = 'security.';

export interface AuditLogFilter {
  /** Part of the actor's account or name. */
  q?: string | undefined;
  /** One action: 'itemScore.saveSelfScore', or 'security.FORBIDDEN' for refusals. */
  action?: string | undefined;
  /** Part of the unit's name or code. */
  unit?: string | undefined;
  /** From this moment (inclusive) … */
  from?: Date | undefined;
  /** … up to this moment (exclusive). */
  to?: Date | undefined;
}

export interface AuditLogRow {
  kind: 'audit' | 'security';
  id: number;
  at: Date;
  action: string;
  actorUserId: string | null;
  actorRole: string | null;
  actorUsername: string | null;
  actorName: string | null;
  entityType: string | null;
  entityId: string | null;
  assessmentId: string | null;
  unitId: string | null;
  unitName: string | null;
  /** A person's words (a return's reason) or the refusal's reason. */
  reason: string | null;
  /** A refused attempt's procedure and address. */
  procedure: string | null;
  ip: string | null;
}

/** Both tables as one, with the actor and the unit joined; `where` picks the rows. */
function unioned(f: AuditLogFilter): RawBuilder<unknown> {
  const time = (column: RawBuilder<unknown>) =>
    sql.join(
      [
        sql`true`,
        ...(f.from ? [sql`${column} >= ${f.from}`] : []),
        ...(f.to ? [sql`${column} < ${f.to}`] : []),
      ],
      sql` and `,
    );
  const wantAudit = !f.action?.startsWith(SECURITY_ACTION_PREFIX);
  const wantSecurity = !f.action || f.action.startsWith(SECURITY_ACTION_PREFIX);
  const parts: RawBuilder<unknown>[] = [];
  if (wantAudit) {
    parts.push(sql`
      select 'audit' as kind, e.id, e.at, e.action, e.actor_user_id, e.actor_role,
             e.entity_type, e.entity_id, e.assessment_id,
             coalesce(a.unit_id, case when e.entity_type = 'unit' then e.entity_id end,
                      actor.unit_id) as unit_id,
             e.reason, null::text as procedure, null::text as ip
      from audit_events e
      left join assessments a on a.id = e.assessment_id
      left join users actor on actor.id = e.actor_user_id
      where ${time(sql.ref('e.at'))}
      ${f.action ? sql`and e.action = ${f.action}` : sql``}`);
  }
  if (wantSecurity) {
    parts.push(sql`
      select 'security' as kind, s.id, s.at, ${SECURITY_ACTION_PREFIX} || s.code as action,
             s.actor_user_id, s.actor_role, null as entity_type, s.target_id as entity_id,
             null as assessment_id, actor.unit_id, s.reason, s.procedure, s.ip
      from security_event s
      left join users actor on actor.id = s.actor_user_id
      where ${time(sql.ref('s.at'))}
      ${f.action ? sql`and s.code = ${f.action.slice(SECURITY_ACTION_PREFIX.length)}` : sql``}`);
  }
  return sql`
    select l.kind, l.id, l.at, l.action, l.actor_user_id, l.actor_role,
           u.username as actor_username, u.display_name as actor_name,
           l.entity_type, l.entity_id, l.assessment_id, l.unit_id, un.name as unit_name,
           l.reason, l.procedure, l.ip
    from (${sql.join(parts, sql` union all `)}) l
    left join users u on u.id = l.actor_user_id
    left join units un on un.id = l.unit_id
    where ${matchesTerm([sql.ref('u.username'), sql.ref('u.display_name')], f.q)}
      and ${matchesTerm([sql.ref('un.name'), sql.ref('l.unit_id')], f.unit)}`;
}

type RawRow = Omit<AuditLogRow, 'id'> & { id: number | string };
const toRow = (r: RawRow): AuditLogRow => ({ ...r, id: Number(r.id), at: new Date(r.at) });

/** One page of the log, newest first, with the count of all events that match. */
export async function auditLog(
  db: DbOrTx,
  f: AuditLogFilter & PageRequest,
): Promise<ListResult<AuditLogRow>> {
  const { limit, offset } = limitOffset(f);
  // One after the other: `db` may be a PGlite transaction, which runs one query at a time.
  const { rows } = await sql<RawRow>`
    select * from (${unioned(f)}) log
    order by at desc, kind, id desc
    limit ${limit} offset ${offset}`.execute(db);
  const count = await sql<{ n: number | string }>`
    select count(*) as n from (${unioned(f)}) log`.execute(db);
  return { rows: rows.map(toRow), total: Number(count.rows[0]?.n ?? 0) };
}

/** Every event that matches, newest first, in batches (for the export). */
export async function* auditLogAll(
  db: DbOrTx,
  f: AuditLogFilter,
  batch = 5000,
): AsyncGenerator<AuditLogRow[]> {
  for (let page = 1; ; page++) {
    const { rows } = await sql<RawRow>`
      select * from (${unioned(f)}) log
      order by at desc, kind, id desc
      limit ${batch} offset ${(page - 1) * batch}`.execute(db);
    if (rows.length > 0) yield rows.map(toRow);
    if (rows.length < batch) return;
  }
}
