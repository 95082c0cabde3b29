/**
 * /admin/…: the assessment office's pages — cycles, units (and unit types), departments,
 * users. Only the admin opens them; the server refuses everyone else as well. Above each,
 * the state of the backups.
 */
import { createFileRoute, Link, Outlet } from '@tanstack/react-router';
import { Flex } from 'antd';
import { BackupStatus } from '../../components/admin/backup-status.tsx';
import { useT } from '../../i18n/locale.tsx';
import { requireRole } from '../../lib/session.ts';

export const Route = createFileRoute('/_app/admin')({
  beforeLoad: ({ context }) => requireRole(context.user, 'admin'),
  component: AdminLayout,
});

function AdminLayout() {
  const t = useT();
  return (
    <Flex vertical gap={12}>
      <nav className="kaohe-subnav" aria-label={t('admin.nav')}>
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
