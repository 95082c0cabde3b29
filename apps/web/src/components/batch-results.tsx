import { Tag, Typography } from 'antd';
import { useT } from '../i18n/locale.tsx';
import { PlainList } from './plain-list.tsx';

export interface BatchResult {
  unitName: string;
  ok: boolean;
  /** Why it failed, in the user's language (the server's refusal). */
  message: string;
}

/** What a step taken for several units did for each: done, or refused and why. */
export function BatchResults({ results, running }: { results: BatchResult[]; running: boolean }) {
  const t = useT();
  return (
    <PlainList
      testId="batch-results"
      items={results}
      rowKey={(r) => r.unitName}
      header={
        running
          ? t('review.batchRunning', { done: results.length })
          : t('review.batchSummary', {
              ok: results.filter((r) => r.ok).length,
              failed: results.filter((r) => !r.ok).length,
            })
      }
      renderItem={(r) => (
        <div>
          <Tag color={r.ok ? 'success' : 'error'}>
            {r.ok ? t('review.batchOk') : t('review.batchFailed')}
          </Tag>
          {r.unitName}
          {!r.ok && (
            <Typography.Text type="danger" style={{ display: 'block' }}>
              {r.message}
            </Typography.Text>
          )}
        </div>
      )}
    />
  );
}
