/**
 * /admin/units: the assessed units (name, type, member count, active) and the unit types.
 * A unit's id is its stable key across years; it is chosen once and not changed.
 */
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  InputNumber,
  Select,
  Switch,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { IdField, NameField } from '../../../components/admin/admin-fields.tsx';
import { FormModal } from '../../../components/admin/form-modal.tsx';
import { NamedModal, NamedTable } from '../../../components/admin/named-modal.tsx';
import { OrgImportButtons } from '../../../components/admin/org-import.tsx';
import { useT } from '../../../i18n/locale.tsx';
import { useErrorHandler } from '../../../lib/use-error-handler.tsx';
import { type inferOutput, type Trpc, useTRPC } from '../../../trpc.ts';

export const Route = createFileRoute('/_app/admin/units')({
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.admin.units.queryOptions()),
      queryClient.ensureQueryData(trpc.admin.unitTypes.queryOptions()),
    ]),
  component: UnitsPage,
});

type Unit = inferOutput<Trpc['admin']['units']>[number];
type UnitType = inferOutput<Trpc['admin']['unitTypes']>[number];

function UnitsPage() {
  const t = useT();
  const trpc = useTRPC();
  const { data: units } = useSuspenseQuery(trpc.admin.units.queryOptions());
  const { data: types } = useSuspenseQuery(trpc.admin.unitTypes.queryOptions());
  const [editing, setEditing] = useState<Partial<Unit> | null>(null);
  const [editingType, setEditingType] = useState<Partial<UnitType> | null>(null);
  const typeName = (id: string) => types.find((x) => x.id === id)?.name ?? id;
  return (
    <Flex vertical gap={16}>
      <Card
        className="kaohe-wrap-head"
        title={t('admin.unitsTitle', { count: units.length })}
        extra={
          <Flex gap={8} wrap justify="end">
            <OrgImportButtons />
            <Button type="primary" onClick={() => setEditing({ active: true, memberCount: 0 })}>
              {t('admin.addUnit')}
            </Button>
          </Flex>
        }
      >
        <Table<Unit>
          rowKey="id"
          size="small"
          dataSource={units}
          pagination={units.length > 50 ? { pageSize: 50 } : false}
          locale={{ emptyText: <Empty description={t('admin.noUnits')} /> }}
          columns={[
            { key: 'id', title: t('admin.id'), dataIndex: 'id', width: 160 },
            { key: 'name', title: t('admin.unitName'), dataIndex: 'name' },
            {
              key: 'type',
              title: t('filter.unitType'),
              render: (_, u) => typeName(u.unitTypeId),
              filters: types.map((x) => ({ text: x.name, value: x.id })),
              onFilter: (value, u) => u.unitTypeId === value,
            },
            {
              key: 'members',
              title: t('admin.memberCount'),
              dataIndex: 'memberCount',
              align: 'right',
            },
            {
              key: 'active',
              title: t('admin.active'),
              render: (_, u) =>
                u.active ? (
                  <Tag color="success">{t('admin.activeYes')}</Tag>
                ) : (
                  <Tag>{t('admin.activeNo')}</Tag>
                ),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, u) => (
                <Button size="small" onClick={() => setEditing(u)}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card
        title={t('admin.unitTypesTitle')}
        extra={<Button onClick={() => setEditingType({})}>{t('admin.addUnitType')}</Button>}
      >
        <NamedTable rows={types} onEdit={(x) => setEditingType(x)} />
      </Card>
      <UnitModal unit={editing} types={types} onClose={() => setEditing(null)} />
      <NamedModal kind="unitType" value={editingType} onClose={() => setEditingType(null)} />
    </Flex>
  );
}

function UnitModal({
  unit,
  types,
  onClose,
}: {
  unit: Partial<Unit> | null;
  types: UnitType[];
  onClose: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Unit>();
  const handleError = useErrorHandler();
  const isNew = unit?.id === undefined;
  const save = useMutation(
    trpc.admin.saveUnit.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.admin.units.queryKey() });
        message.success(t('common.saved'));
        onClose();
      },
      onError: (e) => handleError(e, { form }),
    }),
  );
  return (
    <FormModal<Unit>
      open={unit !== null}
      title={isNew ? t('admin.addUnit') : t('admin.editUnit')}
      form={form}
      initialValues={unit ?? {}}
      pending={save.isPending}
      onFinish={(v) => save.mutate({ ...v, memberCount: v.memberCount ?? 0 })}
      onCancel={onClose}
    >
      <IdField isNew={isNew} />
      <NameField name="name" label={t('admin.unitName')} />
      <Form.Item
        name="unitTypeId"
        label={t('filter.unitType')}
        rules={[{ required: true, message: t('admin.unitTypeRequired') }]}
      >
        <Select options={types.map((x) => ({ value: x.id, label: x.name }))} />
      </Form.Item>
      <Form.Item name="memberCount" label={t('admin.memberCount')}>
        <InputNumber min={0} precision={0} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="active" label={t('admin.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
