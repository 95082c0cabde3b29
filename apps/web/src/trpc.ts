/**
 * The tRPC client, ready for the server. The web imports the server only as a type, so
 * nothing of it reaches the browser bundle. When apps/server exports `AppRouter`:
 *
 *   1. replace the placeholder `AppRouter` below with
 *        import type { AppRouter } from '@kaohe/server';
 *   2. in main.tsx, wrap the app in <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
 *      and add `trpc: createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient })`
 *      to the router context, so loaders can `ensureQueryData(trpc.x.queryOptions())`.
 */
import type { QueryClient } from '@tanstack/react-query';
import { type CreateTRPCClientOptions, createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext, createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import superjson from 'superjson';

// TODO(server): placeholder until `import type { AppRouter } from '@kaohe/server'`. It is
// the widest router tRPC accepts (its AnyTRPCRouter, read off createTRPCClient's bound, as
// @trpc/server is not a dependency here), so everything below type-checks today and
// narrows to the real procedures then.
type AppRouter =
  Parameters<typeof createTRPCClient>[0] extends CreateTRPCClientOptions<infer R> ? R : never;

/** The server refuses state-changing requests without it (CSRF): a form on another site cannot set it. */
export const CSRF_HEADER = 'x-kaohe-csrf';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        transformer: superjson,
        headers: () => ({ [CSRF_HEADER]: '1' }),
        // The session cookie is same-origin (Vite proxies /trpc in development).
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    ],
  });
}

export type TrpcClient = ReturnType<typeof makeTrpcClient>;

/** For the router context: query options outside React (route loaders). */
export function makeTrpcOptionsProxy(client: TrpcClient, queryClient: QueryClient) {
  return createTRPCOptionsProxy<AppRouter>({ client, queryClient });
}
