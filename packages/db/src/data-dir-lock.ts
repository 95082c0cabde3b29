/**
 * One process per PGlite data folder. PGlite is PostgreSQL in WebAssembly without the
 * postmaster, so nothing stops a second process from opening the same files, and two
 * writers corrupt them. A lock file beside the folder, created with O_EXCL, holds the
 * owner's pid; a lock whose pid is no longer running is stale and is taken over.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export class DataDirLockedError extends Error {
  readonly dataDir: string;
  readonly pid: number;
  constructor(dataDir: string, pid: number) {
    super(
      `数据目录 ${dataDir} 正被另一个进程（PID ${pid}）使用 / ` +
        `data folder ${dataDir} is in use by another process (PID ${pid})`,
    );
    this.name = 'DataDirLockedError';
    this.dataDir = dataDir;
    this.pid = pid;
  }
}

interface LockContent {
  pid: number;
  host: string;
  since: string;
}

export interface DataDirLock {
  readonly lockPath: string;
  release(): void;
}

export function lockPathFor(dataDir: string): string {
  // Beside the folder, not in it: PGlite's initdb wants the folder to itself.
  return `${path.resolve(dataDir)}.lock`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lockPath: string): { text: string; content: LockContent | null } | null {
  let text: string;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockContent>;
    if (typeof parsed.pid === 'number' && Number.isInteger(parsed.pid)) {
      return {
        text,
        content: { pid: parsed.pid, host: String(parsed.host), since: String(parsed.since) },
      };
    }
  } catch {
    // A half-written lock (a crash between create and write) is treated as stale.
  }
  return { text, content: null };
}

/**
 * Takes the lock for `dataDir` or throws DataDirLockedError naming the process that has
 * it. The same process asking twice is refused too: two PGlite instances in one process
 * corrupt a folder just as well.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const lockPath = lockPathFor(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const mine: LockContent = {
    pid: process.pid,
    host: os.hostname(),
    since: new Date().toISOString(),
  };
  const myText = JSON.stringify(mine);

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      try {
        fs.writeSync(fd, myText);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      return {
        lockPath,
        release() {
          // Only remove the lock if it is still ours.
          if (readLock(lockPath)?.text === myText) fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const held = readLock(lockPath);
    if (held === null) continue;
    const owner = held.content;
    // A pid from another host cannot be checked here, so it is believed.
    if (owner && (owner.host !== mine.host || isRunning(owner.pid))) {
      throw new DataDirLockedError(path.resolve(dataDir), owner.pid);
    }
    takeOverStale(lockPath, held.text);
  }
  throw new Error(`could not take the lock ${lockPath}: it keeps changing hands`);
}

/**
 * Removes a stale lock without removing a fresh one another process has just created in
 * its place: the file is first renamed (atomic) and only deleted if it is the stale one.
 */
function takeOverStale(lockPath: string, staleText: string): void {
  const aside = `${lockPath}.${process.pid}.${Date.now()}.stale`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const grabbed = fs.readFileSync(aside, 'utf8');
  if (grabbed === staleText) {
    fs.rmSync(aside, { force: true });
    return;
  }
  // We moved someone's live lock: put it back unless a third process took the name.
  try {
    fs.linkSync(aside, lockPath);
  } catch {
    // The name is taken again; the next attempt will read whoever holds it.
  }
  fs.rmSync(aside, { force: true });
}
