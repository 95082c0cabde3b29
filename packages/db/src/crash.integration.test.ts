/**
 * Crash safety at the database level (issue 8, item 4): a child process saves self scores
 * in a loop and prints each one after its commit returned; the test kills it with SIGKILL
 * at a random moment, 20 times per engine, and checks after every kill that every
 * acknowledged write is there. Each restart is itself the check that the database opens
 * cleanly after a kill (PGlite replays its write-ahead log) and that the lock the dead
 * process left is taken over. Some kills land during the start-up, i.e. during recovery.
 * Once, while a writer writes, a second process is refused the PGlite folder.
 *
 * What this proves for PGlite: a commit PGlite acknowledged survives the death of the
 * process: the commit's write-ahead log record has been written to the operating system
 * before the query returns. It does not prove survival of a power cut or an OS crash:
 * PGlite 0.5 starts PostgreSQL with fsync off (`-F` in its default start parameters) and
 * its Node file system has no fsync, so the last writes may still be in the page cache.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle, type Engine } from './client.ts';
import { lockPathFor } from './data-dir-lock.ts';
import { createTestDb, TEST_DATABASE_URL, type TestDb } from './test-database.ts';

const KILLS = 20;
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WRITER = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url));
const OPEN_DB = fileURLToPath(new URL('./fixtures/open-db.ts', import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-crash-'));

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface ItemState {
  itemId: string;
  version: number;
  explanation: string | null;
}
interface Found {
  items: ItemState[];
  audited: string[];
}
interface Ack {
  item: string;
  version: number;
  explanation: string;
}

interface Run {
  pid: number;
  found: Found | null;
  acks: Ack[];
  killedBeforeReady: boolean;
  stderr: string;
  checkFailed?: unknown;
}

const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

/**
 * Starts the writer and kills it with SIGKILL: `afterReadyMs` after it starts writing, or,
 * when `duringStartMs` is given, that long after the spawn if it is not writing by then.
 */
