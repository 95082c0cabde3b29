/**
 * 佐证材料 writes and the disk they take. Quotas (files per item, bytes per assessment)
 * are checked under the assessment's lock, the one a score save takes, so two parallel
 * uploads cannot both take the last slot, and no workflow step can slip between the
 * check and the insert. A deleted file's bytes leave the disk once the deletion has
 * committed, never before; what a crash leaves behind is swept at start.
 */
import {
  addEvidence,
  type DbOrTx,
  deleteEvidence,
  type Evidence,
  evidenceStoragePaths,
  evidenceUsage,
  getEvidence,
  inTransaction,
  type NewEvidenceInput,
} from '@kaohe/db';
import { type Actor, DomainError } from '@kaohe/domain';
import type { AppDeps } from '../context.ts';
import { assertAppealEvidenceAllowed } from './appeal-service.ts';
import { assertCanEdit, type LoadedHead, loadForItemSave } from './assessment-access.ts';
import type { StoredEntry } from './evidence-store.ts';

/** What the web's upload hint shows besides the accepted types (EVIDENCE_TYPES). */
export function evidenceLimits(config: AppDeps['config']) {
  return {
    maxFileBytes: config.uploadMaxBytes,
    maxFilesPerItem: config.evidenceMaxFilesPerItem,
    maxBytesPerAssessment: config.evidenceMaxBytesPerAssessment,
  };
}

export type EvidenceLimits = ReturnType<typeof evidenceLimits>;

/** "9.8KB", "500MB": sizes for messages (one decimal; not scores, so a float is fine). */
function size(bytes: number, space: string): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${Number(value.toFixed(1))}${space}${unit}`;
}

/**
 * Refuses (PAYLOAD_TOO_LARGE) a file the quotas have no room for. `sizeBytes` null is the
 * check before the upload is read: refused only when nothing more can fit.
 */
export async function assertEvidenceRoom(
  deps: Pick<AppDeps, 'config'>,
  db: DbOrTx,
  target: { assessmentId: string; itemId: string },
  sizeBytes: number | null,
): Promise<void> {
  const { evidenceMaxFilesPerItem: maxFiles, evidenceMaxBytesPerAssessment: maxBytes } =
    deps.config;
  const usage = await evidenceUsage(db, target);
  if (usage.itemFiles >= maxFiles) {
    throw new DomainError('PAYLOAD_TOO_LARGE', {
      zh: `每个项目最多上传${maxFiles}个佐证文件，该项目已有${usage.itemFiles}个；请先删除不需要的文件`,
      en: `An item takes at most ${maxFiles} evidence files and this one has ${usage.itemFiles}; delete one you no longer need first`,
    });
  }
  const needed = sizeBytes ?? 1;
  if (usage.assessmentBytes + needed > maxBytes) {
    const file = sizeBytes === null ? '' : `，本文件${size(sizeBytes, '')}`;
    const fileEn = sizeBytes === null ? '' : `; this file is ${size(sizeBytes, ' ')}`;
    throw new DomainError('PAYLOAD_TOO_LARGE', {
      zh: `本考核的佐证材料合计不能超过${size(maxBytes, '')}（已用${size(usage.assessmentBytes, '')}${file}）；请先删除不需要的文件或压缩后再上传`,
      en: `An assessment's evidence may total at most ${size(maxBytes, ' ')} (${size(usage.assessmentBytes, ' ')} used${fileEn}); delete files you no longer need or compress this one`,
    });
  }
}

/**
 * Records a stored file under the assessment's lock: the item must still be editable by
 * this actor and the quotas must have room, both decided inside the transaction.
 */
export function addEvidenceWithinQuota(
  deps: AppDeps,
  actor: Actor,
  input: NewEvidenceInput,
): Promise<Evidence> {
  return inTransaction(deps.db, async (trx) => {
    const loaded = await loadForItemSave(trx, input.assessmentId, input.itemId);
    await assertCanAddEvidence(deps, trx, actor, loaded, input.itemId);
    await assertEvidenceRoom(deps, trx, input, input.sizeBytes);
    return addEvidence(trx, actor, input);
  });
}

/**
 * The unit adds evidence while the item's self score is editable, and (issue 14) to an
 * item it appeals while its result is published and the period open.
 */
