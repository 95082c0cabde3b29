import { DomainError } from '@kaohe/domain';
import { type BackupStatus, backupWarning } from '../services/backup-scheduler.ts';
import { roleProcedure, router } from '../trpc.ts';

/**
 * The scheduled backups, for the admin screens: when the last good one was taken, the
 * last failure, the next run, and what to warn about. With PostgreSQL (or the schedule
 * turned off) there is no scheduler: the settings are shown with `auto: false`.
 */
export const backupRouter = router({
  status: roleProcedure('admin').query(({ ctx }): BackupStatus => {
    if (ctx.backups) return ctx.backups.status();
    const { backup } = ctx.config;
    const time = `${String(backup.time.hour).padStart(2, '0')}:${String(backup.time.minute).padStart(2, '0')}`;
    const off = { auto: false, lastSuccess: null, lastFailure: null };
    return {
      ...off,
      dir: backup.dir,
      time,
      keep: backup.keep,
      running: false,
      nextAt: null,
      warning: backupWarning(off, ctx.now()),
    };
  }),
  /** A backup now (the admin's button); the answer is the status after it. */
  run: roleProcedure('admin').mutation(async ({ ctx }): Promise<BackupStatus> => {
    if (!ctx.backups) {
      throw new DomainError('INVALID_INPUT', {
        zh: '本系统未开启自动备份（使用 PostgreSQL 时由数据库管理员备份）；请用 pnpm kaohe db backup',
        en: 'Automatic backups are off here (with PostgreSQL the DBA backs up); use pnpm kaohe db backup',
      });
    }
    await ctx.backups.run('manual');
    return ctx.backups.status();
  }),
});
