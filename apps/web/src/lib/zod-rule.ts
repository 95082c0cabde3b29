import { issueText } from '@kaohe/domain';
import type { FormRule } from 'antd';
import { useCallback } from 'react';
import type { ZodType } from 'zod';
import { useLocale } from '../i18n/locale.tsx';

/**
 * An antd form rule that asks the server's own input schema (shared from the domain), so a
 * form refuses before sending what the procedure would refuse, in the schema's words.
 * Empty values are left to the field's `required` rule, which also draws the mark.
 */
export function useZodRule(): (schema: ZodType) => FormRule {
  const { locale } = useLocale();
  return useCallback(
    (schema) => ({
      validator: async (_rule, value: unknown) => {
        if (value === undefined || value === null || value === '') return;
        const result = schema.safeParse(value);
        if (result.success) return;
        const message = result.error.issues[0]?.message ?? '';
        throw new Error(issueText(message)?.[locale] ?? message);
      },
    }),
    [locale],
  );
}
