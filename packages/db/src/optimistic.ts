/**
 * Optimistic concurrency, one way: read the row, refuse if its version is not the one
 * the caller saw, then `UPDATE … WHERE version = expected RETURNING *`. If that updates
 * nothing (someone committed in between), the caller gets CONFLICT with the row as it
 * now is, and since the error aborts the transaction, nothing is written or audited.
 */
import type { LocalizedText } from '@kaohe/domain';
import { conflict, conflictOrNotFound, notFound } from './errors.ts';

export interface VersionedUpdate<R extends { version: number }> {
  what: LocalizedText;
  id: string;
  expectedVersion: number;
  read: () => Promise<R | undefined>;
  /** The update, guarded by `version = expectedVersion` and bumping it. */
  update: () => Promise<R | undefined>;
  /** What the CONFLICT error carries as `current` (default: the row itself). */
  view?: (row: R) => unknown;
}

/** Returns the row before and after. The read before is the audit's `before`: a row with
 * the expected version has exactly the content the caller saw, since every write bumps it. */
export async function updateVersioned<R extends { version: number }>(
  u: VersionedUpdate<R>,
): Promise<{ before: R; after: R }> {
  const view = u.view ?? ((r: R) => r);
  const before = await u.read();
  if (before === undefined) throw notFound(u.what, u.id);
  if (before.version !== u.expectedVersion) throw conflict(view(before));
  const after = await u.update();
  if (after === undefined) {
    const current = await u.read();
    throw conflictOrNotFound(current === undefined ? undefined : view(current), u.what, u.id);
  }
  return { before, after };
}
