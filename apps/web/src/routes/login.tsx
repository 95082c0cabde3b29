import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { createFileRoute } from '@tanstack/react-router';
import { Button, Form, Input, message } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/locale.tsx';

export const Route = createFileRoute('/login')({ component: LoginPage });

interface LoginForm {
  username: string;
  password: string;
}

/**
 * TODO(server): replace with the tRPC mutation when apps/server lands:
 *   const trpc = useTRPC();
 *   const login = useMutation(trpc.auth.login.mutationOptions({ onSuccess: () => navigate({ to: '/' }) }));
 * and show its zod field errors beside the fields (Form.setFields) and other errors in a message.
 */
function useLogin() {
  const [messages, contextHolder] = message.useMessage();
  const t = useT();
  const [isPending, setPending] = useState(false);
  const mutate = async (_values: LoginForm) => {
    setPending(true);
    try {
      messages.info(t('login.notConnected'));
    } finally {
      setPending(false);
    }
  };
  return { mutate, isPending, contextHolder };
}

function LoginPage() {
  const t = useT();
  const login = useLogin();
  return (
    // Plain markup around the form: the sign-in page is the first thing loaded, kept light.
    <section className="kaohe-login">
      {login.contextHolder}
      <h1>{t('login.title')}</h1>
      <p className="kaohe-muted">{t('login.subtitle')}</p>
      <Form<LoginForm>
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => login.mutate(values)}
        autoComplete="on"
      >
        <Form.Item
          label={t('login.username')}
          name="username"
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('login.password')}
          name="password"
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 8 }}>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form.Item>
      </Form>
      <p className="kaohe-muted">{t('login.help')}</p>
    </section>
  );
}
