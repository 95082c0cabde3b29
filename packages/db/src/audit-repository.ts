import type { Actor } from '@kaohe/domain';
import type { Transaction } from 'kysely';
import type { AuditEvent, Database, DbOrTx } from './schema.ts';
import { type JsonValue, json } from './values.ts';

export interface AuditEntry {
  /** A verb on a resource, as the procedures name them: 'itemScore.saveSelfScore'. */
  action: string;
  entityType: string;
  entityId: string;
  /** Set for everything that belongs to one assessment, so its history is one query. */
  assessmentId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** The fields of a row that an audit event records, in the order given. */
export function auditFields<T, const K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;
}

/** The audit event of a change to a record of one assessment (a file, an award, a bar, an appeal). */
export function recordAudit(
  entityType: string,
  action: string,
  row: { id: string; assessmentId: string },
  change: Pick<AuditEntry, 'before' | 'after' | 'reason'>,
): AuditEntry {
  return { action, entityType, entityId: row.id, assessmentId: row.assessmentId, ...change };
}

/** Rows per INSERT: 11 parameters each stays far below PostgreSQL's 65,535. */
const CHUNK = 1000;

/** Appends audit events. Called by `withAudit` only: an event commits with its change. */
export async function appendAuditEvents(
  trx: Transaction<Database>,
  actor: Actor,
  entries: readonly AuditEntry[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += CHUNK) {
    await trx
      .insertInto('auditEvents')
      .values(
        entries.slice(i, i + CHUNK).map((e) => ({
          actorUserId: actor.userId,
          actorRole: actor.role,
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          assessmentId: e.assessmentId ?? null,
          before: e.before === undefined ? null : json(toJson(e.before)),
          after: e.after === undefined ? null : json(toJson(e.after)),
          reason: e.reason ?? null,
        })),
      )
      .execute();
  }
}

/** Dates become ISO text, undefined fields disappear: what JSON.stringify does, typed. */
function toJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as JsonValue;
}

export type AuditFilter =
  | { entityType: string; entityId: string }
  | { assessmentId: string }
  | { actorUserId: string };

export interface AuditPage {
  /** Newest first; at most this many (default 100, at most 1000). */
  limit?: number;
  /** For the next page: events older than this id. */
  beforeId?: number;
}

/** An entity's (or an assessment's, or a user's) history, newest first. */
export async function listAuditEvents(
  db: DbOrTx,
  filter: AuditFilter,
  page: AuditPage = {},
): Promise<AuditEvent[]> {
  let q = db.selectFrom('auditEvents').selectAll();
  if ('assessmentId' in filter) q = q.where('assessmentId', '=', filter.assessmentId);
  else if ('actorUserId' in filter) q = q.where('actorUserId', '=', filter.actorUserId);
  else q = q.where('entityType', '=', filter.entityType).where('entityId', '=', filter.entityId);
  if (page.beforeId !== undefined) q = q.where('id', '<', page.beforeId);
  const limit = Math.min(Math.max(page.limit ?? 100, 1), 1000);
  return q.orderBy('id', 'desc').limit(limit).execute();
}
