/**
 * The only way to write: `withAudit` runs the work and appends its audit events in one
 * transaction, so a change and its record commit together or not at all. Given a
 * transaction it joins it, which lets the server compose several writes (a workflow
 * step and the score it records) into one commit.
 */
import type { Actor } from '@kaohe/domain';
import type { Transaction } from 'kysely';
import { type AuditEntry, appendAuditEvents } from './audit-repository.ts';
import { translateDbError } from './errors.ts';
import type { Database, DbOrTx } from './schema.ts';

export type { DbOrTx };

/** The actor for changes nobody made by hand: first start, seeding, imports. */
export const SYSTEM_ACTOR: Actor = {
  userId: 'system',
  role: 'admin',
  unitId: null,
  departmentId: null,
};

/**
 * Runs `work` in a transaction, joining `db` if it already is one. Known constraint
 * violations come out as DomainErrors (errors.ts). For reads that must be consistent and
 * for bookkeeping that is not audited; a change of record goes through `withAudit`.
 */
export async function inTransaction<T>(
  db: DbOrTx,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  try {
    if (db.isTransaction) return await work(db as Transaction<Database>);
    return await db.transaction().execute(work);
  } catch (e) {
    throw translateDbError(e);
  }
}

export interface Audited<T> {
  result: T;
  /** What happened. Empty only when the write changed nothing (an upsert of equal rows). */
  audit: AuditEntry | readonly AuditEntry[];
}

/** Runs a write and records it, in one transaction. See the file comment. */
export function withAudit<T>(
  db: DbOrTx,
  actor: Actor,
  work: (trx: Transaction<Database>) => Promise<Audited<T>>,
): Promise<T> {
  return inTransaction(db, async (trx) => {
    const { result, audit } = await work(trx);
    await appendAuditEvents(trx, actor, Array.isArray(audit) ? audit : [audit as AuditEntry]);
    return result;
  });
}
