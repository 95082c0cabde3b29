/**
 * Backups the embedded server takes by itself (issue 17): PGlite as shipped syncs nothing
 * to disk, so a power cut on the one office machine can lose recent commits. Every day at
 * KAOHE_BACKUP_TIME (local time) and whenever a whole cycle completes a stage (no
 * assessment of it is left in that stage or before), a full backup — database and
 * evidence files, `db backup`'s format — goes into KAOHE_BACKUP_DIR; the newest
 * KAOHE_BACKUP_KEEP are kept. Never two at once: a request while one runs is taken once
 * more after it. What happened last (the last good backup, the last failure) is kept in a
 * small status file beside the backups, so the admin screens still say it after a restart.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BackupError, writeRotatingBackup } from '@kaohe/db';
import type { LocalizedText } from '@kaohe/domain';
import type { AssessmentStage } from '@kaohe/workflow';
import type { BackupConfig } from '../config.ts';
import type { AppDeps } from '../context.ts';
import type { Warn } from './evidence-service.ts';

/** setTimeout as the scheduler uses it; tests pass timers that a fake clock fires. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const REAL_TIMERS: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export type BackupReason = 'daily' | 'stage' | 'manual';

export interface BackupRecord {
  at: string;
  reason: BackupReason;
  file: string;
  bytes: number;
  rows: number;
  files: number;
}

export interface BackupFailure {
  at: string;
  reason: BackupReason;
  text: LocalizedText;
}

/** What the admin screens show: `none` all is well; otherwise what to warn about. */
export type BackupWarning = 'none' | 'off' | 'never' | 'stale' | 'failed';

export interface BackupStatus {
  auto: boolean;
  dir: string;
  /** "02:00" */
  time: string;
  keep: number;
  running: boolean;
  nextAt: string | null;
  lastSuccess: BackupRecord | null;
  lastFailure: BackupFailure | null;
  warning: BackupWarning;
}

/** The admin is warned when the last good backup is older than this. */
export const STALE_AFTER_MS = 2 * 24 * 3_600_000;

const STATUS_FILE = 'kaohe-backup-status.json';

/** The next moment at hour:minute local time strictly after `now`. */
export function nextDailyRun(now: Date, time: BackupConfig['time']): Date {
  const at = new Date(now);
  at.setHours(time.hour, time.minute, 0, 0);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at;
}

export function backupWarning(
  status: Pick<BackupStatus, 'auto' | 'lastSuccess' | 'lastFailure'>,
  now: Date,
): BackupWarning {
  if (!status.auto) return 'off';
  const good = status.lastSuccess ? Date.parse(status.lastSuccess.at) : null;
  if (status.lastFailure && (good === null || Date.parse(status.lastFailure.at) > good)) {
    return 'failed';
  }
  if (good === null) return 'never';
  return now.getTime() - good > STALE_AFTER_MS ? 'stale' : 'none';
}

/** Order of the stages a cycle goes through; returned is still the review. */
const STAGE_RANK: Record<AssessmentStage, number> = {
  selfScoring: 0,
  review: 1,
  returned: 1,
  bonus: 2,
  finalApproval: 3,
  approved: 4,
  published: 5,
  final: 6,
};

export class BackupScheduler {
  private readonly timers: Timers;
  private readonly log: Warn;
  private timer: unknown = null;
  private nextAt: Date | null = null;
  private running: Promise<BackupRecord | null> | null = null;
  private again: BackupReason | null = null;
  private lastSuccess: BackupRecord | null = null;
  private lastFailure: BackupFailure | null = null;
  private stopped = false;

  constructor(
    private readonly deps: Pick<AppDeps, 'db' | 'evidence' | 'now'> & {
      config: { backup: BackupConfig };
    },
    options: { timers?: Timers; log?: Warn } = {},
  ) {
    this.timers = options.timers ?? REAL_TIMERS;
    this.log = options.log ?? { warn: (details, message) => console.warn(message, details) };
    this.readStatusFile();
  }

  private get config(): BackupConfig {
    return this.deps.config.backup;
  }

