import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { useTRPC } from '../../trpc.ts';

/** The ids the server accepts (the domain's IdSchema), said before sending. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

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
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ id: string; name: string }>();
  const handleError = useErrorHandler();
  const isNew = value?.id === undefined;
  const options = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
      message.success(t('common.saved'));
      onClose();
    },
    onError: (e: unknown) => handleError(e, { form }),
  };
  const saveType = useMutation(trpc.admin.saveUnitType.mutationOptions(options));
  const saveDepartment = useMutation(trpc.admin.saveDepartment.mutationOptions(options));
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
    <Modal
      open={value !== null}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={value ?? {}}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="id"
          label={t('admin.id')}
          extra={t('admin.idHint')}
          rules={[
            { required: true, message: t('admin.idRequired') },
            { pattern: ID_PATTERN, message: t('admin.idPattern') },
          ]}
        >
          <Input disabled={!isNew} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('admin.name')}
          rules={[{ required: true, whitespace: true, message: t('admin.nameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
