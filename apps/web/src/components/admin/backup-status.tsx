/**
 * On every admin page: when the last good backup was taken (issue 17), and a warning when
 * none was taken for more than two days, none yet, or the last one failed. With the
 * embedded database the server backs itself up; with PostgreSQL it says the DBA does.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useLocale, useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { formatDateTime } from '../../lib/labels.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { type inferOutput, type Trpc, useTRPC } from '../../trpc.ts';

const TITLE: Record<BackupStatusData['warning'], MessageKey> = {
  none: 'backup.ok',
  never: 'backup.never',
  stale: 'backup.stale',
  failed: 'backup.failed',
  off: 'backup.off',
};
const TYPE = {
  none: 'success',
  never: 'warning',
  stale: 'warning',
  failed: 'error',
  off: 'info',
} as const;

export type BackupStatusData = inferOutput<Trpc['backup']['status']>;

/** The backup status of the server, with its "back up now" button. */
export function BackupStatus() {
  const trpc = useTRPC();
  const handleError = useErrorHandler();
  const queryClient = useQueryClient();
  const { data } = useQuery(trpc.backup.status.queryOptions());
  const run = useMutation(
    trpc.backup.run.mutationOptions({
      onSuccess: (status) => queryClient.setQueryData(trpc.backup.status.queryKey(), status),
      onError: (e) => handleError(e),
    }),
  );
  if (!data) return null;
  return <BackupStatusView status={data} running={run.isPending} onRun={() => run.mutate()} />;
}

export function BackupStatusView({
  status,
  running,
  onRun,
}: {
  status: BackupStatusData;
  running: boolean;
  onRun: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const last = status.lastSuccess;
  const parts = [
    last
      ? t('backup.last', { at: formatDateTime(last.at), files: last.files })
      : t('backup.noneYet'),
    ...(status.auto && status.nextAt
      ? [t('backup.next', { at: formatDateTime(status.nextAt) })]
      : []),
    ...(status.auto ? [t('backup.keep', { time: status.time, keep: status.keep })] : []),
  ];
  const failure =
    status.warning === 'failed' && status.lastFailure
      ? `${formatDateTime(status.lastFailure.at)} ${status.lastFailure.text[locale]}`
      : null;
  return (
    <Alert
      role="status"
      showIcon
      type={TYPE[status.warning]}
      title={t(TITLE[status.warning])}
      description={
        <>
          <div>{parts.join(' · ')}</div>
          {failure ? <div>{failure}</div> : null}
        </>
      }
      action={
        status.auto ? (
          <Button size="small" loading={running || status.running} onClick={onRun}>
            {t('backup.runNow')}
          </Button>
        ) : undefined
      }
    />
  );
}
