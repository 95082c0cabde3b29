/**
 * The database a CLI suite runs `kaohe` on (testing/kaohe.ts), once per engine: a PGlite data
 * folder in a temporary folder, or a fresh PostgreSQL database when TEST_DATABASE_URL is set.
 * Empty (not migrated) unless the suite seeds it; a seed runs on the migrated database before
 * the CLI opens it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DbOrTx, type DecimalText, migrateToLatest } from '@kaohe/db';
import { createDb, type DbHandle } from '@kaohe/db/client';
import { createTestDb, TEST_DATABASE_URL, type TestDb } from '@kaohe/db/testing';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Where } from './kaohe.ts';

export type CliEngine = 'pglite' | 'postgres';

/** `suite` under `name [pglite]`, and under `name [postgres]` when TEST_DATABASE_URL is set. */
export function describeEachCliEngine(name: string, suite: (engine: CliEngine) => void): void {
  describe(`${name} [pglite]`, () => suite('pglite'));
  describe.skipIf(!TEST_DATABASE_URL)(`${name} [postgres]`, () => suite('postgres'));
}

export interface CliDatabase {
  /** The suite's temporary folder (the data folder is `tmp/data`). */
  readonly tmp: string;
  /** Where `kaohe` runs. */
  readonly where: Where;
  /** Opens the database between CLI runs (PGlite opens in one process at a time). */
  inspect<T>(work: (handle: DbHandle) => Promise<T>): Promise<T>;
  /** Writes a file into the temporary folder; its path. */
  file(name: string, content: string | Buffer): Promise<string>;
}

/**
 * Sets up the suite's database before its tests (vitest hooks) and removes it after them.
 * `name` tells the temporary folder and database apart (letters and `_` only).
 */
export function useCliDatabase(
  engine: CliEngine,
  name: string,
  seed?: (db: DbHandle['db']) => Promise<void>,
): CliDatabase {
  let tmp = '';
  let where: Where = { dataDir: '' };
  let pg: TestDb | undefined;
  const inspect = async <T>(work: (handle: DbHandle) => Promise<T>): Promise<T> => {
    if (pg) return work(pg.handle);
    const handle = await createDb({ dataDir: join(where.dataDir, 'pglite') });
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  };

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), `kaohe-cli-${name}-`));
    where = { dataDir: join(tmp, 'data') };
    if (engine === 'postgres') {
      pg = await createTestDb('postgres', { prefix: `kaohe_cli_${name}`, migrate: false });
      where.databaseUrl = pg.url!;
    }
    if (seed) {
      await inspect(async (handle) => {
        await migrateToLatest(handle.db);
        await seed(handle.db);
      });
    }
  }, 120_000);
  afterAll(async () => {
    await pg?.dispose();
    await rm(tmp, { recursive: true, force: true });
  });

  return {
    get tmp() {
      return tmp;
    },
    get where() {
      return where;
    },
    inspect,
    file: async (name, content) => {
      const path = join(tmp, name);
      await writeFile(path, content);
      return path;
    },
  };
}

/** Full marks on every item of an assessment, self-scored and reviewed. */
export async function fullMarks(db: DbOrTx, assessmentId: string): Promise<void> {
  await db
    .updateTable('itemScores')
    // A column reference, typed as the decimal it holds.
    .set((eb) => {
      const base = eb.ref('baseScore') as unknown as DecimalText;
      return { selfScore: base, reviewScore: base };
    })
    .where('assessmentId', '=', assessmentId)
    .execute();
}
