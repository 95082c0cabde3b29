import { describe, expect, test, vi } from 'vitest';
import { render } from '../../test/render.tsx';
import { type BackupStatusData, BackupStatusView } from './backup-status.tsx';

const base: BackupStatusData = {
  auto: true,
  dir: '/srv/kaohe/data/backups',
  time: '02:00',
  keep: 14,
  running: false,
  nextAt: '2026-03-05T02:00:00.000Z',
  lastSuccess: {
    at: '2026-03-04T02:00:00.000Z',
    reason: 'daily',
    file: '/srv/kaohe/data/backups/kaohe-2026-03-04T02-00-00-000Z.ndjson.gz',
    bytes: 123_456,
    rows: 900,
    files: 12,
  },
  lastFailure: null,
  warning: 'none',
};

describe('the admin pages’ backup status', () => {
  test('says when the last good backup was taken, and backs up on request', async () => {
    const onRun = vi.fn();
    const { screen } = render(<BackupStatusView status={base} running={false} onRun={onRun} />);
    await expect.element(screen.getByText('数据已备份')).toBeVisible();
    await expect
      .element(screen.getByText(/最近一次成功备份：.*（含佐证材料12个文件）/))
      .toBeVisible();
    await expect.element(screen.getByText(/保留最新14个/)).toBeVisible();
    await screen.getByRole('button', { name: '立即备份' }).click();
    expect(onRun).toHaveBeenCalledOnce();
  });

  test('warns when the last one failed, with the reason in the reader’s language', async () => {
    const failed: BackupStatusData = {
      ...base,
      warning: 'failed',
      lastFailure: {
        at: '2026-03-05T02:00:00.000Z',
        reason: 'daily',
        text: { zh: '备份失败：磁盘已满', en: 'Backup failed: the disk is full' },
      },
    };
    const { screen } = render(
      <BackupStatusView status={failed} running={false} onRun={() => {}} />,
      {
        locale: 'en',
      },
    );
    await expect.element(screen.getByText('The last backup failed')).toBeVisible();
    await expect.element(screen.getByText(/Backup failed: the disk is full/)).toBeVisible();
  });

  test('warns when none for more than two days, and says when the server does not back up', async () => {
    const { screen } = render(
      <BackupStatusView status={{ ...base, warning: 'stale' }} running={false} onRun={() => {}} />,
    );
    await expect.element(screen.getByText('已超过2天没有成功的备份')).toBeVisible();
    const off = render(
      <BackupStatusView
        status={{ ...base, auto: false, nextAt: null, lastSuccess: null, warning: 'off' }}
        running={false}
        onRun={() => {}}
      />,
    );
    await expect.element(off.screen.getByText(/由数据库管理员备份/)).toBeVisible();
    expect(off.screen.getByRole('button').elements()).toHaveLength(0);
  });
});
