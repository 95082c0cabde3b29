import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type AnyRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from './i18n/locale.tsx';
import { toAppError } from './lib/app-error.ts';
import { PagePending, RouteError } from './lib/page-states.tsx';
import { sessionHint } from './lib/session.ts';
import { routeTree } from './routeTree.gen.ts';
import { makeTrpcClient, makeTrpcOptionsProxy, TRPCProvider } from './trpc.ts';
import './app.css';

// A session that ends (idle timeout, password reset by an admin) sends the user to sign
// in again, and back to where they were afterwards.
function onSessionError(error: unknown) {
  if (toAppError(error).code !== 'UNAUTHENTICATED') return;
  queryClient.setQueryData(trpc.auth.me.queryKey(), { user: null });
  const { pathname, href } = router.state.location;
  if (pathname !== '/login') void router.navigate({ to: '/login', search: { redirect: href } });
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A refusal will not change by asking again; a lost connection might.
      retry: (count, error) => count < 2 && toAppError(error).code === 'NETWORK',
    },
  },
  queryCache: new QueryCache({ onError: onSessionError }),
  mutationCache: new MutationCache({ onError: onSessionError }),
});

const trpcClient = makeTrpcClient();
const trpc = makeTrpcOptionsProxy(trpcClient, queryClient);

const router = createRouter({
  routeTree,
  context: { queryClient, trpc },
  defaultPreload: 'intent',
  // Loaders read through React Query, which caches; the router need not cache them again.
  defaultPreloadStaleTime: 0,
  defaultPendingComponent: PagePending,
  defaultErrorComponent: RouteError,
  // The loading page only for a page that takes over a second: one ready sooner appears at
  // once. A loading page shown earlier held it back: the router keeps it up for
  // defaultPendingMinMs, and React holds what replaces a Suspense fallback until 300 ms
  // after the fallback appeared (docs/benchmarks.md, "Issue 17, fourth look"). Meanwhile
  // the shell's progress bar says a click was taken.
  defaultPendingMs: 1000,
  defaultPendingMinMs: 200,
  scrollRestoration: true,
});

// The matched pages' code downloads while the session is checked, not after; with the
// session hint, their data is asked for in the same batch as the session (decision 032).
const hint = sessionHint();
const matched = router.matchRoutes(router.state.location).flatMap((match) => {
  const route = (router.routesById as unknown as Record<string, AnyRoute | undefined>)[
    match.routeId
  ];
  return route ? [{ route, params: match.params }] : [];
});
if (hint) {
  void queryClient.prefetchQuery(trpc.auth.me.queryOptions());
  for (const { route, params } of matched) {
    route.options.staticData?.prefetch?.({ queryClient, trpc }, params, hint);
  }
}
// The code only after the data request is on its way: HTTP/1.1 gives the page six
// connections, handed out in the order requests were made at equal priority, and the
// pages' ~50 script files asked for first kept the batch waiting 150-400 ms for one (a
// fetch's priority hint does not lift it above them). The batch link sends from a
// zero-delay timer set above, and timers run in the order they were set.
setTimeout(() => {
  for (const { route } of matched) {
    void router.loadRouteChunk(route)?.catch(() => {});
    if (hint) route.options.staticData?.prefetchCode?.(hint);
  }
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

// Until the router has the first page ready React draws nothing, and index.html's spinner
// shows (app.css: .kaohe-boot).
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <LocaleProvider>
          <RouterProvider router={router} />
        </LocaleProvider>
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
