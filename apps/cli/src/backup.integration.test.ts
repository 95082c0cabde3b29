import * as fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { type Database, listAssessments, migrateToLatest, readBackupHeader } from '@kaohe/db';
import { createDb, type DbHandle } from '@kaohe/db/client';
import { createTestDb, seedCycle, TEST_DATABASE_URL, type TestDb } from '@kaohe/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kaohe } from './testing/kaohe.ts';

const noStack = (text: string) => expect(text).not.toMatch(/\bat .*\.ts:\d+|\n\s+at /);

/** Rows per table and the office's overview: what a restore must bring back. */
async function contents(handle: DbHandle, cycleId: string) {
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const row = await handle.db
      .selectFrom(name as keyof Database)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[name] = row.n;
  }
  return { counts, assessments: await listAssessments(handle.db, { cycleId }) };
}

async function withPglite<T>(dataDir: string, work: (handle: DbHandle) => Promise<T>): Promise<T> {
  const handle = await createDb({ dataDir: join(dataDir, 'pglite') });
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

let tables: Array<{ name: string }> = [];

const bodyOf = (file: string) =>
  zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').slice(1).join('\n');

describe('pnpm kaohe db backup / restore', () => {
  let tmp: string;
  let source: string;
  let cycleId: string;
  let expected: Awaited<ReturnType<typeof contents>> | undefined;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'kaohe-cli-backup-'));
    source = join(tmp, 'source');
    await withPglite(source, async (handle) => {
      await migrateToLatest(handle.db);
      cycleId = (await seedCycle(handle.db, { unitCount: 2 })).cycleId;
    });
  }, 120_000);
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('backs up, restores into a new data folder, refuses a full one, replaces with --force', async () => {
    const file = join(tmp, 'kaohe.ndjson.gz');
    const backup = await kaohe({ dataDir: source }, 'db', 'backup', file);
    expect(backup.stderr).toBe('');
    const header = await readBackupHeader(file);
    tables = header.tables;
    // 21 tables; publications, publication_assessments, appeals (0010); grade_bands,
    // honours_bars (0011); mail_outbox (0013); assessment_totals (0015).
    expect(tables).toHaveLength(28);
    // The newest migration, whichever it is: the test need not change with each one.
    expect(backup.stdout).toMatch(
      new RegExp(
        `^已备份到 ${file}：\\d+张表，共\\d+行（数据库版本 ${header.migrations.at(-1)}），佐证材料0个文件（0MB）\\n$`,
      ),
    );
    expect(backup.code).toBe(0);

    expected = await withPglite(source, (h) => contents(h, cycleId));
    const target = join(tmp, 'target');
    const [restored, again, missing, notBackup, usage] = await Promise.all([
      kaohe({ dataDir: target }, 'db', 'restore', file),
      kaohe({ dataDir: source }, 'db', 'backup', file, '--lang', 'en'),
      kaohe({ dataDir: source }, 'db', 'restore', join(tmp, 'nope.gz')),
      kaohe({ dataDir: source }, 'db', 'restore', fileURLToPath(import.meta.url)),
      kaohe({ dataDir: source }, 'db', 'backup', '--keep', '3'),
    ]);
    expect(restored.stdout).toMatch(
      /^已从 .*kaohe\.ndjson\.gz 恢复：\d+张表，共\d+行（备份于 .*，来自 pglite）\n/,
    );
    expect(restored.code).toBe(0);
    expect(again.stderr.trim()).toBe(`File exists: ${file} (not overwritten; choose another name)`);
    expect(missing.stderr.trim()).toBe(`找不到备份文件：${join(tmp, 'nope.gz')}`);
    expect(notBackup.stderr.trim()).toBe('这不是考核系统的备份文件：不是 gzip 压缩文件');
    expect(usage.stderr).toMatch(/^用法：\n {2}pnpm kaohe db backup <文件>/);
    for (const r of [again, missing, notBackup, usage]) {
      expect(r.code).toBe(1);
      noStack(r.stderr);
    }
    expect(await withPglite(target, (h) => contents(h, cycleId))).toEqual(expected);

    const full = await kaohe({ dataDir: target }, 'db', 'restore', file, '--lang', 'en');
    expect(full.code).toBe(1);
    expect(full.stderr).toMatch(
      /^The target database already holds data \(audit_events, .*\); nothing was restored: restore into a new, empty database, or add --force/,
    );
    noStack(full.stderr);
    const forced = await kaohe({ dataDir: target }, 'db', 'restore', file, '--force');
    expect(forced.stdout).toContain('原有数据（包括审计记录）已被备份中的数据替换');
    expect(forced.code).toBe(0);
    expect(await withPglite(target, (h) => contents(h, cycleId))).toEqual(expected);
    // Seven CLI processes, each opening PGlite: a busy machine needs more than a minute.
  }, 180_000);

  it('db verify: a sound backup passes (exit 0), a damaged one fails (exit 1), in words', async () => {
    // The first test's backup, or a new one when this test runs alone.
    const file = join(tmp, 'kaohe.ndjson.gz');
    if (!fs.existsSync(file)) {
      expect((await kaohe({ dataDir: source }, 'db', 'backup', file)).code).toBe(0);
    }
    // The same file with one row's value damaged (JSON that no text column can hold).
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('[') && l.includes('"'));
    lines[at] = lines[at]!.replace(/"[^"]*"/, '"not-a-valid-value-\\u0000"');
    const damaged = join(tmp, 'damaged.ndjson.gz');
    fs.writeFileSync(damaged, zlib.gzipSync(lines.join('\n')));
    const [sound, broken] = await Promise.all([
      kaohe({ dataDir: tmp }, 'db', 'verify', file),
      kaohe({ dataDir: tmp }, 'db', 'verify', damaged),
    ]);
    expect(sound.stdout).toMatch(
      /^备份完好：.*\d+张表，共\d+行，逐表行数一致，合计与总计与各项得分一致；.*佐证材料0个文件（0MB）sha-256 全部一致\n$/,
    );
    expect(sound.code).toBe(0);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^恢复失败，未恢复任何数据：表 /);
    noStack(broken.stderr);
  }, 180_000);

  it('refuses while another process holds the data folder, naming it', async () => {
    const handle = await createDb({ dataDir: join(source, 'pglite') });
    try {
      const locked = await kaohe({ dataDir: source }, 'db', 'backup', join(tmp, 'locked.gz'));
      expect(locked.code).toBe(1);
      expect(locked.stderr.trim()).toBe(
        `数据目录 ${join(source, 'pglite')} 正被另一个进程（PID ${process.pid}）使用：内置数据库同一时间只能由一个进程打开，请先停止系统（Ctrl+C 或 systemctl stop）再执行此命令`,
      );
      expect(fs.existsSync(join(tmp, 'locked.gz'))).toBe(false);
    } finally {
      await handle.close();
    }
  });

  it('writes timestamped backups into a folder and keeps the newest N', async () => {
    const dir = join(tmp, 'scheduled');
    fs.mkdirSync(dir);
    const old = [
      'kaohe-2020-01-01T00-00-00-000Z.ndjson.gz',
      'kaohe-2020-01-02T00-00-00-000Z.ndjson.gz',
    ];
    for (const name of old) fs.writeFileSync(join(dir, name), '');
    fs.writeFileSync(join(dir, 'notes.txt'), 'not a backup: left alone');
    const result = await kaohe(
      { dataDir: source },
      'db',
      'backup',
      '--dir',
      dir,
      '--keep',
      '2',
      '--lang',
      'en',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Deleted older backups (keeping the newest 2): ${old[0]}`);
    const files = fs.readdirSync(dir).sort();
    expect(files).toHaveLength(3);
    expect(files[0]).toBe(old[1]);
    expect(files[1]).toMatch(/^kaohe-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.ndjson\.gz$/);
    expect(files[2]).toBe('notes.txt');
  });

  describe.skipIf(!TEST_DATABASE_URL)('on PostgreSQL (DATABASE_URL)', () => {
    let fresh: TestDb;
    beforeAll(async () => {
      // A database nobody migrated: the restore brings it to the backup's version.
      fresh = await createTestDb('postgres', { prefix: 'kaohe_cli', migrate: false });
    });
    afterAll(async () => {
      await fresh?.dispose();
    });

    it('restores a PGlite backup into PostgreSQL and backs it up again, row for row', async () => {
      const file = join(tmp, 'kaohe.ndjson.gz'); // written by the first test, from PGlite
      const where = { dataDir: tmp, databaseUrl: fresh.url! };
      const restored = await kaohe(where, 'db', 'restore', file);
      expect(restored.stdout).toContain('来自 pglite');
      expect(restored.code).toBe(0);
      expect(expected).toBeDefined();
      expect(await contents(fresh.handle, cycleId)).toEqual(expected);
      const back = join(tmp, 'from-postgres.ndjson.gz');
      expect((await kaohe(where, 'db', 'backup', back)).code).toBe(0);
      expect(bodyOf(back)).toBe(bodyOf(file));
    });
  });
});
