/**
 * /admin/…: the assessment office's pages — cycles, units (and unit types), departments,
 * users. Only the admin opens them; the server refuses everyone else as well. Above each,
 * the state of the backups. On a phone the row of sub-pages scrolls sideways (app.css), the
 * current one brought into it.
 */
import { createFileRoute, Link, Outlet, useLocation } from '@tanstack/react-router';
import { Flex } from 'antd';
import { useEffect, useRef } from 'react';
import { BackupStatus } from '../../components/admin/backup-status.tsx';
import { useT } from '../../i18n/locale.tsx';
import { requireRole } from '../../lib/session.ts';

export const Route = createFileRoute('/_app/admin')({
  beforeLoad: ({ context }) => requireRole(context.user, 'admin'),
  component: AdminLayout,
});

function AdminLayout() {
  const t = useT();
  const nav = useRef<HTMLElement>(null);
  const pathname = useLocation({ select: (l) => l.pathname });
  // Where the row is wider than the screen, the current sub-page's link is scrolled into it
  // (the row only: the page itself does not move).
  useEffect(() => {
    const row = nav.current;
    const active = [...(row?.querySelectorAll('a') ?? [])].find((a) =>
      pathname.startsWith(a.pathname),
    );
    if (!row || !active || row.scrollWidth <= row.clientWidth) return;
    const r = row.getBoundingClientRect();
    const a = active.getBoundingClientRect();
    if (a.left < r.left) row.scrollLeft += a.left - r.left;
    else if (a.right > r.right) row.scrollLeft += a.right - r.right;
  }, [pathname]);
  return (
    <Flex vertical gap={12}>
      <nav ref={nav} className="kaohe-subnav" aria-label={t('admin.nav')}>
        <Link to="/admin/cycles">{t('nav.cycles')}</Link>
        <Link to="/admin/rubrics">{t('nav.rubrics')}</Link>
        <Link to="/admin/units">{t('nav.units')}</Link>
        <Link to="/admin/departments">{t('nav.departments')}</Link>
        <Link to="/admin/users">{t('nav.users')}</Link>
        <Link to="/admin/audit">{t('nav.auditLog')}</Link>
        <Link to="/admin/mail">{t('mail.title')}</Link>
      </nav>
      <BackupStatus />
      <Outlet />
    </Flex>
  );
}
