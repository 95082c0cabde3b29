import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, DEFAULT_DATA_DIR } from './client.ts';
import { DataDirLockedError, lockPathFor } from './data-dir-lock.ts';
import { MigrationError, migrateToLatest } from './migrate.ts';
import { describeEachEngine } from './testing.ts';
import { json } from './values.ts';

/** Every named constraint of the migrations (0001: 84, 0002: 1, 0010: 13); a new migration updates this. */
const CONSTRAINT_COUNT = 116;
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./fixtures/open-db.ts', import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-db-'));

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function runChild(dataDir: string, mode: 'open' | 'serve'): ChildProcess {
  // tsx is resolved from the repository root, where the workspace installs it.
  return spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, mode], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(
  child: ChildProcess,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

function lineFrom(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (d: Buffer) => {
      seen += d.toString();
      if (seen.split('\n').includes(line)) resolve();
    });
    child.on('exit', (code) =>
      reject(new Error(`child exited (${code}) before "${line}": ${seen}`)),
    );
  });
}

describe('PGlite data folder', () => {
  it('defaults to <repo root>/data/pglite', () => {
    expect(DEFAULT_DATA_DIR).toBe(path.join(REPO_ROOT, 'data', 'pglite'));
  });

  it('refuses a second process with a message naming the owner', async () => {
    const dataDir = path.join(tmp, 'locked');
    const handle = await createDb({ dataDir });
    try {
      const lock = JSON.parse(fs.readFileSync(lockPathFor(dataDir), 'utf8')) as { pid: number };
      expect(lock.pid).toBe(process.pid);

      const { code, stdout } = await finished(runChild(dataDir, 'open'));
      expect(code).toBe(3);
      const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
        name: string;
        message: string;
      };
      expect(result.name).toBe('DataDirLockedError');
      expect(result.message).toBe(
        `数据目录 ${dataDir} 正被另一个进程（PID ${process.pid}）使用 / ` +
          `data folder ${dataDir} is in use by another process (PID ${process.pid})`,
      );
      // The same process is refused as well: two instances corrupt a folder just as well.
      await expect(createDb({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      await handle.close();
    }
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
    const after = await finished(runChild(dataDir, 'open'));
    expect(after.stdout).toContain('{"ok":true}');
    expect(after.code).toBe(0);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dataDir = path.join(tmp, 'stale');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    fs.writeFileSync(
      lockPathFor(dataDir),
      JSON.stringify({ pid: dead, host: os.hostname(), since: new Date().toISOString() }),
    );
    const handle = await createDb({ dataDir });
    expect(JSON.parse(fs.readFileSync(lockPathFor(dataDir), 'utf8')).pid).toBe(process.pid);
    await handle.close();
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);

    fs.writeFileSync(lockPathFor(dataDir), '{"pi'); // a crash mid-write
    const again = await createDb({ dataDir });
    await again.close();
  });

  it('checkpoints and closes on SIGTERM, keeping what was written', async () => {
    const dataDir = path.join(tmp, 'shutdown');
    const child = runChild(dataDir, 'serve');
    const exit = finished(child);
    await lineFrom(child, 'ready');
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(true);
    child.kill('SIGTERM');
    const { code, stderr } = await exit;
    expect(stderr).not.toMatch(/shutdown after .* failed/);
    expect(code).toBe(0);
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);

    const handle = await createDb({ dataDir });
    try {
      expect(await migrateToLatest(handle.db)).toEqual([]);
      const row = await handle.db
        .selectFrom('unitTypes')
        .selectAll()
        .where('id', '=', 'written-before-sigterm')
        .executeTakeFirst();
      expect(row?.name).toBe('关闭前写入');
    } finally {
      await handle.close();
    }
  });
});

describe('migrations', () => {
  it('name the migration that failed and the database error', async () => {
    const handle = await createDb({ dataDir: 'memory://' });
    try {
      await sql`create table departments (id int)`.execute(handle.db);
      const error = await migrateToLatest(handle.db).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as Error).message).toMatch(
        /^数据库迁移失败：migration "0001-initial"：.*already exists.* \/ database migration failed in migration "0001-initial"/,
      );
      // Nothing half-applied: the failed migration's other tables are not there.
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from information_schema.tables where table_name = 'units'`.execute(
        handle.db,
      );
      expect(rows[0]!.n).toBe(0);
    } finally {
      await handle.close();
    }
  });
});

describeEachEngine('values read back the same on both engines', ({ db }) => {
  it('migrates once: a second run applies nothing', async () => {
    expect(await migrateToLatest(db())).toEqual([]);
  });

  it('names every constraint after its table', async () => {
    // contype 'n': PostgreSQL 18 (PGlite) catalogues NOT NULL too; 15 does not.
    const { rows } = await sql<{ conname: string; tablename: string }>`
      select c.conname, c.conrelid::regclass::text as tablename from pg_constraint c
      join pg_namespace n on n.oid = c.connamespace
      where n.nspname = current_schema() and c.conrelid <> 0 and c.contype <> 'n'
        and c.conrelid::regclass::text not like 'kysely_%'
      order by c.conname`.execute(db());
    const names = rows.map((r) => r.conname);
    expect(names).toContain('item_scores_self_score_range');
    expect(names).toContain('item_reviews_item_score_fkey');
    expect(names).toContain('users_unit_scope_check');
    for (const { conname, tablename } of rows)
      expect(conname.startsWith(`${tablename}_`)).toBe(true);
    expect(names).toHaveLength(CONSTRAINT_COUNT);
  });

  it('returns count and bigint as numbers, numeric as text, jsonb keys untouched', async () => {
    const { rows } = await sql<Record<string, unknown>>`
      select
        count(*) as n,
        9007199254740991::bigint as big,
        1.50::numeric(6, 2) as score,
        sum(x)::numeric(6, 2) as total,
        '2012-01-15T08:00:00+08:00'::timestamptz as at,
        array['org', 'legal']::text[] as departments,
        ${json({ snake_key: { inner_key: [1, 'a_b'] }, camelKey: true })}::jsonb as doc
      from (values (0.1::numeric), (0.2::numeric)) v(x)`.execute(db());
    expect(rows[0]).toEqual({
      n: 2,
      big: 9007199254740991,
      score: '1.50',
      total: '0.30',
      at: new Date('2012-01-15T00:00:00.000Z'),
      departments: ['org', 'legal'],
      doc: { snake_key: { inner_key: [1, 'a_b'] }, camelKey: true },
    });
    await expect(sql`select 9007199254740993::bigint as too_big`.execute(db())).rejects.toThrow(
      RangeError,
    );
  });
});
