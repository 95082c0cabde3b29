/** /admin/departments: the federation's functional departments (工作对应部门). */
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Button, Card, Empty, Table } from 'antd';
import { useState } from 'react';
import { NamedModal } from '../../../components/admin/named-modal.tsx';
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
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data}
        locale={{ emptyText: <Empty description={t('admin.noDepartments')} /> }}
        columns={[
          { key: 'id', title: t('admin.id'), dataIndex: 'id', width: 160 },
          { key: 'name', title: t('admin.name'), dataIndex: 'name' },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 120,
            render: (_, d) => (
              <Button size="small" onClick={() => setEditing({ id: d.id, name: d.name })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <NamedModal kind="department" value={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
