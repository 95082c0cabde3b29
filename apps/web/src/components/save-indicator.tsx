import {
  CheckCircleOutlined,
  ExclamationCircleOutlined,
  LoadingOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../i18n/locale.tsx';
import type { Autosave } from '../lib/autosave.ts';

/** The page's one saved state: 保存中… / 已保存 / 保存失败, read out when it changes. */
export function SaveIndicator({
  autosave,
  onReload,
}: {
  autosave: Pick<Autosave<unknown>, 'status' | 'savedAt' | 'retry'>;
  onReload: () => void;
}) {
  const t = useT();
  const { status, savedAt } = autosave;
  let content: React.ReactNode = null;
  switch (status) {
    case 'idle':
      content = <Typography.Text type="secondary">{t('save.idle')}</Typography.Text>;
      break;
    case 'saving':
      content = (
        <Typography.Text type="secondary">
          <LoadingOutlined /> {t('save.saving')}
        </Typography.Text>
      );
      break;
    case 'saved':
      content = (
        <Typography.Text type="success">
          <CheckCircleOutlined />{' '}
          {t('save.saved', { time: savedAt ? dayjs(savedAt).format('HH:mm:ss') : '' })}
        </Typography.Text>
      );
      break;
    case 'invalid':
      content = (
        <Typography.Text type="warning">
          <WarningOutlined /> {t('save.invalid')}
        </Typography.Text>
      );
      break;
    case 'conflict':
      content = (
        <>
          <Typography.Text type="danger">
            <ExclamationCircleOutlined /> {t('save.conflict')}
          </Typography.Text>
          <Button size="small" onClick={onReload}>
            {t('error.reload')}
          </Button>
        </>
      );
      break;
    case 'error':
      content = (
        <>
          <Typography.Text type="danger">
            <ExclamationCircleOutlined /> {t('save.failed')}
          </Typography.Text>
          <Button size="small" onClick={() => autosave.retry()}>
            {t('state.retry')}
          </Button>
        </>
      );
      break;
  }
  return (
    <Flex
      align="center"
      gap={8}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-status={status}
    >
      {content}
    </Flex>
  );
}
