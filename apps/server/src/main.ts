/**
 * Starts the product: validated configuration, the database (PGlite in the data folder,
 * or PostgreSQL with DATABASE_URL), migrations, the first admin, demo data when the
 * database is empty, then one HTTP server for the web app and the API.
 */
import { join } from 'node:path';
import { migrateToLatest } from '@kaohe/db';
import { createDb, installShutdown } from '@kaohe/db/client';
import { ensureAdmin, ensureOrganisation } from './bootstrap.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import type { AppDeps } from './context.ts';
import { DEMO_PASSWORD } from './demo/organisation.ts';
import { seedDemo } from './demo/seed.ts';
import { buildApp } from './http/app.ts';
import { BackupScheduler } from './services/backup-scheduler.ts';
import { sweepEvidence } from './services/evidence-service.ts';
import { openEvidenceStore } from './services/evidence-store.ts';
import { MailSender, smtpTransport } from './services/mail-sender.ts';
import { runDeadlineReminders } from './services/message-service.ts';

/** How often the deadline reminders are looked for (they are idempotent: a rerun adds nothing). */
const REMINDER_INTERVAL_MS = 15 * 60_000;

export async function startServer(config: Config, out: (line: string) => void = console.log) {
  const handle = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
    pgliteWorker: config.pgliteWorker,
  });
  await migrateToLatest(handle.db);
  const deps: AppDeps = {
    db: handle.db,
    config,
    now: () => new Date(),
    evidence: await openEvidenceStore(config),
  };
  // Before anything can upload: the files of deleted rows and what a crash left behind.
  const swept = await sweepEvidence(deps);
  await ensureOrganisation(deps.db);
  const admin = await ensureAdmin(deps.db, config.adminPassword);
  let demo: Awaited<ReturnType<typeof seedDemo>> | null = null;
  if (config.seedDemo) {
    out('正在准备演示数据（首次启动需要一点时间）… / preparing demo data…');
    demo = await seedDemo(deps);
  }
  const mail = config.smtpUrl ? new MailSender(deps, smtpTransport(config.smtpUrl)) : null;
  if (mail) {
    deps.mail = mail;
    mail.start();
  }
  const remind = () =>
    runDeadlineReminders(deps).catch((e) => console.error('deadline reminders', e));
  const reminders = setInterval(remind, REMINDER_INTERVAL_MS);
  reminders.unref();
  void remind();
  if (config.backup.auto) {
    deps.backups = new BackupScheduler(deps);
    deps.backups.start();
  }
  const app = await buildApp(deps, { logger: config.env === 'production' });
  await app.listen({ port: config.port, host: config.host });
  installShutdown(handle, {
    beforeClose: async () => {
      clearInterval(reminders);
      await deps.backups?.stop();
      await app.close();
      await mail?.stop();
    },
  });

  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const lines = [
    '',
    `考核系统已启动 / kaohe is running: ${url}`,
    ...(config.publicUrl ? [`访问地址 / public address: ${config.publicUrl}`] : []),
    ...(config.smtpUrl
      ? [`邮件 / email: ${new URL(config.smtpUrl).host}（发件人 / from ${config.mailFrom}）`]
      : []),
    `数据库 / database: ${handle.engine === 'pglite' ? `PGlite ${handle.dataDir}` : 'PostgreSQL'}`,
    '',
  ];
  if (admin.generatedAdminPassword) {
    lines.push(
      `管理员 / admin: admin  初始密码 / first password: ${admin.generatedAdminPassword}`,
      '  （仅显示这一次，请登录后修改 / shown once: change it after signing in）',
    );
  } else {
    lines.push(
      '管理员 / admin: admin（密码见首次启动输出或 KAOHE_ADMIN_PASSWORD / password from the first start or KAOHE_ADMIN_PASSWORD）',
    );
  }
  if (config.env === 'production' && !config.publicUrl) {
    lines.push(
      '',
      '提示：未设置 KAOHE_PUBLIC_URL，任何主机名均可访问（见 docs/operations.md）',
      '  note: KAOHE_PUBLIC_URL is not set: any host name is answered (see docs/operations.md)',
    );
  }
  if (demo) {
    const byRole = (role: string) => demo!.accounts.filter((a) => a.role === role);
    lines.push(
      '',
      `演示账号（密码均为 ${DEMO_PASSWORD}）/ demo accounts (password ${DEMO_PASSWORD}):`,
      ...(config.env === 'production'
        ? ['  （生产环境：首次登录须修改密码 / production: each must change it at first sign-in）']
        : []),
      `  主席室 chairman:  ${byRole('chairman')
        .map((a) => a.username)
        .join(', ')}`,
      `  职能部门 departments: ${byRole('department')
        .map((a) => a.username)
        .join(', ')}`,
      `  被考核单位 units: ${byRole('unit')
        .slice(0, 4)
        .map((a) => a.username)
        .join(', ')} … (${byRole('unit').length})`,
    );
  }
  if (swept.removed.length > 0) {
    lines.push(
      '',
      `已清理 ${swept.removed.length} 个无人使用的佐证文件 / removed ${swept.removed.length} evidence file(s) no record uses`,
    );
  }
  if (swept.skipped.some((s) => s.reason === 'empty database')) {
    lines.push(
      '',
      `佐证文件夹中有文件，但数据库中没有任何佐证记录：未清理，请确认 KAOHE_DATA_DIR 与数据库是否匹配 / the evidence folder has files but the database has no evidence at all: nothing removed; check that KAOHE_DATA_DIR and the database belong together`,
    );
  }
  const { backup } = config;
  const at = `${String(backup.time.hour).padStart(2, '0')}:${String(backup.time.minute).padStart(2, '0')}`;
  lines.push(
    '',
    backup.auto
      ? `自动备份 / backups: 每天 ${at} 及每个阶段全部完成时，保留最新 ${backup.keep} 个 / daily at ${at} and when a cycle completes a stage, newest ${backup.keep} kept: ${backup.dir}`
      : '自动备份未开启（KAOHE_BACKUP_AUTO）/ automatic backups are off (KAOHE_BACKUP_AUTO)',
  );
  lines.push('', '按 Ctrl+C 停止 / Ctrl+C stops it.');
  out(lines.join('\n'));
  return { app, handle, deps, url };
}

/** The product with the environment's configuration; a clear message and exit 1 when it cannot start. */
export async function startFromEnvironment(): Promise<void> {
  try {
    await startServer(loadConfig());
  } catch (e) {
    console.error(
      e instanceof ConfigError
        ? e.message
        : `启动失败 / failed to start: ${e instanceof Error ? e.message : String(e)}`,
    );
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await startFromEnvironment();
