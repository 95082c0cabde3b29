/**
 * Items whose input is invalid and so not saved (issue 16): the table showed an orange
 * "0*" with no word, and a reload silently brought back the last valid value. The page now
 * says which items are not saved, and leaving it — by a link or by closing the tab — asks.
 */
import { findItem, type Rubric } from '@kaohe/domain';
import { useBlocker } from '@tanstack/react-router';
import { Alert, App, Button, Flex, Tag, Typography } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import type { Autosave } from '../../lib/autosave.ts';

/** The keys autosave holds because their input is invalid (nothing was sent). */
export function heldKeys(autosave: Pick<Autosave<unknown>, 'failed'>): string[] {
  return [...autosave.failed].filter(([, error]) => error === null).map(([key]) => key);
}

export function UnsavedItems({
  itemIds,
  rubric,
  onOpen,
}: {
  itemIds: readonly string[];
  rubric: Rubric;
  onOpen: (itemId: string) => void;
}) {
  const t = useT();
  if (itemIds.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="unsaved-items"
      title={
        <Flex gap={8} align="center">
          <Tag color="red">{t('daily.unsaved.tag')}</Tag>
          {t('daily.unsaved.title')}
        </Flex>
      }
      description={
        <Flex vertical gap={4}>
          {itemIds.map((id) => (
            <Flex key={id} gap={8} align="center" wrap>
              <Typography.Text>
                {t('daily.unsaved.item', { number: findItem(rubric, id)?.number ?? id })}
              </Typography.Text>
              <Button size="small" onClick={() => onOpen(id)}>
                {t('daily.unsaved.open')}
              </Button>
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}

/** Asks before leaving the page (a link, back, closing the tab) while items are not saved. */
export function useLeaveGuard(itemIds: readonly string[], rubric: Rubric): void {
  const t = useT();
  const { modal } = App.useApp();
  const numbers = itemIds.map((id) => findItem(rubric, id)?.number ?? id).join('、');
  useBlocker({
    enableBeforeUnload: () => itemIds.length > 0,
    shouldBlockFn: () =>
      itemIds.length === 0
        ? false
        : new Promise<boolean>((resolve) => {
            modal.confirm({
              title: t('daily.unsaved.leaveTitle'),
              content: t('daily.unsaved.leave', { items: numbers }),
              okText: t('daily.unsaved.go'),
              okButtonProps: { danger: true },
              cancelText: t('daily.unsaved.stay'),
              // Staying is the safe answer: closing the dialog stays too.
              onOk: () => resolve(false),
              onCancel: () => resolve(true),
            });
          }),
  });
}
