/** /admin/departments: the federation's functional departments (工作对应部门). */
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { NamedModal, NamedTable } from '../../../components/admin/named-modal.tsx';
import { useT } from '../../../i18n/locale.tsx';
import { useTRPC } from '../../../trpc.ts';

export const Route = createFileRoute('/_app/admin/departments')({
  loader: ({ context: { queryClient, trpc } }) =>
    queryClient.ensureQueryData(trpc.admin.departments.queryOptions()),
  component: DepartmentsPage,
});

function DepartmentsPage() {
  const t = useT();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.departments.queryOptions());
  const [editing, setEditing] = useState<{ id?: string; name?: string } | null>(null);
  return (
    <Card
      title={t('admin.departmentsTitle', { count: data.length })}
      extra={
        <Button type="primary" onClick={() => setEditing({})}>
          {t('admin.addDepartment')}
        </Button>
      }
    >
      <NamedTable rows={data} emptyText={t('admin.noDepartments')} onEdit={(d) => setEditing(d)} />
      <NamedModal kind="department" value={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
