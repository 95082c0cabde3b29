import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router';
import { useT } from '../i18n/locale.tsx';
import type { Trpc } from '../trpc.ts';

export interface RouterContext {
  queryClient: QueryClient;
  /** Query options outside React: loaders `ensureQueryData(trpc.x.queryOptions())`. */
  trpc: Trpc;
}

// The root stays bare: the sign-in page renders under it and must not download Ant
// Design. The signed-in pages get the header and Ant Design from the `_app` layout.
export const Route = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

function NotFound() {
  const t = useT();
  return (
    <section className="kaohe-page-error">
      <h1 className="kaohe-page-title">404</h1>
      <p>{t('app.notFound')}</p>
      <Link to="/" className="kaohe-button">
        {t('nav.home')}
      </Link>
    </section>
  );
}
