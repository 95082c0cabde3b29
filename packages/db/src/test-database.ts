/**
 * Throwaway databases for tests and the benchmark (no vitest here, so plain scripts can
 * use it). PostgreSQL gets a fresh database created through the URL and dropped after.
 * A migrated PGlite starts from a dumped template instead of initdb (migratedPgliteTemplate).
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PGliteDialect } from 'kysely';
import pg from 'pg';
import { createDb, type DbHandle, type Engine } from './client.ts';
import { migrateToLatest } from './migrate.ts';
import type { Database } from './schema.ts';

const randomSuffix = () => Math.random().toString(36).slice(2, 10);

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export interface TestDb {
  handle: DbHandle;
  /** PostgreSQL: the URL of this database; null for PGlite. */
  url: string | null;
  /** Closes the database and, for PostgreSQL, drops it. */
  dispose(): Promise<void>;
}

/** A fresh database on one engine, migrated unless `migrate: false`. */
export async function createTestDb(
  engine: Engine,
  options: { databaseUrl?: string; prefix?: string; migrate?: boolean } = {},
): Promise<TestDb> {
  const migrate = options.migrate ?? true;
  if (engine === 'pglite') {
    const pgliteTemplate = migrate ? await migratedPgliteTemplate() : undefined;
    const handle = await createDb({ dataDir: 'memory://', pgliteTemplate });
    return { handle, url: null, dispose: () => handle.close() };
  }
  const adminUrl = options.databaseUrl ?? TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${options.prefix ?? 'kaohe_t'}_${randomSuffix()}`;
  const adminQuery = (text: string) => runOnce(adminUrl, text);
  await adminQuery(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let handle: DbHandle;
  try {
    handle = await createDb({ databaseUrl: url.toString(), poolSize: 12 });
    if (migrate) await migrateToLatest(handle.db);
  } catch (e) {
    await adminQuery(`drop database if exists ${name} with (force)`);
    throw e;
  }
  return {
    handle,
    url: url.toString(),
    dispose: async () => {
      await handle.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

async function runOnce(connectionString: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const MIGRATIONS = fileURLToPath(new URL('./migrations/', import.meta.url));
let template: Promise<Uint8Array> | undefined;

/**
 * A migrated PGlite data folder as PGlite dumps it (`dumpDataDir`). A database opened from
 * it is ready in about 0.3 s (0.65 s in a worker thread); initdb and the migrations took
 * 1.9 s, and nearly every database test file opens one. Made once for each set of
 * migrations and PGlite version (the file's name holds a hash of both) and kept in the
 * system's temporary folder; a process that finds it missing makes it, and the last one to
 * finish renames its copy into place.
 */
function migratedPgliteTemplate(): Promise<Uint8Array> {
  template ??= (async () => {
    const hash = createHash('sha256');
    // pnpm's folder names the version: …/@electric-sql+pglite@0.5.16/…
    hash.update(realpathSync(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
    for (const name of (await readdir(MIGRATIONS)).sort()) {
      hash.update(name).update(await readFile(join(MIGRATIONS, name)));
    }
    const folder = join(tmpdir(), 'kaohe-test-templates');
    const file = join(folder, `pglite-${hash.digest('hex').slice(0, 16)}.tar`);
    const kept = await readFile(file).catch(() => null);
    if (kept) return new Uint8Array(kept.buffer, kept.byteOffset, kept.byteLength);

    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create({ dataDir: 'memory://' });
    try {
      await migrateToLatest(new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) }));
      const dump = new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
      await mkdir(folder, { recursive: true });
      const partial = `${file}.${process.pid}.${randomSuffix()}`;
      await writeFile(partial, dump);
      await rename(partial, file);
      return dump;
    } finally {
      await pglite.close();
    }
  })();
  return template;
}
