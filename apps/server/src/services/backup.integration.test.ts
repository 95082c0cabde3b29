/**
 * Backups with the evidence files (issue 17): each content once, from either store into
 * either store, every file checked by its sha-256; a damaged file in a backup is refused
 * by restore and verify and leaves nothing behind; the embedded server's scheduled backups
 * run at the set time (a fake clock), after a whole cycle completes a stage, never two at
 * once, keep the newest N, and the admin reads when the last good one was taken.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import {
  addEvidence,
  BackupError,
  backupDatabase,
  deleteEvidence,
  readBackupHeader,
  restoreDatabase,
} from '@kaohe/db';
import { verifyBackup } from '@kaohe/db/client';
import { createTestDb, describeEachEngine } from '@kaohe/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { actorOf } from '../context.ts';
import { newAssessment, selfScoreAll, version } from '../testing/drive.ts';
import { pdf } from '../testing/evidence-files.ts';
import {
  createHarness,
  type Harness,
  MINUTE,
  TestClock,
  tempDir,
  UNITS,
  USERS,
} from '../testing/harness.ts';
import { startTestS3, type TestS3 } from '../testing/s3.ts';
import {
  BackupScheduler,
  backupWarning,
  nextDailyRun,
  STALE_AFTER_MS,
  type Timers,
} from './backup-scheduler.ts';
import { type EvidenceStore, folderEvidenceStore } from './evidence-store.ts';
import { s3EvidenceStore } from './evidence-store-s3.ts';

let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3();
});
afterAll(async () => {
  await s3?.close();
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const readAll = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

/** Every live row's file, read from `store`, is the bytes its sha-256 says. */
async function expectEveryFile(h: { db: Harness['db'] }, store: EvidenceStore) {
  const rows = await h.db
    .selectFrom('evidence')
    .select(['storagePath', 'sha256', 'sizeBytes'])
    .where('deletedAt', 'is', null)
    .execute();
  for (const r of rows) {
    const bytes = await readAll(store.open(r.storagePath));
    expect(sha(bytes)).toBe(r.sha256);
    expect(bytes.length).toBe(Number(r.sizeBytes));
  }
  return rows.length;
}

/** Timers a fake clock fires: `advanceTo` moves the clock and runs what fell due. */
class FakeTimers implements Timers {
  private pending: Array<{ at: number; run: () => void; id: number }> = [];
  private ids = 0;
  constructor(private readonly clock: TestClock) {}
  setTimeout(run: () => void, ms: number) {
    const id = ++this.ids;
    this.pending.push({ at: this.clock.now().getTime() + ms, run, id });
    return id;
  }
  clearTimeout(id: unknown) {
    this.pending = this.pending.filter((t) => t.id !== id);
  }
  advanceTo(at: Date) {
    this.clock.set(at);
    const due = this.pending.filter((t) => t.at <= at.getTime());
    this.pending = this.pending.filter((t) => t.at > at.getTime());
    for (const t of due) t.run();
  }
  get count() {
    return this.pending.length;
  }
}

