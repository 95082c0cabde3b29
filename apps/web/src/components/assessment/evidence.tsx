/**
 * 佐证材料 of one item: the list (whoever may see the assessment), download, and — while
 * the unit may still change the item — upload and delete. The server's plain routes under
 * /api/evidence, with the same CSRF and language headers as tRPC.
 */
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { EVIDENCE_ACCEPT, EVIDENCE_EXTENSIONS } from '@kaohe/domain';
import type { EvidenceLimits } from '@kaohe/server';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Popconfirm, Skeleton, Typography, Upload } from 'antd';
import { useId } from 'react';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { fetchJson, toAppError } from '../../lib/app-error.ts';
import { formatDateTime } from '../../lib/labels.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { apiHeaders } from '../../trpc.ts';
import { PlainList } from '../plain-list.tsx';

export interface Evidence {
  id: string;
  itemId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  uploadedBy: string;
  uploadedAt: string;
}

const base = (assessmentId: string, itemId: string) =>
  `/api/evidence/${encodeURIComponent(assessmentId)}/${encodeURIComponent(itemId)}`;

export const evidenceKey = (assessmentId: string, itemId: string) =>
  ['evidence', assessmentId, itemId] as const;

function size(bytes: number): string {
  const one = (n: number) => Number(n.toFixed(1));
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${one(bytes / 1024)} KB`;
  return `${one(bytes / 1024 / 1024)} MB`;
}

export function EvidenceList({
  assessmentId,
  itemId,
  editable,
}: {
  assessmentId: string;
  itemId: string;
  editable: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const queryClient = useQueryClient();
  const handleError = useErrorHandler();
  const key = evidenceKey(assessmentId, itemId);
  const list = useQuery({
    queryKey: key,
    queryFn: () => fetchJson<Evidence[]>(base(assessmentId, itemId)),
  });
  const limits = useQuery({
    queryKey: ['evidence', 'limits'],
    queryFn: () => fetchJson<EvidenceLimits>('/api/evidence/limits'),
    staleTime: Number.POSITIVE_INFINITY,
    enabled: editable,
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      fetchJson(`/api/evidence/file/${encodeURIComponent(id)}/delete`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...apiHeaders() },
        body: '{}',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
    onError: (e) => handleError(e),
  });

  return (
    <section aria-labelledby={headingId}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 6 }}>
        <Typography.Text strong id={headingId}>
          {t('evidence.title')}
        </Typography.Text>
        {editable && (
          <Upload
            accept={EVIDENCE_ACCEPT}
            showUploadList={false}
            multiple={false}
            customRequest={async ({ file, onSuccess, onError }) => {
              const body = new FormData();
              body.append('file', file as Blob);
              try {
                await fetchJson(base(assessmentId, itemId), {
                  method: 'POST',
                  headers: apiHeaders(),
                  body,
                });
                onSuccess?.(null);
                await queryClient.invalidateQueries({ queryKey: key });
              } catch (e) {
                onError?.(toAppError(e));
                handleError(e);
              }
            }}
          >
            <Button size="small" icon={<UploadOutlined />}>
              {t('evidence.upload')}
            </Button>
          </Upload>
        )}
      </Flex>
      {editable && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 6 }}>
          {t('evidence.hint.types', {
            types: EVIDENCE_EXTENSIONS.join(locale === 'zh' ? '、' : ', '),
          })}
          {limits.data &&
            `${locale === 'zh' ? '' : ' '}${t('evidence.hint.limits', {
              fileSize: size(limits.data.maxFileBytes),
              count: list.data?.length ?? 0,
              files: limits.data.maxFilesPerItem,
              total: size(limits.data.maxBytesPerAssessment),
            })}`}
        </Typography.Paragraph>
      )}
      {list.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} title={false} />
      ) : list.isError ? (
        <Alert
          type="error"
          showIcon
          title={toAppError(list.error).text[locale]}
          action={
            <Button size="small" onClick={() => list.refetch()}>
              {t('state.retry')}
            </Button>
          }
        />
      ) : (
        <PlainList
          items={list.data}
          rowKey={(e) => e.id}
          empty={t('evidence.none')}
          renderItem={(e) => (
            <>
              <Flex vertical>
                <a href={`/api/evidence/file/${encodeURIComponent(e.id)}`} download={e.fileName}>
                  <PaperClipOutlined /> {e.fileName}
                </a>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {size(e.sizeBytes)} · {formatDateTime(e.uploadedAt)}
                </Typography.Text>
              </Flex>
              {editable && (
                <Popconfirm
                  title={t('evidence.deleteConfirm', { name: e.fileName })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutateAsync(e.id)}
                >
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('evidence.delete', { name: e.fileName })}
                  />
                </Popconfirm>
              )}
            </>
          )}
        />
      )}
    </section>
  );
}