function runAndKill(
  engine: Engine,
  where: string,
  kill: { afterReadyMs: number; duringStartMs?: number; whileWriting?: () => Promise<void> },
): Promise<Run> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', WRITER, engine, where], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Run = { pid: child.pid!, found: null, acks: [], killedBeforeReady: false, stderr: '' };
  let buffered = '';
  let ready = false;
  const killNow = () => child.kill('SIGKILL');
  const startTimer =
    kill.duringStartMs === undefined
      ? undefined
      : setTimeout(() => {
          if (!ready) {
            run.killedBeforeReady = true;
            killNow();
          }
        }, kill.duringStartMs);
  child.stdout!.on('data', (d: Buffer) => {
    buffered += d.toString();
    const lines = buffered.split('\n');
    // A line cut off by the kill is not an acknowledgement.
    buffered = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('found ')) run.found = JSON.parse(line.slice(6)) as Found;
      else if (line.startsWith('ack ')) run.acks.push(JSON.parse(line.slice(4)) as Ack);
      else if (line === 'ready' && !ready) {
        ready = true;
        clearTimeout(startTimer);
        const writing = kill.whileWriting?.() ?? Promise.resolve();
        writing.then(
          () => setTimeout(killNow, kill.afterReadyMs),
          (e: unknown) => {
            killNow();
            run.stderr += `check while writing failed: ${String(e)}`;
            run.checkFailed = e;
          },
        );
      }
    }
  });
  child.stderr!.on('data', (d: Buffer) => {
    run.stderr += d.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(startTimer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer exited by itself (${code ?? signal}): ${run.stderr}`));
      } else resolve(run);
    });
  });
}

/**
 * The state the last run left, given what it found and what it acknowledged: per item the
 * last acknowledged version and explanation, and every acknowledged explanation.
 */
class Expectation {
  readonly items = new Map<string, { version: number; explanation: string | null }>();
  readonly acknowledged = new Set<string>();
  checked = 0;

  /** Every acknowledged write is in `found`; at most one unacknowledged one per item more. */
  verify(found: Found, label: string): void {
    const audited = new Set(found.audited);
    for (const explanation of this.acknowledged) {
      expect(audited.has(explanation), `${label}: audit event of ${explanation}`).toBe(true);
    }
    const byItem = new Map(found.items.map((i) => [i.itemId, i]));
    for (const [itemId, expected] of this.items) {
      const actual = byItem.get(itemId);
      expect(actual, `${label}: item ${itemId}`).toBeDefined();
      // A write that committed while the kill came before its "ack" line is allowed to be
      // there (one per item: a writer waits for each commit before its next write).
      expect([expected.version, expected.version + 1], `${label}: ${itemId}`).toContain(
        actual!.version,
      );
      if (actual!.version === expected.version) {
        expect(actual!.explanation, `${label}: ${itemId}`).toBe(expected.explanation);
      }
    }
    this.checked += this.acknowledged.size;
    // What was found is the new starting point (it may hold those unacknowledged writes).
    this.items.clear();
    for (const i of found.items) this.items.set(i.itemId, i);
  }

  record(acks: readonly Ack[]): void {
    for (const a of acks) {
      this.items.set(a.item, { version: a.version, explanation: a.explanation });
      this.acknowledged.add(a.explanation);
    }
  }
}

/** The data-folder test's child (fixtures/open-db.ts) must be turned away by the lock. */
function secondProcessRefused(dataDir: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', OPEN_DB, dataDir, 'open'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      try {
        expect(code).toBe(3);
        expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toMatchObject({
          ok: false,
          name: 'DataDirLockedError',
        });
        resolve();
      } catch (e) {
        reject(e);
      }
    });
  });
}

async function readState(handle: DbHandle): Promise<Found> {
  const items = await handle.db
    .selectFrom('itemScores')
    .select(['itemId', 'version', 'explanation'])
    .orderBy('itemId')
    .execute();
  const { rows } = await sql<{ explanation: string }>`
    select after ->> 'explanation' as explanation from audit_events
    where action = 'itemScore.saveSelfScore'`.execute(handle.db);
  return { items, audited: rows.map((r) => r.explanation) };
}

/** 20 kills on one engine; returns what was checked, for the summary line. */
async function killRepeatedly(engine: Engine, where: string, reopen: () => Promise<DbHandle>) {
  const expectation = new Expectation();
  let startMs = 4000;
  let killedDuringStart = 0;
  let acks = 0;
  const killed: number[] = [];
  let refusedSecond = false;
  for (let i = 0; i < KILLS; i++) {
    const label = `${engine} run ${i + 1}`;
    if (engine === 'pglite' && killed.length > 0) {
      // A dead writer's lock is still there (the last one's, or an earlier one's if the
      // last was killed before it took the lock): the next start must take it over.
      const lock = JSON.parse(fs.readFileSync(lockPathFor(where), 'utf8')) as { pid: number };
      expect(killed, label).toContain(lock.pid);
    }
    // Every fourth run is killed while it starts (opening, recovering, migrating), if it
    // has not started writing by then; the first run always gets to write.
    const duringStart = i > 0 && i % 4 === 3;
    const spawnedAt = Date.now();
    const run = await runAndKill(engine, where, {
      afterReadyMs: randomInt(100, 1000),
      // Once, while the writer writes: a second process on the folder is refused.
      ...(engine === 'pglite' && i === 1
        ? {
            whileWriting: async () => {
              await secondProcessRefused(where);
              refusedSecond = true;
            },
          }
        : {}),
      ...(duringStart ? { duringStartMs: randomInt(200, startMs) } : {}),
    });
    killed.push(run.pid);
    if (run.checkFailed) throw run.checkFailed;
    if (run.killedBeforeReady) killedDuringStart++;
    else startMs = Date.now() - spawnedAt;
    if (run.found) {
      expect(run.stderr, label).not.toMatch(/error/i);
      expectation.verify(run.found, label);
    }
    expectation.record(run.acks);
    acks += run.acks.length;
  }
  // After the last kill the test itself opens the database and checks everything.
  const handle = await reopen();
  try {
    expectation.verify(await readState(handle), `${engine} after the last kill`);
  } finally {
    await handle.close();
  }
  return { acks, killedDuringStart, checked: expectation.checked, refusedSecond };
}

// The two engines run side by side: the test mostly waits for child processes.
describe.concurrent('crash safety: SIGKILL under write load, 20 times', () => {
  it('pglite keeps every acknowledged write', { timeout: 300_000 }, async () => {
    const dataDir = path.join(tmp, 'pglite');
    const result = await killRepeatedly('pglite', dataDir, () => createDb({ dataDir }));
    console.log(
      `crash [pglite]: ${KILLS} kills (${result.killedDuringStart} during start-up), ` +
        `${result.acks} acknowledged writes, each found after every later kill (${result.checked} checks)`,
    );
    expect(result.acks).toBeGreaterThan(KILLS);
    expect(result.refusedSecond).toBe(true);
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
  });

  it.skipIf(!TEST_DATABASE_URL)(
    'postgres keeps every acknowledged write',
    { timeout: 300_000 },
    async () => {
      const testDb: TestDb = await createTestDb('postgres', { prefix: 'kaohe_crash' });
      try {
        const url = testDb.url!;
        const result = await killRepeatedly('postgres', url, () =>
          createDb({ databaseUrl: url, poolSize: 2 }),
        );
        console.log(
          `crash [postgres]: ${KILLS} kills (${result.killedDuringStart} during start-up), ` +
            `${result.acks} acknowledged writes, each found after every later kill (${result.checked} checks)`,
        );
        expect(result.acks).toBeGreaterThan(KILLS);
      } finally {
        await testDb.dispose();
      }
    },
  );
});
