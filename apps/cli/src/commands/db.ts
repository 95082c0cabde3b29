import * as fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  BackupError,
  type BackupSummary,
  backupDatabase,
  MigrationError,
  migrateToLatest,
  readBackupHeader,
  restoreDatabase,
  writeRotatingBackup,
} from '@kaohe/db';
import { createDb, DataDirLockedError, verifyBackup } from '@kaohe/db/client';
import type { Locale, LocalizedText } from '@kaohe/domain';
import { ConfigError, loadConfig } from '@kaohe/server/config';
import { CliError } from '../output.ts';

/** The server's configuration from the environment; a bad setting is a message, not a stack. */
export function cliConfig(): ReturnType<typeof loadConfig> {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError({ zh: e.message, en: e.message });
    throw e;
  }
}

/**
 * The configured database: PostgreSQL when DATABASE_URL is set, else PGlite in
 * KAOHE_DATA_DIR/pglite. A PGlite folder the running system holds is refused by its lock.
 */
export async function open() {
  const config = cliConfig();
  try {
    const handle = await createDb({
      databaseUrl: config.databaseUrl,
      dataDir: join(config.dataDir, 'pglite'),
    });
    return { config, handle };
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      throw new CliError({
        zh: `数据目录 ${e.dataDir} 正被另一个进程（PID ${e.pid}）使用：内置数据库同一时间只能由一个进程打开，请先停止系统（Ctrl+C 或 systemctl stop）再执行此命令`,
        en: `The data folder ${e.dataDir} is in use by another process (PID ${e.pid}): the embedded database opens in one process at a time; stop the system (Ctrl+C or systemctl stop) first, then run this command`,
      });
    }
    throw e;
  }
}

/** A database error a person can act on, in their language; anything else goes up as it is. */
function explained(e: unknown): unknown {
  if (e instanceof BackupError) return new CliError(e.text);
  if (e instanceof MigrationError) return new CliError({ zh: e.message, en: e.message });
  return e;
}

