/**
 * The one way a signed-in page shows a failure: field errors beside their fields (the
 * server's zod paths mapped to the form's names), a CONFLICT as "已被他人修改" with a reload
 * action, anything else as a message in the user's language. Never a stack.
 */
import { App, Button, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useLocale, useT } from '../i18n/locale.tsx';
import { type AppError, toAppError } from './app-error.ts';

export interface HandleErrorOptions {
  // biome-ignore lint/suspicious/noExplicitAny: any form's instance
  form?: FormInstance<any>;
  /** Server field path → form field name, where they differ ("command.reason" → "reason"). */
  fields?: Record<string, string>;
  /** Offered on a CONFLICT: load what the other person saved. */
  onReload?: () => void;
}

export type HandleError = (error: unknown, options?: HandleErrorOptions) => AppError;

export function useErrorHandler(): HandleError {
  const { message, notification } = App.useApp();
  const { locale } = useLocale();
  const t = useT();
  return useCallback<HandleError>(
    (error, options = {}) => {
      const e = toAppError(error);
      const { form } = options;
      const entries = Object.entries(e.fieldErrors);
      if (form && entries.length > 0) {
        const known = new Set(
          Object.keys(form.getFieldsValue(true) as Record<string, unknown>).concat(
            Object.values(options.fields ?? {}),
          ),
        );
        const beside = entries.flatMap(([path, errors]) => {
          const name = options.fields?.[path] ?? path.split('.').pop() ?? path;
          return known.has(name) ? [{ name, errors }] : [];
        });
        form.setFields(beside);
        // Every problem shown beside its field: no second message for the same thing.
        if (beside.length === entries.length) return e;
      }
      if (e.code === 'CONFLICT') {
        const key = `conflict-${Date.now()}`;
        notification.warning({
          key,
          title: t('error.conflictTitle'),
          description: e.text[locale],
          duration: 0,
          actions: options.onReload ? (
            <Button
              type="primary"
              size="small"
              onClick={() => {
                notification.destroy(key);
                options.onReload?.();
              }}
            >
              {t('error.reload')}
            </Button>
          ) : undefined,
        });
        return e;
      }
      message.error(e.text[locale]);
      return e;
    },
    [message, notification, locale, t],
  );
}
