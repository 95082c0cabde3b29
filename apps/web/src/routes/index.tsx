import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { Button, Card, Flex, Typography } from 'antd';
import { useT } from '../i18n/locale.tsx';

export const Route = createFileRoute('/')({ component: HomePage });

function HomePage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Card style={{ maxWidth: 760 }} title={t('home.title')}>
      <Typography.Paragraph>{t('home.body')}</Typography.Paragraph>
      {/* TODO(server): the user's tasks for the current cycle, by role. */}
      <Typography.Paragraph type="secondary">{t('home.serverPending')}</Typography.Paragraph>
      <Flex gap={8}>
        <Button type="primary" onClick={() => navigate({ to: '/login' })}>
          {t('home.login')}
        </Button>
        <Button onClick={() => navigate({ to: '/preview' })}>{t('home.preview')}</Button>
      </Flex>
    </Card>
  );
}
