import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale.tsx';

/**
 * The one dialog with a form (the admin pages' add and edit, the workflow's reasons): a
 * modal whose OK submits its form, the form rebuilt from `initialValues` each time it opens.
 */
export function FormModal<T extends object>({
  open,
  title,
  form,
  initialValues,
  pending,
  onFinish,
  onCancel,
  okText,
  width,
  children,
}: {
  open: boolean;
  title: ReactNode;
  form: FormInstance<T>;
  initialValues?: Partial<T>;
  pending: boolean;
  onFinish: (values: T) => void;
  onCancel: () => void;
  okText?: string;
  width?: number;
  /** The form's fields, and any warning above them. */
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      width={width}
      destroyOnHidden
    >
      <Form<T>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onFinish={onFinish}
      >
        {children}
      </Form>
    </Modal>
  );
}
