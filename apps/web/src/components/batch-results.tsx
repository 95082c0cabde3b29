import { Button, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocale, useT } from '../i18n/locale.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { toAppError } from '../lib/app-error.ts';
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

/**
 * One step for several units, one after another (each is its own step with its own checks
 * and audit record), and the dialog that shows how each went while it runs and after.
 */
export function useBatch(title: MessageKey) {
  const t = useT();
  const { locale } = useLocale();
  const [batch, setBatch] = useState<{ running: boolean; done: BatchResult[] } | null>(null);

  const run = async <R extends { unitName: string }>(
    rows: readonly R[],
    step: (row: R) => Promise<unknown>,
    /** What a unit done says (nothing but the tag when empty). */
    okMessage = '',
  ) => {
    const done: BatchResult[] = [];
    setBatch({ running: true, done });
    for (const row of rows) {
      try {
        await step(row);
        done.push({ unitName: row.unitName, ok: true, message: okMessage });
      } catch (e) {
        done.push({ unitName: row.unitName, ok: false, message: toAppError(e).text[locale] });
      }
      setBatch({ running: true, done: [...done] });
    }
    setBatch({ running: false, done });
  };

  const dialog = (
    <Modal
      open={batch !== null}
      title={t(title)}
      closable={!batch?.running}
      mask={{ closable: !batch?.running }}
      onCancel={() => setBatch(null)}
      footer={
        <Button disabled={batch?.running} onClick={() => setBatch(null)}>
          {t('common.close')}
        </Button>
      }
    >
      {batch && <BatchResults results={batch.done} running={batch.running} />}
    </Modal>
  );
  return { run, dialog };
}
