/**
 * Opens the database: PGlite in a data folder by default (nothing to install), or
 * PostgreSQL when a URL is given. The rest of the system cannot tell them apart: the
 * same migrations, the same SQL, and values read back as the same JavaScript types.
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import type { Database } from './schema.ts';
import { TYPE_PARSERS } from './type-parsers.mjs';

export { DataDirLockedError } from './data-dir-lock.ts';
export { TYPE_PARSERS } from './type-parsers.mjs';

export type Engine = 'pglite' | 'postgres';

export interface DbConfig {
  /** PostgreSQL connection URL (DATABASE_URL). When set, PGlite is not used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; 'memory://' for a throwaway in-memory database. */
  dataDir?: string | undefined;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number | undefined;
  /**
   * PGlite in a worker thread when true (KAOHE_PGLITE_WORKER=true), or in this process's
   * own thread (the default; decision 030).
   */
  pgliteWorker?: boolean | undefined;
  /**
   * PGlite in memory only: start from this dumped data folder (`dumpDataDir`) instead of
   * running initdb, which takes a second or two. For tests (test-database.ts).
   */
  pgliteTemplate?: Uint8Array | undefined;
}

export interface DbHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** The PGlite folder in use, null for PostgreSQL and for memory. */
  dataDir: string | null;
  /** Writes dirty pages to disk now (PGlite); a no-op on PostgreSQL, which runs its own. */
  checkpoint(): Promise<void>;
  /** Closes the connections and releases the data-folder lock. Safe to call twice. */
  close(): Promise<void>;
}

/** `<repo root>/data/pglite`: git-ignored, beside the code, found from any working directory. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data/pglite', import.meta.url));

/** The config the server reads from its environment. */
export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.KAOHE_DATA_DIR || undefined };
}

const pgTypes = (types: typeof pg.types): pg.CustomTypesConfig => ({
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (format ?? 'text') === 'text' && TYPE_PARSERS[oid]
      ? TYPE_PARSERS[oid]
      : types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
});

const plugins = () => [new CamelCasePlugin({ maintainNestedObjectKeys: true })];

/**
 * Opens the database and waits until it answers. Does not migrate (see migrateToLatest).
 * A PGlite folder is locked for this process; a second process gets DataDirLockedError.
 */
export async function createDb(config: DbConfig = {}): Promise<DbHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.poolSize ?? 10);
  return openPglite(
    config.dataDir ?? DEFAULT_DATA_DIR,
    config.pgliteWorker ?? false,
    config.pgliteTemplate,
  );
}

// Each engine's driver is loaded when it is used: a process needs one of them, and the
// other costs a fraction of a second at every start (the crash test starts 40 processes).
async function openPostgres(databaseUrl: string, poolSize: number): Promise<DbHandle> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    types: pgTypes(pg.types),
  });
  let closed: Promise<void> | undefined;
  // An idle connection the server drops (a restart, an admin's terminate) is an 'error'
  // event on the pool; unheard, Node would crash on it. The pool replaces the connection.
  pool.on('error', (e) => {
    if (!closed) console.error('PostgreSQL connection lost:', e.message);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: plugins() });
  const handle: DbHandle = {
    db,
    engine: 'postgres',
    dataDir: null,
    checkpoint: async () => {},
    close: () => {
      closed ??= db.destroy();
      return closed;
    },
  };
  try {
    await sql`select 1`.execute(db);
  } catch (e) {
    await handle.close();
    throw e;
  }
  return handle;
}

async function openPglite(
  dataDir: string,
  inWorker: boolean,
  template: Uint8Array | undefined,
): Promise<DbHandle> {
  const inMemory = dataDir.startsWith('memory://');
  if (template && !inMemory) throw new Error('a PGlite template is for a memory:// database');
  let lock: DataDirLock | null = null;
  if (!inMemory) {
    lock = acquireDataDirLock(dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
  }
  let db: Kysely<Database> | undefined;
  try {
    const pglite = inWorker
      ? await (await import('./pglite-worker-client.ts')).startPgliteWorker(dataDir, template)
      : await (await import('@electric-sql/pglite')).PGlite.create({
          dataDir,
          parsers: TYPE_PARSERS,
          ...(template ? { loadDataDir: new Blob([template]) } : {}),
        });
    db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), plugins: plugins() });
    await sql`select 1`.execute(db);
  } catch (e) {
    await db?.destroy().catch(() => {});
    lock?.release();
    throw e;
  }
  const opened = db;
  let closed: Promise<void> | undefined;
  return {
    db: opened,
    engine: 'pglite',
    dataDir: inMemory ? null : dataDir,
    checkpoint: async () => {
      await sql`checkpoint`.execute(opened);
    },
    close: () => {
      closed ??= opened.destroy().finally(() => lock?.release());
      return closed;
    },
  };
}

export interface ShutdownOptions {
  signals?: NodeJS.Signals[];
  /** Runs first, e.g. to stop accepting requests. */
  beforeClose?: () => Promise<void>;
  /** Exit the process once closed (default true). */
  exit?: boolean;
}

/**
 * On SIGINT/SIGTERM: checkpoint, close, release the lock, exit. PGlite keeps recent
 * writes in memory until a checkpoint, so a server killed without this loses them to
 * WAL replay at best. Returns a function that removes the handlers.
 */
export function installShutdown(handle: DbHandle, options: ShutdownOptions = {}): () => void {
  const signals = options.signals ?? ['SIGINT', 'SIGTERM'];
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    void (async () => {
      let code = 0;
      try {
        await options.beforeClose?.();
        await handle.checkpoint();
        await handle.close();
      } catch (e) {
        code = 1;
        console.error(`shutdown after ${signal} failed:`, e);
      }
      if (options.exit !== false) process.exit(code);
    })();
  };
  for (const s of signals) process.on(s, onSignal);
  return () => {
    for (const s of signals) process.off(s, onSignal);
  };
}

export { type VerifySummary, verifyBackup } from './backup-verify.ts';
