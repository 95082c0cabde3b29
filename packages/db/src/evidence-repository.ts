/**
 * 佐证材料: metadata of uploaded files. The bytes live in storage the server manages;
 * a deletion is soft, so the trail can still name what was removed.
 */
import type { Actor } from '@kaohe/domain';
import { recordAudit } from './audit-repository.ts';
import { conflictOrNotFound, ENTITY } from './errors.ts';
import type { Evidence } from './schema.ts';
import { type DbOrTx, withAudit } from './transaction.ts';

/** A file as uploaded: who uploaded it and when are the actor's and the database's. */
export type NewEvidenceInput = Omit<
  Evidence,
  'id' | 'uploadedBy' | 'uploadedAt' | 'deletedAt' | 'deletedBy'
>;

export function addEvidence(db: DbOrTx, actor: Actor, input: NewEvidenceInput): Promise<Evidence> {
  return withAudit(db, actor, async (trx) => {
    const row = await trx
      .insertInto('evidence')
      .values({ id: crypto.randomUUID(), ...input, uploadedBy: actor.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      result: row,
      audit: recordAudit('evidence', 'evidence.add', row, {
        after: row,
      }),
    };
  });
}

export async function listEvidence(
  db: DbOrTx,
  filter: { assessmentId: string; itemId?: string; includeDeleted?: boolean },
): Promise<Evidence[]> {
  let q = db.selectFrom('evidence').selectAll().where('assessmentId', '=', filter.assessmentId);
  if (filter.itemId !== undefined) q = q.where('itemId', '=', filter.itemId);
  if (!filter.includeDeleted) q = q.where('deletedAt', 'is', null);
  return q.orderBy('uploadedAt').orderBy('id').execute();
}

export function getEvidence(db: DbOrTx, id: string): Promise<Evidence | undefined> {
  return db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
}

export function deleteEvidence(
  db: DbOrTx,
  actor: Actor,
  input: { evidenceId: string; reason?: string },
): Promise<Evidence> {
  return withAudit(db, actor, async (trx) => {
    const row = await trx
      .updateTable('evidence')
      .set({ deletedAt: new Date(), deletedBy: actor.userId })
      .where('id', '=', input.evidenceId)
      .where('deletedAt', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const current = await getEvidence(trx, input.evidenceId);
      throw conflictOrNotFound(current, ENTITY.evidence, input.evidenceId);
    }
    return {
      result: row,
      audit: recordAudit('evidence', 'evidence.delete', row, {
        before: { ...row, deletedAt: null, deletedBy: null },
        after: row,
        reason: input.reason ?? null,
      }),
    };
  });
}

export interface EvidenceUsage {
  /** Live files of the item. */
  itemFiles: number;
  /** Bytes of the live files of the whole assessment. */
  assessmentBytes: number;
}

/** What the quotas count: files not deleted (a deleted file's bytes leave the disk). */
export async function evidenceUsage(
  db: DbOrTx,
  target: { assessmentId: string; itemId: string },
): Promise<EvidenceUsage> {
  const row = await db
    .selectFrom('evidence')
    .select((eb) => [
      eb.fn.countAll().filterWhere('itemId', '=', target.itemId).as('itemFiles'),
      eb.fn.coalesce(eb.fn.sum('sizeBytes'), eb.lit(0)).as('assessmentBytes'),
    ])
    .where('assessmentId', '=', target.assessmentId)
    .where('deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  // count(*) is a number on PGlite and a string on pg; sum(bigint) is numeric, a string on both.
  return { itemFiles: Number(row.itemFiles), assessmentBytes: Number(row.assessmentBytes) };
}

/** Every stored file the database knows, and whether its row is deleted: for the sweep. */
export async function evidenceStoragePaths(
  db: DbOrTx,
): Promise<Array<{ storagePath: string; deleted: boolean }>> {
  const rows = await db.selectFrom('evidence').select(['storagePath', 'deletedAt']).execute();
  return rows.map((r) => ({ storagePath: r.storagePath, deleted: r.deletedAt !== null }));
}
