/**
 * A workflow step refused because the assessment changed meanwhile in a way the user sees
 * (issue 16; the server says what changed). The page refreshes the assessment in place and
 * keeps what the user typed, instead of "已被他人修改" and a reload that drops it.
 */
import { App } from 'antd';
import { useCallback } from 'react';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { toAppError } from '../../lib/app-error.ts';

/** Handles a CONFLICT (true) by refreshing and saying what changed; anything else is the caller's. */
export function useWorkflowConflict(): (
  error: unknown,
  refresh: () => Promise<unknown>,
) => boolean {
  const { notification } = App.useApp();
  const { locale } = useLocale();
  const t = useT();
  return useCallback(
    (error, refresh) => {
      const e = toAppError(error);
      if (e.code !== 'CONFLICT') return false;
      void refresh();
      notification.warning({
        key: 'workflow-conflict',
        title: t('daily.conflict.title'),
        description: (
          <div data-testid="workflow-conflict">
            <div>{e.text[locale]}</div>
            <div>{t('daily.conflict.kept')}</div>
          </div>
        ),
        duration: 0,
      });
      return true;
    },
    [notification, locale, t],
  );
}