export async function migrate(locale: Locale): Promise<number> {
  const { handle } = await open();
  try {
    const applied = await migrateToLatest(handle.db).catch((e: unknown) => {
      throw explained(e);
    });
    process.stdout.write(
      locale === 'zh'
        ? `数据库已是最新（本次执行${applied.length}个迁移${applied.length ? `：${applied.join('、')}` : ''}）\n`
        : `Database is up to date (${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''})\n`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

type DemoDeps = Parameters<typeof import('@kaohe/server/demo').seedDemo>[0];

/**
 * Demo data on the configured database, migrated first, with the admin account (a generated
 * admin password is said after `seed`): what `seed` made, in words, or that the database
 * already has a cycle and nothing was generated.
 */
export async function seedDemoData<T extends { skipped: boolean }>(
  locale: Locale,
  seed: (deps: DemoDeps) => Promise<T>,
  created: (result: T) => LocalizedText,
): Promise<number> {
  const { config, handle } = await open();
  try {
    await migrateToLatest(handle.db);
    const { ensureAdmin } = await import('@kaohe/server/bootstrap');
    const deps = {
      db: handle.db,
      config,
      now: () => new Date(),
      evidence: await evidenceStore(config),
    };
    const admin = await ensureAdmin(handle.db, config.adminPassword);
    const result = await seed(deps);
    if (admin.generatedAdminPassword) {
      process.stdout.write(`admin / ${admin.generatedAdminPassword}\n`);
    }
    const said: LocalizedText = result.skipped
      ? {
          zh: '数据库中已有考核年度，未重复生成演示数据',
          en: 'The database already has a cycle; demo data not generated again',
        }
      : created(result);
    process.stdout.write(`${said[locale]}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}

export async function demoSeed(locale: Locale): Promise<number> {
  const { seedDemo } = await import('@kaohe/server/demo');
  return seedDemoData(
    locale,
    (deps) => seedDemo(deps, { log: (l) => process.stdout.write(`${l}\n`) }),
    (result) => ({
      zh: `演示数据已生成：${result.accounts.length}个演示账号`,
      en: `Demo data created: ${result.accounts.length} demo accounts`,
    }),
  );
}

// --- backup and restore ----------------------------------------------------------------

const USAGE: LocalizedText = {
  zh: `用法：
  pnpm kaohe db backup <文件>                   备份整个数据库及佐证材料到一个文件
  pnpm kaohe db backup --dir <目录> [--keep N]  在目录中写入带时间戳的备份，只保留最新的N个
  pnpm kaohe db restore <文件> [--force]        从备份恢复到一个空数据库；--force 用备份替换现有全部数据
  pnpm kaohe db verify <文件>                   在临时数据库中试恢复并检查备份`,
  en: `Usage:
  pnpm kaohe db backup <file>                   back up the whole database and the evidence to a file
  pnpm kaohe db backup --dir <dir> [--keep N]   write a timestamped backup into dir, keep the newest N
  pnpm kaohe db restore <file> [--force]        restore into an empty database; --force replaces all data
  pnpm kaohe db verify <file>                   restore into a scratch database and check the backup`,
};

/** The configured evidence store (the folder, or the S3 bucket of KAOHE_S3_*). */
async function evidenceStore(config: ReturnType<typeof loadConfig>) {
  const { openEvidenceStore } = await import('@kaohe/server/evidence');
  return openEvidenceStore(config);
}

const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))}`;

interface Parsed {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

function parseArgs(args: string[], flags: string[], options: string[]): Parsed {
  const parsed: Parsed = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (flags.includes(a)) parsed.flags.add(a);
    else if (options.includes(a)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) {
        throw new CliError({
          zh: `${a} 需要一个值\n\n${USAGE.zh}`,
          en: `${a} needs a value\n\n${USAGE.en}`,
        });
      }
      parsed.options.set(a, value);
    } else if (a.startsWith('--')) {
      throw new CliError({
        zh: `未知选项：${a}\n\n${USAGE.zh}`,
        en: `Unknown option: ${a}\n\n${USAGE.en}`,
      });
    } else parsed.positional.push(a);
  }
  return parsed;
}

const say = (locale: Locale, text: LocalizedText) => process.stdout.write(`${text[locale]}\n`);

/** A backup of format 1 has the scores but not the files: those need their own copy back. */
function oldBackupNote(where: string): LocalizedText {
  return {
    zh: `注意：此备份来自较早的版本，不含佐证材料文件；请另行把当时的佐证材料复制回 ${where}`,
    en: `Note: this backup comes from an earlier version and holds no evidence files; copy that time's evidence files back into ${where} separately`,
  };
}

/** `db backup FILE` or `db backup --dir DIR [--keep N]` (for cron or a systemd timer). */
export async function backup(locale: Locale, args: string[]): Promise<number> {
  const { positional, options } = parseArgs(args, [], ['--dir', '--keep']);
  const dir = options.get('--dir');
  const keepText = options.get('--keep');
  if (
    dir === undefined ? positional.length !== 1 || keepText !== undefined : positional.length > 0
  ) {
    throw new CliError(USAGE);
  }
  const keep = keepText === undefined ? undefined : Number(keepText);
  if (keep !== undefined && !(Number.isInteger(keep) && keep >= 1)) {
    throw new CliError({
      zh: `--keep 应为不小于1的整数：${keepText}`,
      en: `--keep must be a whole number of at least 1: ${keepText}`,
    });
  }
  const file = positional[0] === undefined ? undefined : resolve(positional[0]);
  if (file !== undefined) {
    if (fs.existsSync(file)) {
      throw new CliError({
        zh: `文件已存在：${file}（不会覆盖，请换一个文件名）`,
        en: `File exists: ${file} (not overwritten; choose another name)`,
      });
    }
    if (!fs.existsSync(dirname(file))) {
      throw new CliError({
        zh: `目录不存在：${dirname(file)}`,
        en: `Folder not found: ${dirname(file)}`,
      });
    }
  }

  const { config, handle } = await open();
  try {
    const evidence = await evidenceStore(config);
    if (file !== undefined) {
      const summary = await backupDatabase(handle.db, file, { evidence }).catch((e: unknown) => {
        throw explained(e);
      });
      say(locale, backedUp({ ...summary, file: summary.file! }));
    } else {
      const result = await writeRotatingBackup(
        handle.db,
        resolve(dir!),
        keep ?? Number.MAX_SAFE_INTEGER,
        () => new Date(),
        { evidence },
      ).catch((e: unknown) => {
        throw explained(e);
      });
      say(locale, backedUp(result));
      if (result.deleted.length > 0) {
        const names = result.deleted.map((f) => basename(f));
        say(locale, {
          zh: `已删除较早的备份（保留最新${keep}个）：${names.join('、')}`,
          en: `Deleted older backups (keeping the newest ${keep}): ${names.join(', ')}`,
        });
      }
    }
    return 0;
  } finally {
    await handle.close();
  }
}

function backedUp(summary: BackupSummary & { file: string }): LocalizedText {
  const { file, tables, rows, files, fileBytes } = summary;
  const version = summary.migrations.at(-1) ?? '—';
  return {
    zh: `已备份到 ${file}：${tables.length}张表，共${rows}行（数据库版本 ${version}），佐证材料${files}个文件（${megabytes(fileBytes)}MB）`,
    en: `Backed up to ${file}: ${tables.length} tables, ${rows} rows (database version ${version}), ${files} evidence file(s) (${megabytes(fileBytes)} MB)`,
  };
}

/** `db restore FILE [--force]`: into an empty (or new) database, or replacing everything. */
export async function restore(locale: Locale, args: string[]): Promise<number> {
  const { positional, flags } = parseArgs(args, ['--force'], []);
  if (positional.length !== 1) throw new CliError(USAGE);
  const file = resolve(positional[0]!);
  // The file first: a wrong file is said at once, without opening the database.
  await readBackupHeader(file).catch((e: unknown) => {
    throw explained(e);
  });
  const { config, handle } = await open();
  try {
    const evidence = await evidenceStore(config);
    const result = await restoreDatabase(handle.db, file, {
      replace: flags.has('--force'),
      evidence,
    }).catch((e: unknown) => {
      throw explained(e);
    });
    const { header } = result;
    say(locale, {
      zh: `已从 ${file} 恢复：${result.tables.length}张表，共${result.rows}行（备份于 ${header.createdAt}，来自 ${header.engine}）`,
      en: `Restored from ${file}: ${result.tables.length} tables, ${result.rows} rows (backed up at ${header.createdAt}, from ${header.engine})`,
    });
    if (result.replaced.length > 0) {
      say(locale, {
        zh: '原有数据（包括审计记录）已被备份中的数据替换',
        en: 'The data that was there (the audit trail included) was replaced by the backup',
      });
    }
    if (result.migrated.after.length > 0) {
      say(locale, {
        zh: `恢复后已将数据库升级到最新：${result.migrated.after.join('、')}`,
        en: `After the restore the database was migrated to the latest: ${result.migrated.after.join(', ')}`,
      });
    }
    const e = result.evidence;
    say(
      locale,
      e.included
        ? {
            zh: `佐证材料：${e.files}个文件（${megabytes(e.bytes)}MB）已逐一校验 sha-256，写入${e.written}个，已存在${e.present}个（${evidence.where}）`,
            en: `Evidence: ${e.files} file(s) (${megabytes(e.bytes)} MB) each checked by sha-256, ${e.written} written, ${e.present} already there (${evidence.where})`,
          }
        : oldBackupNote(evidence.where),
    );
    return 0;
  } finally {
    await handle.close();
  }
}

/**
 * `db verify FILE`: restores into a scratch database (a temporary PGlite folder) and
 * checks it; the evidence files are read and hashed, written nowhere. Exit 0 or 1.
 */
export async function verify(locale: Locale, args: string[]): Promise<number> {
  const { positional } = parseArgs(args, [], []);
  if (positional.length !== 1) throw new CliError(USAGE);
  const file = resolve(positional[0]!);
  const header = await readBackupHeader(file).catch((e: unknown) => {
    throw explained(e);
  });
  const result = await verifyBackup(file).catch((e: unknown) => {
    throw explained(e);
  });
  const differ = result.counted.filter(
    (c, i) => c.name !== result.tables[i]?.name || c.rows !== result.tables[i]?.rows,
  );
  if (differ.length > 0) {
    throw new CliError({
      zh: `备份校验失败：恢复后 ${differ.map((d) => d.name).join('、')} 的行数与备份不同`,
      en: `The backup failed verification: after the restore ${differ.map((d) => d.name).join(', ')} differ in rows from the backup`,
    });
  }
  if (result.totalsDifferences.length > 0) {
    const units = [...new Set(result.totalsDifferences.map((d) => d.unitName))];
    throw new CliError({
      zh: `备份校验失败：恢复后 ${units.join('、')} 的合计或总计与各项得分不一致（共${result.totalsDifferences.length}处；恢复后可用 db check 查看）`,
      en: `The backup failed verification: after the restore the totals of ${units.join(', ')} differ from their item scores (${result.totalsDifferences.length} figures; db check lists them)`,
    });
  }
  const e = result.evidence;
  say(locale, {
    zh: `备份完好：${file}（备份于 ${header.createdAt}，来自 ${header.engine}）：${result.tables.length}张表，共${result.rows}行，逐表行数一致，合计与总计与各项得分一致；数据库版本 ${header.migrations.at(-1) ?? '—'}，可升级到 ${result.migrations.at(-1) ?? '—'}；${e.included ? `佐证材料${e.files}个文件（${megabytes(e.bytes)}MB）sha-256 全部一致` : '不含佐证材料文件（较早版本的备份）'}`,
    en: `The backup is sound: ${file} (taken at ${header.createdAt}, from ${header.engine}): ${result.tables.length} tables, ${result.rows} rows, every table's count and every kept total matches; database version ${header.migrations.at(-1) ?? '—'}, migrates to ${result.migrations.at(-1) ?? '—'}; ${e.included ? `${e.files} evidence file(s) (${megabytes(e.bytes)} MB), every sha-256 matches` : 'no evidence files (a backup of an earlier version)'}`,
  });
  return 0;
}
