/**
 * `pnpm kaohe db verify FILE`: is this backup one we could live from? It is restored into
 * a scratch database (PGlite in a temporary folder, removed after), which checks what a
 * real restore checks — the schema's migrations, every row through the constraints, each
 * table's row count against the end line, every evidence file's bytes against its
 * sha-256 (read and hashed, written nowhere) and that every live row's file is there —
 * then the database is migrated to the latest and every table counted again, and every kept
 * total is recomputed from its item scores (`db check`, issue 17).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sql } from 'kysely';
import { type RestoreSummary, restoreDatabase } from './backup.ts';
import { createDb } from './client.ts';
import { appliedMigrations } from './migrate.ts';
import { checkTotals, type TotalsDifference } from './totals-repository.ts';

export interface VerifySummary extends RestoreSummary {
  /** Migrations of the scratch database after the restore (the latest). */
  migrations: string[];
  /** Rows counted in the scratch database, per table: the same as the backup's. */
  counted: Array<{ name: string; rows: number }>;
  /** Kept totals that differ from their item scores in the restored data: none in a sound backup. */
  totalsDifferences: TotalsDifference[];
}

export async function verifyBackup(file: string): Promise<VerifySummary> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-verify-'));
  try {
    const handle = await createDb({ dataDir: path.join(dir, 'pglite') });
    try {
      const restored = await restoreDatabase(handle.db, file);
      const counted: VerifySummary['counted'] = [];
      for (const t of restored.tables) {
        const { rows } = await sql<{ n: number | string }>`
          select count(*) as n from ${sql.id(t.name)}`.execute(handle.db);
        counted.push({ name: t.name, rows: Number(rows[0]?.n ?? 0) });
      }
      const migrations = await appliedMigrations(handle.db);
      const totalsDifferences = await checkTotals(handle.db);
      return { ...restored, migrations, counted, totalsDifferences };
    } finally {
      await handle.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
