import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { toAppError } from '../lib/app-error.ts';

/**
 * A query's part of a page: a spinner while it loads (`loading`, by default until the first
 * answer), its failure in the user's words, else what `children` makes of the data.
 */
export function QueryView<T>({
  query,
  loading = query.isPending,
  children,
}: {
  query: UseQueryResult<T, unknown>;
  loading?: boolean;
  children: (data: T) => ReactNode;
}) {
  const { locale } = useLocale();
  if (loading) return <Spin />;
  if (query.error) return <Alert type="error" title={toAppError(query.error).text[locale]} />;
  return query.data === undefined ? null : children(query.data);
}
