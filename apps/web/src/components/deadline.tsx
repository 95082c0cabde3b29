import { Tag, Typography } from 'antd';
import { useT } from '../i18n/locale.tsx';
import { daysLeft, formatDate } from '../lib/labels.ts';

/** A deadline as a date with how long is left; red once it has passed. */
export function Deadline({
  at,
  overdue,
}: {
  at: Date | string | null | undefined;
  /** The server's verdict where it gave one (todo.mine); else by the day. */
  overdue?: boolean;
}) {
  const t = useT();
  if (!at) return <Typography.Text type="secondary">{t('deadline.none')}</Typography.Text>;
  const days = daysLeft(at);
  const late = overdue ?? days < 0;
  return (
    <span className={late ? 'kaohe-deadline kaohe-deadline-overdue' : 'kaohe-deadline'}>
      <Typography.Text type={late ? 'danger' : undefined}>{formatDate(at)}</Typography.Text>
      {late ? (
        <Tag color="red">
          {days < 0 ? t('deadline.overdueDays', { days: -days }) : t('deadline.overdue')}
        </Tag>
      ) : (
        <Typography.Text type={days <= 3 ? 'warning' : 'secondary'}>
          {days === 0 ? t('deadline.today') : t('deadline.daysLeft', { days })}
        </Typography.Text>
      )}
    </span>
  );
}
