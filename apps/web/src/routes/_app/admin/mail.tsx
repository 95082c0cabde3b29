/**
 * /admin/mail: the email queue (issue 15): each copy of a message with its state
 * (待发送, 发送中, 已发送, 失败), attempts and last error, newest first, paged.
 */
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Alert, Card, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/locale.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { formatDateTime } from '../../../lib/labels.ts';
import { type inferOutput, type Trpc, useTRPC } from '../../../trpc.ts';

export const Route = createFileRoute('/_app/admin/mail')({
  component: MailPage,
});

type Mail = inferOutput<Trpc['message']['mailOutbox']>['rows'][number];
type Status = Mail['status'];

const STATUS: Record<Status, { label: MessageKey; color: string }> = {
  pending: { label: 'mail.pending', color: 'default' },
  sending: { label: 'mail.sending', color: 'processing' },
  sent: { label: 'mail.sent', color: 'success' },
  failed: { label: 'mail.failed', color: 'error' },
};

const PAGE = 50;

function MailPage() {
  const t = useT();
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [page, setPage] = useState(1);
  const { data, isPending } = useQuery(
    trpc.message.mailOutbox.queryOptions({
      ...(status === 'all' ? {} : { status }),
      limit: PAGE,
      offset: (page - 1) * PAGE,
    }),
  );
  return (
    <Card title={t('mail.title')}>
      <Flex vertical gap={12}>
        {data && !data.enabled && <Alert type="info" showIcon message={t('mail.disabled')} />}
        <Segmented<Status | 'all'>
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('mail.all') },
            ...(Object.keys(STATUS) as Status[]).map((s) => ({
              value: s,
              label: `${t(STATUS[s].label)} ${data?.counts[s] ?? 0}`,
            })),
          ]}
        />
        <Table<Mail>
          rowKey="id"
          size="small"
          loading={isPending}
          dataSource={data?.rows ?? []}
          scroll={{ x: 900 }}
          pagination={{
            current: page,
            pageSize: PAGE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
          }}
          columns={[
            {
              key: 'status',
              title: t('mail.status'),
              render: (_, m) => (
                <Tag color={STATUS[m.status].color}>{t(STATUS[m.status].label)}</Tag>
              ),
            },
            { key: 'to', title: t('mail.to'), dataIndex: 'toAddress' },
            { key: 'subject', title: t('mail.subject'), dataIndex: 'subject', ellipsis: true },
            { key: 'attempts', title: t('mail.attempts'), dataIndex: 'attempts', width: 90 },
            {
              key: 'error',
              title: t('mail.lastError'),
              render: (_, m) =>
                m.lastError ? <Typography.Text type="danger">{m.lastError}</Typography.Text> : null,
              ellipsis: true,
            },
            {
              key: 'created',
              title: t('mail.created'),
              render: (_, m) => formatDateTime(m.createdAt),
            },
            {
              key: 'when',
              title: `${t('mail.sentAt')} / ${t('mail.next')}`,
              render: (_, m) =>
                m.sentAt
                  ? formatDateTime(m.sentAt)
                  : m.status === 'pending'
                    ? formatDateTime(m.nextAttemptAt)
                    : null,
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
