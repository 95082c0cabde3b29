/**
 * The one way a page's form or button changes something on the server: on success it says
 * `done`, awaits `refresh` (the queries the change made stale) and then runs `after` (close
 * the dialog, go on); a refusal goes to `useErrorHandler`, beside the `form`'s fields, and
 * on a CONFLICT with `reload` offered as a reload. The mutation stays pending until the
 * list shows the change.
 */
import {
  type QueryKey,
  type UseMutationOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useErrorHandler } from './use-error-handler.tsx';

export interface SaveOptions<TData> {
  done?: string | ((data: TData) => string);
  refresh?: () => Promise<unknown>;
  after?: (data: TData) => unknown;
  // biome-ignore lint/suspicious/noExplicitAny: any form's instance
  form?: FormInstance<any>;
  /** On a CONFLICT, offer to reload (`refresh`) what the other person saved. */
  reload?: boolean;
}

export function useSave<TData, TError, TVariables, TContext>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
  { done, refresh, after, form, reload }: SaveOptions<TData> = {},
) {
  const { message } = App.useApp();
  const handleError = useErrorHandler();
  return useMutation({
    ...options,
    onSuccess: async (data) => {
      if (done) message.success(typeof done === 'function' ? done(data) : done);
      await refresh?.();
      await after?.(data);
    },
    onError: (e) =>
      handleError(e, {
        form,
        onReload: reload && refresh ? () => void refresh() : undefined,
      }),
  });
}

/** Marks what a change made stale (these query keys) and waits for what is on screen to load again. */
export function useRefresh() {
  const queryClient = useQueryClient();
  return useCallback(
    (...queryKeys: QueryKey[]) =>
      Promise.all(queryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
    [queryClient],
  );
}
