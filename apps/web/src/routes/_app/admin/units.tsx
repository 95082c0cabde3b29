/**
 * /admin/units: the assessed units (name, type, member count, active) and the unit types.
 * A unit's id is its stable key across years; it is chosen once and not changed.
 */
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Button, Card, Flex, Form, InputNumber, Select, Switch, Tag } from 'antd';
import { useState } from 'react';
import { IdField, NameField } from '../../../components/admin/admin-fields.tsx';
import type { UnitsSearch } from '../../../components/admin/admin-search.ts';
import { FormModal } from '../../../components/admin/form-modal.tsx';
import { NamedModal, NamedTable } from '../../../components/admin/named-modal.tsx';
import { OrgImportButtons } from '../../../components/admin/org-import.tsx';
import { SearchListCard, useListSearch } from '../../../components/admin/search-list.tsx';
import { UnitTypeFilter } from '../../../components/filter-field.tsx';
import { listInput } from '../../../components/search-table/search-table.tsx';
import { useT } from '../../../i18n/locale.tsx';
import { parsedInLoader } from '../../../lib/search.ts';
import { useRefresh, useSave } from '../../../lib/use-save.ts';
import { type inferOutput, type Trpc, useTRPC } from '../../../trpc.ts';

export const Route = createFileRoute('/_app/admin/units')({
  // Typed here, parsed by zod in the loader, which is split off with the page (lib/search.ts).
  validateSearch: parsedInLoader<UnitsSearch>(),
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient, trpc }, deps }) => {
    const { UnitsSearchSchema, cleanSearch } = await import(
      '../../../components/admin/admin-search.ts'
    );
    const search = cleanSearch('/admin/units', deps, (s) => UnitsSearchSchema.parse(s));
    await Promise.all([
      queryClient.ensureQueryData(trpc.admin.unitList.queryOptions(unitListInput(search))),
      queryClient.ensureQueryData(trpc.admin.unitTypes.queryOptions()),
    ]);
  },
  component: UnitsPage,
});

const unitListInput = (search: UnitsSearch) => ({
  ...listInput(search),
  ...(search.unitType ? { unitTypeId: search.unitType } : {}),
});

type Unit = inferOutput<Trpc['admin']['units']>[number];
type UnitType = inferOutput<Trpc['admin']['unitTypes']>[number];

function UnitsPage() {
  const t = useT();
  const trpc = useTRPC();
  const search = Route.useSearch();
  const setSearch = useListSearch<UnitsSearch>('/admin/units');
  const units = useQuery({
    ...trpc.admin.unitList.queryOptions(unitListInput(search)),
    placeholderData: keepPreviousData,
  });
  const { data: types } = useSuspenseQuery(trpc.admin.unitTypes.queryOptions());
  const [editing, setEditing] = useState<Partial<Unit> | null>(null);
  const [editingType, setEditingType] = useState<Partial<UnitType> | null>(null);
  const typeName = (id: string) => types.find((x) => x.id === id)?.name ?? id;
  return (
    <Flex vertical gap={16}>
      <SearchListCard<Unit, UnitsSearch>
        title={(count) => t('admin.unitsTitle', { count })}
        actions={
          <>
            <OrgImportButtons />
            <Button type="primary" onClick={() => setEditing({ active: true, memberCount: 0 })}>
              {t('admin.addUnit')}
            </Button>
          </>
        }
        placeholder={t('list.searchUnits')}
        filters={
          <UnitTypeFilter
            unitTypes={types}
            value={search.unitType}
            onChange={(unitType) => setSearch({ unitType })}
          />
        }
        search={search}
        setSearch={setSearch}
        result={units}
        empty={t('admin.noUnits')}
        rowKey="id"
        columns={[
          { key: 'id', title: t('admin.id'), dataIndex: 'id', width: 160 },
          { key: 'name', title: t('admin.unitName'), dataIndex: 'name' },
          { key: 'type', title: t('filter.unitType'), render: (_, u) => typeName(u.unitTypeId) },
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
  const refreshQueries = useRefresh();
  const [form] = Form.useForm<Unit>();
  const isNew = unit?.id === undefined;
  const save = useSave(trpc.admin.saveUnit.mutationOptions(), {
    done: t('common.saved'),
    refresh: () => refreshQueries(trpc.admin.units.queryKey(), trpc.admin.unitList.pathKey()),
    after: onClose,
    form,
  });
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
