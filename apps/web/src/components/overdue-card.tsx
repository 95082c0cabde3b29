/**
 * 逾期未完成 on the home page (issue 15): for the admin every overdue unit and department,
 * for a department the overdue units it reviews; select all or some and 催办 them. The
 * server sends one reminder per sender, recipient and day and says how many it skipped.
 */
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/locale.tsx';
import { formatDate, stageColor, stageLabel } from '../lib/labels.ts';
import type { SessionUser } from '../lib/session.ts';
import { useErrorHandler } from '../lib/use-error-handler.tsx';
import { type inferOutput, type Trpc, useTRPC } from '../trpc.ts';

type Overdue = inferOutput<Trpc['todo']['overdue']>;
type OverdueUnit = Overdue['units'][number];
type OverdueDepartment = Overdue['departments'][number];

const departmentKey = (d: OverdueDepartment) => `${d.cycleId}/${d.departmentId}`;

function RemindBar({
  selected,
  total,
  onSelectAll,
  onRemind,
  pending,
  testId,
}: {
  selected: number;
  total: number;
  onSelectAll: () => void;
  onRemind: () => void;
  pending: boolean;
  testId: string;
}) {
  const t = useT();
  return (
    <Flex gap={8} wrap>
      <Button size="small" disabled={total === 0} onClick={onSelectAll}>
        {t('overdue.remindAll')}
      </Button>
      <Button
        size="small"
        type="primary"
        disabled={selected === 0}
        loading={pending}
        onClick={onRemind}
        data-testid={testId}
      >
        {t('overdue.remind', { count: selected })}
      </Button>
    </Flex>
  );
}

export function OverdueCard({ userRole: role }: { userRole: SessionUser['role'] }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const handleError = useErrorHandler();
  const { message } = App.useApp();
  const { data } = useSuspenseQuery(trpc.todo.overdue.queryOptions());
  const [units, setUnits] = useState<string[]>([]);
  const [departments, setDepartments] = useState<string[]>([]);
  const remind = useMutation(
    trpc.message.remind.mutationOptions({
      onSuccess: async (r) => {
        message.success(t('overdue.remindDone', { sent: r.sent, skipped: r.skipped }));
        await queryClient.invalidateQueries({ queryKey: trpc.message.unreadCount.queryKey() });
      },
      onError: (e) => handleError(e),
    }),
  );
  const overdueDepartments = role === 'admin' ? data.departments : [];
  const empty = data.units.length === 0 && overdueDepartments.length === 0;
  return (
    <Card
      title={t('overdue.title')}
      data-testid="overdue-card"
      extra={
        !empty && (
          <Tag color="red">
            {t('home.overdueCount', { count: data.units.length + overdueDepartments.length })}
          </Tag>
        )
      }
    >
      {empty ? (
        <Empty description={t('overdue.none')} />
      ) : (
        <Flex vertical gap={16}>
          {data.units.length > 0 && (
            <Flex vertical gap={8}>
              <Flex justify="space-between" align="center" wrap gap={8}>
                <Typography.Text strong>{t('overdue.units')}</Typography.Text>
                <RemindBar
                  selected={units.length}
                  total={data.units.length}
                  onSelectAll={() => setUnits(data.units.map((u) => u.assessmentId))}
                  pending={remind.isPending && remind.variables?.to === 'unit'}
                  onRemind={() => remind.mutate({ assessmentIds: units, to: 'unit' })}
                  testId="remind-units"
                />
              </Flex>
              <Table<OverdueUnit>
                rowKey="assessmentId"
                size="small"
                dataSource={data.units}
                pagination={data.units.length > 10 ? { pageSize: 10 } : false}
                rowSelection={{
                  selectedRowKeys: units,
                  onChange: (keys) => setUnits(keys as string[]),
                }}
                scroll={{ x: 'max-content' }}
                columns={[
                  { key: 'unit', title: t('home.colUnit'), dataIndex: 'unitName' },
                  { key: 'cycle', title: t('home.colCycle'), dataIndex: 'cycleName' },
                  {
                    key: 'stage',
                    title: t('home.colStage'),
                    render: (_, u) => (
                      <Tag color={stageColor(u.stage)}>{t(stageLabel(u.stage))}</Tag>
                    ),
                  },
                  {
                    key: 'due',
                    title: t('overdue.colDue'),
                    render: (_, u) => (
                      <Flex gap={4} align="center">
                        <Typography.Text type="danger">{formatDate(u.dueAt)}</Typography.Text>
                        <Tag color="red">{t('late.tag')}</Tag>
                      </Flex>
                    ),
                  },
                ]}
              />
            </Flex>
          )}
          {overdueDepartments.length > 0 && (
            <Flex vertical gap={8}>
              <Flex justify="space-between" align="center" wrap gap={8}>
                <Typography.Text strong>{t('overdue.departments')}</Typography.Text>
                <RemindBar
                  selected={departments.length}
                  total={overdueDepartments.length}
                  onSelectAll={() => setDepartments(overdueDepartments.map(departmentKey))}
                  pending={remind.isPending && remind.variables?.to === 'department'}
                  onRemind={() =>
                    remind.mutate({
                      to: 'department',
                      assessmentIds: overdueDepartments
                        .filter((d) => departments.includes(departmentKey(d)))
                        .flatMap((d) => d.assessmentIds),
                    })
                  }
                  testId="remind-departments"
                />
              </Flex>
              <Table<OverdueDepartment>
                rowKey={departmentKey}
                size="small"
                dataSource={overdueDepartments}
                pagination={overdueDepartments.length > 10 ? { pageSize: 10 } : false}
                rowSelection={{
                  selectedRowKeys: departments,
                  onChange: (keys) => setDepartments(keys as string[]),
                }}
                scroll={{ x: 'max-content' }}
                columns={[
                  { key: 'department', title: t('nav.departments'), dataIndex: 'departmentName' },
                  { key: 'cycle', title: t('home.colCycle'), dataIndex: 'cycleName' },
                  {
                    key: 'units',
                    title: t('overdue.colUnits'),
                    render: (_, d) => (
                      <Typography.Text
                        ellipsis={{ tooltip: d.unitNames.join('、') }}
                        style={{ maxWidth: 320 }}
                      >
                        {`${d.unitNames.length}：${d.unitNames.slice(0, 5).join('、')}${d.unitNames.length > 5 ? '…' : ''}`}
                      </Typography.Text>
                    ),
                  },
                  {
                    key: 'due',
                    title: t('overdue.colDue'),
                    render: (_, d) => (
                      <Flex gap={4} align="center">
                        <Typography.Text type="danger">{formatDate(d.dueAt)}</Typography.Text>
                        <Tag color="red">{t('late.tag')}</Tag>
                      </Flex>
                    ),
                  },
                ]}
              />
            </Flex>
          )}
        </Flex>
      )}
    </Card>
  );
}
