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
import { useTRPC } from '../../trpc.ts';

const TITLE: Record<string, MessageKey> = {
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

export function BackupStatus() {
  const trpc = useTRPC();
  const t = useT();
  const { locale } = useLocale();
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
  const last = data.lastSuccess;
  const parts = [
    last
      ? t('backup.last', { at: formatDateTime(last.at), files: last.files })
      : t('backup.noneYet'),
    ...(data.auto && data.nextAt ? [t('backup.next', { at: formatDateTime(data.nextAt) })] : []),
    ...(data.auto ? [t('backup.keep', { time: data.time, keep: data.keep })] : []),
  ];
  const failure =
    data.warning === 'failed' && data.lastFailure
      ? `${formatDateTime(data.lastFailure.at)} ${data.lastFailure.text[locale]}`
      : null;
  return (
    <Alert
      role="status"
      showIcon
      type={TYPE[data.warning]}
      title={t(TITLE[data.warning]!)}
      description={
        <>
          <div>{parts.join(' · ')}</div>
          {failure ? <div>{failure}</div> : null}
        </>
      }
      action={
        data.auto ? (
          <Button size="small" loading={run.isPending || data.running} onClick={() => run.mutate()}>
            {t('backup.runNow')}
          </Button>
        ) : undefined
      }
    />
  );
}
