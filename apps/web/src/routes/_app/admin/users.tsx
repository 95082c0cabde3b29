/**
 * /admin/users: accounts. The assessment office creates them (the generated password is
 * shown once, to hand over), disables and enables them, and resets a password (again shown
 * once; the user must choose their own at the next sign-in).
 */
import { type Role, UsernameSchema } from '@kaohe/domain';
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Alert, Button, Flex, Form, Input, Modal, Popconfirm, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { NameField } from '../../../components/admin/admin-fields.tsx';
import type { UsersSearch } from '../../../components/admin/admin-search.ts';
import { FormModal } from '../../../components/admin/form-modal.tsx';
import { OrgImportButtons } from '../../../components/admin/org-import.tsx';
import { SearchListCard, useListSearch } from '../../../components/admin/search-list.tsx';
import { ROLE_LABEL } from '../../../components/app-shell.tsx';
import { ChoiceFilter } from '../../../components/filter-field.tsx';
import { listInput } from '../../../components/search-table/search-table.tsx';
import { useT } from '../../../i18n/locale.tsx';
import { formatDate } from '../../../lib/labels.ts';
import { parsedInLoader } from '../../../lib/search.ts';
import { useRefresh, useSave } from '../../../lib/use-save.ts';
import { useZodRule } from '../../../lib/zod-rule.ts';
import { type PublicUser, useTRPC } from '../../../trpc.ts';

export const Route = createFileRoute('/_app/admin/users')({
  // Typed here, parsed by zod in the loader, which is split off with the page (lib/search.ts).
  validateSearch: parsedInLoader<UsersSearch>(),
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient, trpc }, deps }) => {
    const { UsersSearchSchema, cleanSearch } = await import(
      '../../../components/admin/admin-search.ts'
    );
    const search = cleanSearch('/admin/users', deps, (s) => UsersSearchSchema.parse(s));
    await Promise.all([
      queryClient.ensureQueryData(trpc.admin.userList.queryOptions(userListInput(search))),
      queryClient.ensureQueryData(trpc.admin.units.queryOptions()),
      queryClient.ensureQueryData(trpc.admin.departments.queryOptions()),
    ]);
  },
  component: UsersPage,
});

const userListInput = (search: UsersSearch) => ({
  ...listInput(search),
  ...(search.role ? { role: search.role } : {}),
});

const ROLES: Role[] = ['unit', 'department', 'chairman', 'admin'];

interface CreateValues {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string;
  departmentId?: string;
  password?: string;
}

