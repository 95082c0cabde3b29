/**
 * The bell in the header: the unread count of 站内消息, opening the message list. On a
 * phone the 菜单 drawer carries the same entry as a line of text with its count.
 */
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Badge } from 'antd';
import { useT } from '../i18n/locale.tsx';
import { useTRPC } from '../trpc.ts';

/** How often the count is asked again while the page stays open. */
const REFRESH_MS = 60_000;

export function useUnreadCount(): number {
  const trpc = useTRPC();
  const { data } = useQuery({
    ...trpc.message.unreadCount.queryOptions(),
    refetchInterval: REFRESH_MS,
  });
  return data ?? 0;
}

export function MessageBell({
  variant = 'icon',
  onNavigate,
}: {
  /** 'icon' for the header, 'text' for the phone's menu drawer. */
  variant?: 'icon' | 'text';
  onNavigate?: () => void;
}) {
  const t = useT();
  const unread = useUnreadCount();
  const label = unread > 0 ? t('msg.bellUnread', { count: unread }) : t('msg.bell');
  if (variant === 'text') {
    return (
      <Link to="/messages" onClick={onNavigate} data-testid="menu-messages">
        {t('msg.bell')} {unread > 0 && <Badge count={unread} size="small" />}
      </Link>
    );
  }
  return (
    <Link
      to="/messages"
      onClick={onNavigate}
      aria-label={label}
      title={label}
      className="kaohe-bell"
      data-testid="message-bell"
    >
      <Badge count={unread} size="small" overflowCount={99}>
        <BellOutlined style={{ fontSize: 18 }} />
      </Badge>
    </Link>
  );
}
