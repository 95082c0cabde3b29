/**
 * The signed-in frame: header (brand, the pages of the user's role, name and role, change
 * password, sign out, language) above the page. On narrower screens (phones, small
 * laptops) the header keeps the brand and a menu button; the rest opens in a drawer. A
 * user whose password was set by the assessment office is asked to choose their own first.
 */

import { MenuOutlined } from '@ant-design/icons';
import type { Locale, Role } from '@kaohe/domain';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate, useRouterState } from '@tanstack/react-router';
import { Button, Drawer, Segmented } from 'antd';
import { Suspense, useState } from 'react';
import { useLocale, useT } from '../i18n/locale.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { lazyComponent } from '../lib/lazy-component.ts';
import { useErrorHandler } from '../lib/use-error-handler.tsx';
import { useScreen } from '../lib/use-screen.ts';
import { useTRPC } from '../trpc.ts';
import { AntdProvider } from './antd-provider.tsx';
import { MessageBell } from './message-bell.tsx';
import '../phone.css';

interface NavEntry {
  to:
    | '/'
    | '/review'
    | '/overview'
    | '/reports'
    | '/appeals'
    | '/admin'
    | '/admin/rubrics'
    | '/preview';
  label: MessageKey;
  exact?: boolean;
  /** Not highlighted on this sub-tree, which has its own entry (考核表 under /admin). */
  except?: string;
}

const NAV: Record<Role, NavEntry[]> = {
  unit: [
    { to: '/', label: 'nav.home', exact: true },
    { to: '/appeals', label: 'nav.appeals' },
  ],
  department: [
    { to: '/', label: 'nav.home', exact: true },
    { to: '/review', label: 'nav.review' },
    { to: '/appeals', label: 'nav.appeals' },
  ],
  chairman: [
    { to: '/', label: 'nav.home', exact: true },
    { to: '/overview', label: 'nav.overview' },
    { to: '/reports', label: 'nav.reports' },
    { to: '/appeals', label: 'nav.appeals' },
  ],
  admin: [
    { to: '/', label: 'nav.home', exact: true },
    { to: '/overview', label: 'nav.overview' },
    { to: '/reports', label: 'nav.reports' },
    { to: '/appeals', label: 'nav.appeals' },
    { to: '/admin/rubrics', label: 'nav.rubrics' },
    { to: '/admin', label: 'nav.admin', except: '/admin/rubrics' },
  ],
};

// Only when it opens: the sign-in form's pieces are not needed on every page's first paint.
const ChangePasswordModal = lazyComponent(
  () => import('./change-password.tsx'),
  'ChangePasswordModal',
);

export const ROLE_LABEL: Record<Role, MessageKey> = {
  unit: 'role.unit',
  department: 'role.department',
  chairman: 'role.chairman',
  admin: 'role.admin',
};

export function AppShell() {
  return (
    <AntdProvider>
      <Frame />
    </AntdProvider>
  );
}

function Frame() {
  const t = useT();
  const trpc = useTRPC();
  const { locale, setLocale } = useLocale();
  const { data } = useSuspenseQuery(trpc.auth.me.queryOptions());
  const user = data.user;
  const [changingPassword, setChangingPassword] = useState(false);
  const navigate = useNavigate();
  const pathname = useLocation({ select: (l) => l.pathname });
  const queryClient = useQueryClient();
  const handleError = useErrorHandler();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: async () => {
        // Nothing of this user stays in memory for the next one at this desk.
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user: null });
        await navigate({ to: '/login' });
      },
      onError: (e) => handleError(e),
    }),
  );
  const { compactHeader } = useScreen();
  const [menuOpen, setMenuOpen] = useState(false);
  if (!user) return null;
  const links = NAV[user.role].map((entry) => (
    <Link
      key={entry.to}
      to={entry.to}
      activeOptions={{ exact: entry.exact ?? false }}
      activeProps={
        entry.except && pathname.startsWith(entry.except) ? { className: '' } : undefined
      }
      onClick={() => setMenuOpen(false)}
    >
      {t(entry.label)}
    </Link>
  ));
  const preview = (
    <Link to="/preview" onClick={() => setMenuOpen(false)}>
      {t('nav.preview')}
    </Link>
  );
  const who = (
    <span className="kaohe-user" data-testid="current-user">
      <span className="kaohe-user-name" title={user.displayName}>
        {user.displayName}
      </span>
      <span className="kaohe-user-role">{t(ROLE_LABEL[user.role])}</span>
    </span>
  );
  const changePassword = (
    <Button
      type="link"
      size="small"
      onClick={() => {
        setMenuOpen(false);
        setChangingPassword(true);
      }}
    >
      {t('account.changePassword')}
    </Button>
  );
  const signOut = (
    <Button type="link" size="small" loading={logout.isPending} onClick={() => logout.mutate()}>
      {t('account.logout')}
    </Button>
  );
  const language = (
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
  );
  return (
    <>
      <NavigationProgress />
      {compactHeader ? (
        <header className="kaohe-header kaohe-header-compact">
          <Link to="/" className="kaohe-brand">
            {t('app.title')}
          </Link>
          <MessageBell />
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('shell.menu')}
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(true)}
            data-testid="header-menu"
          >
            {t('shell.menu')}
          </Button>
          <Drawer
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            placement="right"
            size="min(320px, 85vw)"
            title={who}
            className="kaohe-menu-drawer"
          >
            <nav className="kaohe-menu-nav" aria-label={t('nav.label')}>
              {links}
              {preview}
              <MessageBell variant="text" onNavigate={() => setMenuOpen(false)} />
            </nav>
            <div className="kaohe-menu-account">
              {changePassword}
              {signOut}
            </div>
            {language}
          </Drawer>
        </header>
      ) : (
        <header className="kaohe-header">
          <Link to="/" className="kaohe-brand">
            {t('app.title')}
          </Link>
          <nav className="kaohe-nav" aria-label={t('nav.label')}>
            {links}
            {preview}
          </nav>
          <MessageBell />
          {who}
          {changePassword}
          {signOut}
          {language}
        </header>
      )}
      {/* Until the password is changed the server answers nothing else: no page behind the dialog. */}
      <main className="kaohe-content">{user.mustChangePassword ? null : <Outlet />}</main>
      {(changingPassword || user.mustChangePassword) && (
        <Suspense fallback={null}>
          <ChangePasswordModal
            open
            required={user.mustChangePassword}
            onClose={() => setChangingPassword(false)}
          />
        </Suspense>
      )}
    </>
  );
}

/**
 * A thin bar along the top while the next page loads. The router shows its loading page
 * only after a second (main.tsx: a page ready sooner appears at once, with no spinner
 * flashing before it); the bar, from 150 ms, says the click was taken.
 */
function NavigationProgress() {
  const t = useT();
  const loading = useRouterState({ select: (s) => s.isLoading });
  return loading ? (
    <div className="kaohe-nav-progress" role="progressbar" aria-label={t('state.loading')} />
  ) : null;
}