function UsersPage() {
  const t = useT();
  const trpc = useTRPC();
  const refreshQueries = useRefresh();
  const zodRule = useZodRule();
  const search = Route.useSearch();
  const setSearch = useListSearch<UsersSearch>('/admin/users');
  const users = useQuery({
    ...trpc.admin.userList.queryOptions(userListInput(search)),
    placeholderData: keepPreviousData,
  });
  const { data: units } = useSuspenseQuery(trpc.admin.units.queryOptions());
  const { data: departments } = useSuspenseQuery(trpc.admin.departments.queryOptions());
  const { user: me } = Route.useRouteContext();
  const [creating, setCreating] = useState(false);
  const [password, setPassword] = useState<{ username: string; password: string } | null>(null);
  const [form] = Form.useForm<CreateValues>();
  const role = Form.useWatch('role', form);
  const refresh = () => refreshQueries(trpc.admin.users.queryKey(), trpc.admin.userList.pathKey());

  const create = useSave(trpc.admin.createUser.mutationOptions(), {
    refresh,
    after: (result) => {
      setCreating(false);
      setPassword({ username: result.user.username, password: result.password });
    },
    form,
  });
  const setActive = useSave(trpc.admin.setUserActive.mutationOptions(), {
    done: (u) => (u.active ? t('admin.enabled') : t('admin.disabled')),
    refresh,
  });
  const reset = useSave(trpc.admin.resetPassword.mutationOptions());

  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name ?? id ?? '';
  const departmentName = (id: string | null) =>
    departments.find((d) => d.id === id)?.name ?? id ?? '';

  return (
    <>
      <SearchListCard<PublicUser, UsersSearch>
        title={(count) => t('admin.usersTitle', { count })}
        actions={
          <>
            <OrgImportButtons />
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('admin.addUser')}
            </Button>
          </>
        }
        placeholder={t('list.searchUsers')}
        filters={
          <ChoiceFilter
            label={t('admin.role')}
            options={ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }))}
            value={search.role}
            onChange={(role) => setSearch({ role })}
            testId="user-role-filter"
          />
        }
        search={search}
        setSearch={setSearch}
        result={users}
        empty={t('admin.noUsers')}
        rowKey="id"
        columns={[
          { key: 'username', title: t('login.username'), dataIndex: 'username' },
          { key: 'displayName', title: t('admin.displayName'), dataIndex: 'displayName' },
          {
            key: 'role',
            title: t('admin.role'),
            render: (_, u) => t(ROLE_LABEL[u.role]),
          },
          {
            key: 'belongs',
            title: t('admin.belongsTo'),
            render: (_, u) =>
              u.role === 'unit' ? unitName(u.unitId) : departmentName(u.departmentId),
          },
          {
            key: 'state',
            title: t('admin.state'),
            render: (_, u) => (
              <Flex gap={4} wrap>
                {u.active ? (
                  <Tag color="success">{t('admin.activeYes')}</Tag>
                ) : (
                  <Tag color="default">{t('admin.userDisabled')}</Tag>
                )}
                {u.mustChangePassword && <Tag color="orange">{t('admin.mustChange')}</Tag>}
              </Flex>
            ),
          },
          { key: 'created', title: t('admin.created'), render: (_, u) => formatDate(u.createdAt) },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, u) => (
              <Flex gap={4} wrap>
                <Popconfirm
                  title={
                    u.active
                      ? t('admin.disableConfirm', { name: u.displayName })
                      : t('admin.enableConfirm', { name: u.displayName })
                  }
                  okText={t('common.ok')}
                  cancelText={t('common.cancel')}
                  disabled={u.id === me.id}
                  onConfirm={() => setActive.mutateAsync({ userId: u.id, active: !u.active })}
                >
                  <Button size="small" disabled={u.id === me.id}>
                    {u.active ? t('admin.disable') : t('admin.enable')}
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={t('admin.resetConfirm', { name: u.displayName })}
                  okText={t('common.ok')}
                  cancelText={t('common.cancel')}
                  onConfirm={async () => {
                    const result = await reset.mutateAsync({ userId: u.id });
                    setPassword({ username: u.username, password: result.password });
                    await refresh();
                  }}
                >
                  <Button size="small">{t('admin.resetPassword')}</Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      <FormModal<CreateValues>
        open={creating}
        title={t('admin.addUser')}
        okText={t('common.create')}
        form={form}
        pending={create.isPending}
        onCancel={() => setCreating(false)}
        initialValues={{ role: 'unit' }}
        onFinish={({ unitId, departmentId, password, ...v }) =>
          create.mutate({
            ...v,
            // What the role does not use is left out, whatever was chosen before it changed.
            unitId: v.role === 'unit' ? (unitId ?? null) : null,
            departmentId:
              v.role === 'department' || v.role === 'chairman' ? (departmentId ?? null) : null,
            ...(password ? { password } : {}),
          })
        }
      >
        <Form.Item
          name="username"
          label={t('login.username')}
          extra={t('admin.usernameHint')}
          rules={[
            { required: true, whitespace: true, message: t('login.usernameRequired') },
            zodRule(UsernameSchema),
          ]}
        >
          <Input autoComplete="off" maxLength={50} />
        </Form.Item>
        <NameField name="displayName" label={t('admin.displayName')} />
        <Form.Item name="role" label={t('admin.role')} rules={[{ required: true }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }))} />
        </Form.Item>
        {role === 'unit' && (
          <Form.Item
            name="unitId"
            label={t('admin.unit')}
            rules={[{ required: true, message: t('admin.unitRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        {(role === 'department' || role === 'chairman') && (
          <Form.Item
            name="departmentId"
            label={t('admin.department')}
            rules={
              role === 'department'
                ? [{ required: true, message: t('admin.departmentRequired') }]
                : []
            }
          >
            <Select options={departments.map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label={t('admin.initialPassword')}
          extra={t('admin.passwordHint')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </FormModal>
      <Modal
        open={password !== null}
        title={t('admin.passwordTitle', { username: password?.username ?? '' })}
        onCancel={() => setPassword(null)}
        footer={
          <Button type="primary" onClick={() => setPassword(null)}>
            {t('admin.passwordNoted')}
          </Button>
        }
      >
        <Alert
          type="warning"
          showIcon
          title={t('admin.passwordOnce')}
          style={{ marginBottom: 12 }}
        />
        <Typography.Paragraph copyable={{ text: password?.password ?? '' }}>
          <code className="kaohe-password" data-testid="generated-password">
            {password?.password}
          </code>
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