  /** Schedules the daily backup (when automatic backups are on). */
  start(): void {
    if (!this.config.auto || this.stopped) return;
    // From the run that just fired, not only the clock: a timer a millisecond early
    // must not schedule the same 02:00 again.
    const from = Math.max(this.deps.now().getTime(), this.nextAt?.getTime() ?? 0);
    this.nextAt = nextDailyRun(new Date(from), this.config.time);
    const wait = Math.max(0, this.nextAt.getTime() - this.deps.now().getTime());
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.run('daily').finally(() => this.start());
    }, wait);
  }

  /** No more scheduled backups; a running one finishes. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.nextAt = null;
    await this.running?.catch(() => {});
  }

  /**
   * After an assessment changed stage: when it moved forward and no assessment of its
   * cycle is left in the stage it left (or before), the whole cycle completed that
   * stage, and a backup is taken.
   */
  async afterStageChange(cycleId: string, from: AssessmentStage, to: AssessmentStage) {
    if (!this.config.auto || STAGE_RANK[to] <= STAGE_RANK[from]) return;
    const behind = (Object.keys(STAGE_RANK) as AssessmentStage[]).filter(
      (s) => STAGE_RANK[s] <= STAGE_RANK[from],
    );
    const left = await this.deps.db
      .selectFrom('assessments')
      .select('id')
      .where('cycleId', '=', cycleId)
      .where('stage', 'in', behind)
      .limit(1)
      .executeTakeFirst();
    if (!left) await this.run('stage');
  }

  /**
   * Takes a backup now, unless one is running: then once more after it (what changed
   * meanwhile must be in a backup too), and this resolves with the running one's result.
   * Never throws: a failure is recorded, logged and shown.
   */
  run(reason: BackupReason): Promise<BackupRecord | null> {
    if (this.running) {
      this.again = reason;
      return this.running;
    }
    const running = this.take(reason).finally(() => {
      this.running = null;
      const again = this.again;
      this.again = null;
      if (again && !this.stopped) void this.run(again);
    });
    this.running = running;
    return running;
  }

  /** Resolves when no backup is running (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => {});
  }

  status(): BackupStatus {
    const hh = String(this.config.time.hour).padStart(2, '0');
    const mm = String(this.config.time.minute).padStart(2, '0');
    return {
      auto: this.config.auto,
      dir: this.config.dir,
      time: `${hh}:${mm}`,
      keep: this.config.keep,
      running: this.running !== null,
      nextAt: this.nextAt?.toISOString() ?? null,
      lastSuccess: this.lastSuccess,
      lastFailure: this.lastFailure,
      warning: backupWarning(
        { auto: this.config.auto, lastSuccess: this.lastSuccess, lastFailure: this.lastFailure },
        this.deps.now(),
      ),
    };
  }

  private async take(reason: BackupReason): Promise<BackupRecord | null> {
    const at = this.deps.now();
    try {
      const result = await writeRotatingBackup(
        this.deps.db,
        this.config.dir,
        this.config.keep,
        () => at,
        { evidence: this.deps.evidence },
      );
      this.lastSuccess = {
        at: at.toISOString(),
        reason,
        file: result.file,
        bytes: fs.statSync(result.file).size,
        rows: result.rows,
        files: result.files,
      };
      this.writeStatusFile();
      return this.lastSuccess;
    } catch (e) {
      const text: LocalizedText =
        e instanceof BackupError
          ? e.text
          : {
              zh: `备份失败：${e instanceof Error ? e.message : String(e)}`,
              en: `Backup failed: ${e instanceof Error ? e.message : String(e)}`,
            };
      this.lastFailure = { at: at.toISOString(), reason, text };
      this.log.warn({ err: e, dir: this.config.dir }, `scheduled backup failed: ${text.en}`);
      this.writeStatusFile();
      return null;
    }
  }

  private writeStatusFile(): void {
    try {
      fs.mkdirSync(this.config.dir, { recursive: true });
      const file = path.join(this.config.dir, STATUS_FILE);
      fs.writeFileSync(
        `${file}.tmp`,
        JSON.stringify({ lastSuccess: this.lastSuccess, lastFailure: this.lastFailure }),
        { mode: 0o600 },
      );
      fs.renameSync(`${file}.tmp`, file);
    } catch (e) {
      // A folder we cannot write shows as the failure of the next backup as well.
      this.log.warn({ err: e }, 'backup status not written');
    }
  }

  /** What the last run left; without a status file, the newest backup in the folder. */
  private readStatusFile(): void {
    try {
      const saved = JSON.parse(
        fs.readFileSync(path.join(this.config.dir, STATUS_FILE), 'utf8'),
      ) as { lastSuccess: BackupRecord | null; lastFailure: BackupFailure | null };
      this.lastSuccess = saved.lastSuccess ?? null;
      this.lastFailure = saved.lastFailure ?? null;
      return;
    } catch {
      // No status yet (first start), or unreadable: look at the backups themselves.
    }
    const names = fs.existsSync(this.config.dir)
      ? fs
          .readdirSync(this.config.dir)
          .filter((f) => /^kaohe-.*\.ndjson\.gz$/.test(f))
          .sort()
      : [];
    const newest = names.at(-1);
    if (!newest) return;
    const file = path.join(this.config.dir, newest);
    const info = fs.statSync(file);
    this.lastSuccess = {
      at: info.mtime.toISOString(),
      reason: 'daily',
      file,
      bytes: info.size,
      rows: 0,
      files: 0,
    };
  }
}
