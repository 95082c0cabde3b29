import type { Locale } from '@kaohe/domain';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router';
import { Segmented } from 'antd';
import { useLocale, useT } from '../i18n/locale.tsx';

export interface RouterContext {
  queryClient: QueryClient;
  // TODO(server): add `trpc: TRPCOptionsProxy<AppRouter>` (see src/trpc.ts) for loaders.
}

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFound,
});

function RootLayout() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <>
      <header className="kaohe-header">
        <Link to="/" className="kaohe-brand">
          {t('app.title')}
        </Link>
        <nav className="kaohe-nav">
          <Link to="/" activeOptions={{ exact: true }}>
            {t('nav.home')}
          </Link>
          <Link to="/preview">{t('nav.preview')}</Link>
        </nav>
        {/* TODO(server): the signed-in user's name and role (ROLE_NAMES) with a sign-out link. */}
        <span className="kaohe-user">{t('app.userPending')}</span>
        <Link to="/login" className="kaohe-header-link">
          {t('nav.login')}
        </Link>
        <Segmented<Locale>
          size="small"
          aria-label={t('app.language')}
          value={locale}
          onChange={(value) => setLocale(value)}
          options={[
            { label: '中文', value: 'zh' },
            { label: 'English', value: 'en' },
          ]}
        />
      </header>
      <main className="kaohe-content">
        <Outlet />
      </main>
    </>
  );
}

// Plain markup: every page loads the root route, so it stays light (no Result illustration).
function NotFound() {
  const t = useT();
  return (
    <section className="kaohe-not-found">
      <h1 className="kaohe-page-title">404</h1>
      <p>{t('app.notFound')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </section>
  );
}