export async function assertCanAddEvidence(
  deps: Pick<AppDeps, 'now'>,
  db: DbOrTx,
  actor: Actor,
  loaded: LoadedHead,
  itemId: string,
): Promise<void> {
  if (loaded.view.stage === 'published') {
    await assertAppealEvidenceAllowed(deps, db, actor, loaded);
    return;
  }
  assertCanEdit(actor, loaded, { kind: 'selfScore', itemId });
}

export interface Warn {
  warn(details: object, message: string): void;
}

/**
 * Deletes under the assessment's lock (the item still editable), then, once that has
 * committed, removes the bytes. Had the transaction failed the file would still be
 * needed, so removal cannot happen inside it; that is why this owns its transaction. A
 * file that cannot be removed now (the disk's EACCES) is left to the next start's sweep.
 */
export async function deleteEvidenceAndFile(
  deps: AppDeps,
  actor: Actor,
  evidenceId: string,
  log: Warn,
): Promise<Evidence> {
  if (deps.db.isTransaction) {
    throw new Error(
      'deleteEvidenceAndFile removes the file after its own commit: not in a transaction',
    );
  }
  const row = await inTransaction(deps.db, async (trx) => {
    const current = await getEvidence(trx, evidenceId);
    if (!current || current.deletedAt) {
      throw new DomainError('NOT_FOUND', { zh: '找不到该文件', en: 'File not found' });
    }
    const loaded = await loadForItemSave(trx, current.assessmentId, current.itemId);
    assertCanEdit(actor, loaded, { kind: 'selfScore', itemId: current.itemId });
    return deleteEvidence(trx, actor, { evidenceId });
  });
  await deps.evidence
    .remove(row.storagePath)
    .catch((e: unknown) =>
      log.warn(
        { err: e, storagePath: row.storagePath },
        'deleted evidence file not removed; the sweep at the next start removes it',
      ),
    );
  return row;
}

/**
 * A file with no row may be an upload of another server process on the same folder
 * between writing the file and committing its row: left alone until it is this old.
 */
export const ORPHAN_MIN_AGE_MS = 60 * 60_000;

export interface SweepResult {
  /** Files removed: a deleted row's, or nobody's and older than ORPHAN_MIN_AGE_MS. */
  removed: StoredEntry[];
  /** Files nobody's that were left alone, and why. */
  skipped: { entry: StoredEntry; reason: 'recent' | 'empty database' }[];
}

/**
 * Removes from storage what no live row needs: the files of deleted rows (a removal that
 * failed after the commit), and files with no row at all (a crash between writing and
 * committing; a partial upload) once they are ORPHAN_MIN_AGE_MS old. A file of a row that
 * is not deleted is never touched. A database with no evidence rows at all, next to a
 * folder full of files, is taken for the wrong folder or database: nothing is removed.
 */
export async function sweepEvidence(
  deps: Pick<AppDeps, 'db' | 'evidence' | 'now'>,
  options: { minAgeMs?: number } = {},
): Promise<SweepResult> {
  const minAgeMs = options.minAgeMs ?? ORPHAN_MIN_AGE_MS;
  // The files first, then the rows: a row committed after the listing is then seen, and
  // a file written after the listing is not considered at all.
  const files = await deps.evidence.files();
  const rows = await evidenceStoragePaths(deps.db);
  const live = new Set<string>();
  const deleted = new Set<string>();
  for (const r of rows) (r.deleted ? deleted : live).add(r.storagePath);
  const now = deps.now().getTime();
  const result: SweepResult = { removed: [], skipped: [] };
  for (const entry of files) {
    if (live.has(entry.storagePath)) continue;
    if (!entry.partial && deleted.has(entry.storagePath)) {
      await deps.evidence.remove(entry.storagePath);
      result.removed.push(entry);
      continue;
    }
    if (rows.length === 0) {
      result.skipped.push({ entry, reason: 'empty database' });
    } else if (now - entry.modifiedAt.getTime() < minAgeMs) {
      result.skipped.push({ entry, reason: 'recent' });
    } else {
      await deps.evidence.remove(entry.storagePath);
      result.removed.push(entry);
    }
  }
  return result;
}