describeEachEngine('backups with evidence files', ({ db, engine }) => {
  let h: Harness;
  let s3Store: EvidenceStore;
  const dir = tempDir();
  let assessmentId: string;

  beforeAll(async () => {
    h = await createHarness(db());
    s3Store = await s3EvidenceStore(s3.config());
    assessmentId = await newAssessment(h);
    const unit = actorOf(h.user(USERS.unitA));
    const add = async (name: string, content: Buffer, itemId = 'dispute-mediation') => {
      const stored = await h.deps.evidence.save(Readable.from([content]), 1 << 20);
      return addEvidence(h.db, unit, {
        assessmentId,
        itemId,
        fileName: name,
        mimeType: 'application/pdf',
        ...stored,
      });
    };
    const a = Buffer.concat([pdf(), Buffer.from('文件甲 '.repeat(5000))]);
    await add('甲.pdf', a);
    // The same content uploaded again: two rows, two names, one copy in the backup.
    await add('甲（再传）.pdf', a, 'research');
    await add('乙.pdf', Buffer.concat([pdf(), Buffer.from('B')]));
    const gone = await add('作废.pdf', Buffer.concat([pdf(), Buffer.from('deleted')]));
    await deleteEvidence(h.db, unit, { evidenceId: gone.id, reason: '上传错了' });
  });

  afterAll(async () => {
    await h.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('folder → backup → S3 → backup → folder: every file once, checked, the same bytes', async () => {
    const first = join(dir, `${engine}-from-folder.ndjson.gz`);
    const summary = await backupDatabase(h.db, first, { evidence: h.deps.evidence });
    expect(summary.files).toBe(2); // 甲 once, 乙; not the deleted one
    expect((await readBackupHeader(first)).evidence).toBe(true);

    const intoS3 = await createTestDb(engine);
    try {
      const restored = await restoreDatabase(intoS3.handle.db, first, { evidence: s3Store });
      expect(restored.evidence).toMatchObject({ included: true, files: 2, written: 3 });
      expect(await expectEveryFile({ db: intoS3.handle.db }, s3Store)).toBe(3);

      const second = join(dir, `${engine}-from-s3.ndjson.gz`);
      const again = await backupDatabase(intoS3.handle.db, second, { evidence: s3Store });
      expect(again.files).toBe(2);
      const folder = folderEvidenceStore(join(tempDir(), 'evidence'));
      const intoFolder = await createTestDb(engine);
      try {
        const back = await restoreDatabase(intoFolder.handle.db, second, { evidence: folder });
        expect(back.evidence).toMatchObject({ included: true, files: 2, written: 3 });
        expect(await expectEveryFile({ db: intoFolder.handle.db }, folder)).toBe(3);
        expect((await folder.files()).length).toBe(3);
      } finally {
        await intoFolder.dispose();
      }
    } finally {
      await intoS3.dispose();
    }
  });

  it('a restore into the store that already has the files keeps them and writes none', async () => {
    const file = join(dir, `${engine}-same.ndjson.gz`);
    await backupDatabase(h.db, file, { evidence: h.deps.evidence });
    const target = await createTestDb(engine);
    try {
      const restored = await restoreDatabase(target.handle.db, file, { evidence: h.deps.evidence });
      expect(restored.evidence).toMatchObject({ files: 2, written: 0, present: 3 });
    } finally {
      await target.dispose();
    }
  });

  it('a damaged evidence file in a backup is refused by restore and verify; nothing is left', async () => {
    const good = join(dir, `${engine}-good.ndjson.gz`);
    await backupDatabase(h.db, good, { evidence: h.deps.evidence });

    // One byte of the first file's data changed, the file otherwise well-formed.
    const lines = zlib.gunzipSync(fs.readFileSync(good)).toString('utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('"'));
    const bytes = Buffer.from(JSON.parse(lines[at]!) as string, 'base64');
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x01;
    lines[at] = JSON.stringify(bytes.toString('base64'));
    const bad = join(dir, `${engine}-bad.ndjson.gz`);
    fs.writeFileSync(bad, zlib.gzipSync(lines.join('\n')));

    const folder = folderEvidenceStore(join(tempDir(), 'evidence'));
    const target = await createTestDb(engine);
    try {
      const refused = await restoreDatabase(target.handle.db, bad, { evidence: folder }).catch(
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(BackupError);
      expect((refused as BackupError).code).toBe('BAD_EVIDENCE');
      expect((refused as BackupError).text.zh).toContain('佐证文件已损坏');
      const rows = await target.handle.db.selectFrom('evidence').select('id').execute();
      expect(rows).toEqual([]);
      expect(await folder.files()).toEqual([]);
    } finally {
      await target.dispose();
    }
    // verify restores into a scratch PGlite whatever the engine: once is enough.
    if (engine === 'pglite') {
      await expect(verifyBackup(bad)).rejects.toMatchObject({ code: 'BAD_EVIDENCE' });
    }
  });

  it('a format-1 backup (no evidence) still restores, and says it has no files', async () => {
    const file = join(dir, `${engine}-v1.ndjson.gz`);
    await backupDatabase(h.db, file);
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const { evidence: _, ...header } = JSON.parse(lines[0]!);
    lines[0] = JSON.stringify({ ...header, formatVersion: 1 });
    fs.writeFileSync(file, zlib.gzipSync(lines.join('\n')));
    const target = await createTestDb(engine);
    try {
      const restored = await restoreDatabase(target.handle.db, file, { evidence: s3Store });
      expect(restored.evidence).toEqual({
        included: false,
        files: 0,
        bytes: 0,
        written: 0,
        present: 0,
      });
    } finally {
      await target.dispose();
    }
  });

  it('a backup of a store that lost a file fails, naming it', async () => {
    const lost = { ...h.deps.evidence, open: () => h.deps.evidence.open(crypto.randomUUID()) };
    await expect(
      backupDatabase(h.db, join(dir, `${engine}-lost.ndjson.gz`), { evidence: lost }),
    ).rejects.toMatchObject({ code: 'EVIDENCE_MISSING' });
    expect(fs.readdirSync(dir).filter((f) => f.includes('lost'))).toEqual([]);
  });
});

describeEachEngine('scheduled backups in embedded mode', ({ db, engine }) => {
  let h: Harness;
  const clock = new TestClock(new Date(2026, 2, 1, 1, 0, 0)); // local 01:00
  const timers = new FakeTimers(clock);
  let scheduler: BackupScheduler;
  const backupDir = tempDir();
  const backups = () => fs.readdirSync(backupDir).filter((f) => f.endsWith('.ndjson.gz'));

  beforeAll(async () => {
    h = await createHarness(db(), {
      clock,
      config: {
        backup: { auto: true, dir: backupDir, time: { hour: 2, minute: 0 }, keep: 2 },
      },
    });
    scheduler = new BackupScheduler(h.deps, { timers, log: { warn() {} } });
    h.deps.backups = scheduler;
  });

  afterAll(async () => {
    await scheduler.stop();
    await h.dispose();
    fs.rmSync(backupDir, { recursive: true, force: true });
  });

  it('takes a backup at the set time every day and keeps the newest N', async () => {
    expect(await h.as(USERS.admin).backup.status()).toMatchObject({
      auto: true,
      time: '02:00',
      keep: 2,
      lastSuccess: null,
      warning: 'never',
    });
    scheduler.start();
    expect(scheduler.status().nextAt).toBe(new Date(2026, 2, 1, 2, 0).toISOString());
    timers.advanceTo(new Date(2026, 2, 1, 1, 59));
    await scheduler.idle();
    expect(backups()).toEqual([]);
    for (const day of [1, 2, 3]) {
      timers.advanceTo(new Date(2026, 2, day, 2, 0));
      await scheduler.idle();
      expect(scheduler.status().lastSuccess?.at).toBe(new Date(2026, 2, day, 2, 0).toISOString());
    }
    expect(backups()).toHaveLength(2); // the newest 2 of 3
    expect(timers.count).toBe(1); // the next day's
    const status = await h.as(USERS.admin).backup.status();
    expect(status).toMatchObject({ warning: 'none', running: false, lastFailure: null });
    expect(status.lastSuccess).toMatchObject({ reason: 'daily' });
    expect(status.nextAt).toBe(new Date(2026, 2, 4, 2, 0).toISOString());
    // Each backup is whole: it verifies (into a scratch PGlite whatever the engine).
    if (engine === 'pglite') {
      const newest = join(backupDir, backups().sort().at(-1)!);
      const verified = await verifyBackup(newest);
      expect(verified.counted).toEqual(verified.tables);
    }
  });

  it('never two at once: a request while one runs is taken once after it', async () => {
    const before = scheduler.status().lastSuccess!.at;
    clock.set(new Date(2026, 2, 3, 9, 0));
    const first = scheduler.run('manual');
    const second = scheduler.run('manual');
    expect(scheduler.status().running).toBe(true);
    expect(await second).toEqual(await first);
    await scheduler.idle();
    expect(scheduler.status().lastSuccess!.at).not.toBe(before);
    expect(backups()).toHaveLength(2);
  });

  it('a whole cycle completing a stage is backed up; one unit of two is not enough', async () => {
    const last = () => scheduler.status().lastSuccess;
    clock.set(new Date(2026, 2, 3, 10, 0));
    const ids = [h.assessments[UNITS.a.id]!, h.assessments[UNITS.b.id]!];
    const units = [USERS.unitA, USERS.unitB];
    await selfScoreAll(h, ids[0]!, units[0]!);
    await selfScoreAll(h, ids[1]!, units[1]!);
    const submit = async (i: number) =>
      h.as(units[i]!).assessment.submit({
        assessmentId: ids[i]!,
        expectedVersion: await version(h, ids[i]!),
        command: { type: 'SUBMIT' },
      });
    const before = last();
    await submit(0);
    await scheduler.idle();
    expect(last()).toEqual(before);
    clock.set(new Date(2026, 2, 3, 11, 0));
    await submit(1);
    // The hook runs after the commit, not awaited by the request.
    for (let i = 0; i < 50 && last()?.reason !== 'stage'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      await scheduler.idle();
    }
    expect(last()).toMatchObject({
      reason: 'stage',
      at: new Date(2026, 2, 3, 11, 0).toISOString(),
    });
  });

  it('a failed backup is shown, and the admin is warned until a good one', async () => {
    const store = h.deps.evidence;
    h.deps.evidence = { ...store, open: () => store.open(crypto.randomUUID()) };
    // A file to back up, so that the broken store is read.
    const unit = actorOf(h.user(USERS.unitA));
    const stored = await store.save(Readable.from([pdf()]), 1 << 20);
    const assessmentId = await newAssessment(h);
    await addEvidence(h.db, unit, {
      assessmentId,
      itemId: 'dispute-mediation',
      fileName: '证明.pdf',
      mimeType: 'application/pdf',
      ...stored,
    });
    try {
      clock.set(new Date(2026, 2, 3, 12, 0));
      expect(await scheduler.run('manual')).toBeNull();
    } finally {
      h.deps.evidence = store;
    }
    const status = await h.as(USERS.admin).backup.status();
    expect(status.warning).toBe('failed');
    expect(status.lastFailure?.text.zh).toContain('不在存储中');
    // Only admins see it.
    await expect(h.as(USERS.unitA).backup.status()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Said again after a restart (the status file beside the backups).
    const reread = new BackupScheduler(h.deps, { timers, log: { warn() {} } });
    expect(reread.status().warning).toBe('failed');
    clock.set(new Date(2026, 2, 3, 13, 0));
    expect(await h.as(USERS.admin).backup.run()).toMatchObject({ warning: 'none' });
  });

  it('warns when the last good backup is more than two days old', () => {
    const at = new Date(2026, 2, 10, 12, 0);
    const lastSuccess = {
      at: new Date(at.getTime() - STALE_AFTER_MS - MINUTE).toISOString(),
      reason: 'daily' as const,
      file: 'x',
      bytes: 1,
      rows: 1,
      files: 0,
    };
    expect(backupWarning({ auto: true, lastSuccess, lastFailure: null }, at)).toBe('stale');
    expect(
      backupWarning(
        { auto: true, lastSuccess: { ...lastSuccess, at: at.toISOString() }, lastFailure: null },
        at,
      ),
    ).toBe('none');
    expect(backupWarning({ auto: false, lastSuccess: null, lastFailure: null }, at)).toBe('off');
    expect(nextDailyRun(new Date(2026, 2, 1, 2, 0), { hour: 2, minute: 0 })).toEqual(
      new Date(2026, 2, 2, 2, 0),
    );
  });
});
