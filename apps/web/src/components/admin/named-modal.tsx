import { Button, Form } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import { useRefresh, useSave } from '../../lib/use-save.ts';
import { useTRPC } from '../../trpc.ts';
import { ShortTable } from '../short-table.tsx';
import { IdField, NameField } from './admin-fields.tsx';
import { FormModal } from './form-modal.tsx';

/** Add or rename a thing with just an id and a name: a unit type or a department. */
export function NamedModal({
  kind,
  value,
  onClose,
}: {
  kind: 'unitType' | 'department';
  value: { id?: string; name?: string } | null;
  onClose: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const refreshQueries = useRefresh();
  const [form] = Form.useForm<{ id: string; name: string }>();
  const isNew = value?.id === undefined;
  const saved = {
    done: t('common.saved'),
    refresh: () => refreshQueries(trpc.admin.pathKey()),
    after: onClose,
    form,
  };
  const saveType = useSave(trpc.admin.saveUnitType.mutationOptions(), saved);
  const saveDepartment = useSave(trpc.admin.saveDepartment.mutationOptions(), saved);
  const save = kind === 'unitType' ? saveType : saveDepartment;
  const title =
    kind === 'unitType'
      ? isNew
        ? t('admin.addUnitType')
        : t('admin.editUnitType')
      : isNew
        ? t('admin.addDepartment')
        : t('admin.editDepartment');
  return (
    <FormModal
      open={value !== null}
      title={title}
      form={form}
      initialValues={value ?? {}}
      pending={save.isPending}
      onFinish={(v) => save.mutate(v)}
      onCancel={onClose}
    >
      <IdField isNew={isNew} />
      <NameField name="name" label={t('admin.name')} />
    </FormModal>
  );
}

/** The list beside `NamedModal`: id, name and an edit button a row. */
export function NamedTable({
  rows,
  emptyText,
  onEdit,
}: {
  rows: Array<{ id: string; name: string }>;
  emptyText?: string;
  onEdit: (row: { id: string; name: string }) => void;
}) {
  const t = useT();
  return (
    <ShortTable
      rowKey="id"
      rows={rows}
      empty={emptyText}
      columns={[
        { title: t('admin.id'), dataIndex: 'id', width: 160 },
        { title: t('admin.name'), dataIndex: 'name' },
        {
          key: 'actions',
          title: t('common.actions'),
          width: 120,
          render: (_, row) => (
            <Button size="small" onClick={() => onEdit({ id: row.id, name: row.name })}>
              {t('common.edit')}
            </Button>
          ),
        },
      ]}
    />
  );
}
