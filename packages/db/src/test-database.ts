/**
 * Throwaway databases for tests and the benchmark (no vitest here, so plain scripts can
 * use it). PostgreSQL gets a fresh database created through the URL and dropped after.
 */
import pg from 'pg';
import { createDb, type DbHandle, type Engine } from './client.ts';
import { migrateToLatest } from './migrate.ts';

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
    const handle = await createDb({ dataDir: 'memory://' });
    if (migrate) await migrateToLatest(handle.db);
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
