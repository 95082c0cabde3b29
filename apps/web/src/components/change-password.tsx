/**
 * Change password. `required`: the account still has the password the assessment office
 * gave it (a new account, or a reset), so the user chooses their own before going on.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useLocale, useT } from '../i18n/locale.tsx';
import { toAppError } from '../lib/app-error.ts';
import { useErrorHandler } from '../lib/use-error-handler.tsx';
import { useTRPC } from '../trpc.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({
  open,
  required,
  onClose,
}: {
  open: boolean;
  required: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { message } = App.useApp();
  const handleError = useErrorHandler();
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: ({ user }) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user });
        // The page's data was refused while the password had to change: load it again now.
        if (required) {
          void queryClient.invalidateQueries();
          void router.invalidate();
        }
        message.success(t('account.passwordChanged'));
        form.resetFields();
        onClose();
      },
      onError: (e) => {
        const error = toAppError(e);
        // The server names the field a refusal is about (a wrong or throttled current
        // password, a new one it will not take) in details.field: put the words beside it.
        const field = (error.details as { field?: unknown } | null)?.field;
        if (field === 'currentPassword' || field === 'newPassword') {
          form.setFields([{ name: field, errors: [error.text[locale]] }]);
          return;
        }
        handleError(e, { form });
      },
    }),
  );
  return (
    <Modal
      open={open}
      title={t('account.changePassword')}
      okText={t('account.savePassword')}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      closable={!required}
      keyboard={!required}
      mask={{ closable: !required }}
      cancelButtonProps={{ style: required ? { display: 'none' } : undefined }}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {required && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('account.mustChange')} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) =>
          change.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword })
        }
      >
        <Form.Item
          name="currentPassword"
          label={t('account.currentPassword')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('account.newPassword')}
          extra={t('account.passwordAdvice')}
          rules={[
            { required: true, message: t('account.newPasswordRequired') },
            { min: 10, message: t('account.passwordRule') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('account.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('account.confirmMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
