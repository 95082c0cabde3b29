/**
 * 站内消息: newest first, unread in bold, each with the page it is about; mark one or all
 * read. The list and the bell share the server's unread count.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { App, Badge, Button, Card, Empty, Flex, Skeleton, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocale, useT } from '../i18n/locale.tsx';
import { formatDateTime } from '../lib/labels.ts';
import type { SessionUser } from '../lib/session.ts';
import { useErrorHandler } from '../lib/use-error-handler.tsx';
import { type inferOutput, type Trpc, useTRPC } from '../trpc.ts';
import { PlainList } from './plain-list.tsx';

export type Message = inferOutput<Trpc['message']['list']>['messages'][number];

const PAGE = 30;

function MessageLink({ message, role }: { message: Message; role: SessionUser['role'] }) {
  const t = useT();
  if (!message.assessmentId) return null;
  return role === 'department' ? (
    <Link to="/review" search={{ assessment: message.assessmentId }}>
      {t('msg.open')}
    </Link>
  ) : (
    <Link to="/assessments/$id" params={{ id: message.assessmentId }}>
      {t('msg.open')}
    </Link>
  );
}

export function MessageList({ userRole: role }: { userRole: SessionUser['role'] }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const handleError = useErrorHandler();
  const { message: toast } = App.useApp();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const input = { unreadOnly, limit, offset: 0 };
  const { data, isPending } = useQuery(trpc.message.list.queryOptions(input));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.message.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.message.unreadCount.queryKey() }),
    ]);
  const markRead = useMutation(
    trpc.message.markRead.mutationOptions({ onSuccess: refresh, onError: (e) => handleError(e) }),
  );
  const markAll = useMutation(
    trpc.message.markAllRead.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast.success(t('msg.allRead'));
      },
      onError: (e) => handleError(e),
    }),
  );
  const unread = data?.unread ?? 0;
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <h1 className="kaohe-page-title" style={{ margin: 0 }}>
            {t('msg.title')}
          </h1>
          {unread > 0 && <Badge count={unread} />}
        </Flex>
      }
      extra={
        <Flex gap={12} align="center" wrap>
          <Flex gap={4} align="center">
            <Switch
              size="small"
              checked={unreadOnly}
              onChange={setUnreadOnly}
              aria-label={t('msg.unreadOnly')}
            />
            <span>{t('msg.unreadOnly')}</span>
          </Flex>
          <Button
            size="small"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
            data-testid="mark-all-read"
          >
            {t('msg.markAllRead')}
          </Button>
        </Flex>
      }
    >
      {isPending ? (
        <Skeleton active />
      ) : (
        <PlainList<Message>
          bordered={false}
          testId="message-list"
          items={data?.messages ?? []}
          rowKey={(m) => m.id}
          empty={<Empty description={t('msg.empty')} />}
          renderItem={(m) => (
            <Flex vertical gap={2}>
              <Typography.Text className={m.read ? undefined : 'kaohe-message-unread'}>
                {!m.read && <Tag color="blue">{t('msg.unread')}</Tag>}
                {m.text[locale]}
              </Typography.Text>
              <Flex gap={12} align="center" wrap>
                <Typography.Text type="secondary">{formatDateTime(m.createdAt)}</Typography.Text>
                <MessageLink message={m} role={role} />
                {!m.read && (
                  <Button type="link" size="small" onClick={() => markRead.mutate({ ids: [m.id] })}>
                    {t('msg.markRead')}
                  </Button>
                )}
              </Flex>
            </Flex>
          )}
        />
      )}
      {data?.hasMore && (
        <Flex justify="center">
          <Button onClick={() => setLimit((n) => Math.min(n + PAGE, 200))}>{t('msg.more')}</Button>
        </Flex>
      )}
    </Card>
  );
}
