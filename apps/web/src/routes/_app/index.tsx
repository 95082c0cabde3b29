/**
 * /: what needs this user now (待办, from todo.mine), nearest deadline first, overdue in
 * red, each with the page that does it. A unit also sees its assessments of every year;
 * the assessment office its cycles and their deadlines.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link } from '@tanstack/react-router';
import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { CycleTable } from '../../components/admin/cycle-table.tsx';
import { Deadline } from '../../components/deadline.tsx';
import { OverdueCard } from '../../components/overdue-card.tsx';
import { PlainList } from '../../components/plain-list.tsx';
import { ShortTable } from '../../components/short-table.tsx';
import { useLocale, useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { stageColor, stageLabel } from '../../lib/labels.ts';
import type { SessionUser } from '../../lib/session.ts';
import { useScreen } from '../../lib/use-screen.ts';
import { type Todo, useTRPC } from '../../trpc.ts';

export const Route = createFileRoute('/_app/')({
  loader: async ({ context: { queryClient, trpc, user } }) => {
    await Promise.all([
      queryClient.ensureQueryData(trpc.todo.mine.queryOptions()),
      user.role === 'unit'
        ? queryClient.ensureQueryData(trpc.assessment.mine.queryOptions())
        : null,
      user.role === 'admin' ? queryClient.ensureQueryData(trpc.cycle.list.queryOptions()) : null,
      user.role === 'admin' || user.role === 'department'
        ? queryClient.ensureQueryData(trpc.todo.overdue.queryOptions())
        : null,
    ]);
  },
  component: HomePage,
});

const INTRO: Record<SessionUser['role'], MessageKey> = {
  unit: 'home.introUnit',
  department: 'home.introDepartment',
  chairman: 'home.introChairman',
  admin: 'home.introAdmin',
};

const KIND_ACTION: Record<Todo['kind'], MessageKey> = {
  selfScore: 'home.actionSelfScore',
  revise: 'home.actionRevise',
  review: 'home.actionReview',
  waitUnit: 'home.actionWaitUnit',
  bonus: 'home.actionBonus',
  approve: 'home.actionApprove',
  appeal: 'home.actionAppeal',
  appealAnswer: 'home.actionAppealAnswer',
  appealDecide: 'home.actionAppealDecide',
  finalise: 'home.actionFinalise',
};

function HomePage() {
  const t = useT();
  const { user } = Route.useRouteContext();
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <div>
        <h1 className="kaohe-page-title">{t('home.greeting', { name: user.displayName })}</h1>
        <Typography.Text type="secondary">{t(INTRO[user.role])}</Typography.Text>
      </div>
      {user.role === 'department' ? (
        <>
          <TodoList title="home.todoMine" filter={(x) => x.kind !== 'waitUnit'} />
          <TodoList
            title="home.todoWaitUnit"
            hint="home.todoWaitUnitHint"
            filter={(x) => x.kind === 'waitUnit'}
            testId="todo-wait-unit"
          />
        </>
      ) : user.role === 'admin' ? null : (
        // The admin's 待办 is what is overdue (the card below): nothing else waits on the office.
        <TodoList />
      )}
      {(user.role === 'admin' || user.role === 'department') && (
        <OverdueCard userRole={user.role} />
      )}
      {user.role === 'unit' && <UnitAssessments />}
      {user.role === 'admin' && <AdminCycles />}
    </Flex>
  );
}

function TodoAction({ todo }: { todo: Todo }) {
  const t = useT();
  const label = t(KIND_ACTION[todo.kind]);
  if (
    todo.kind === 'appeal' ||
    todo.kind === 'appealAnswer' ||
    todo.kind === 'appealDecide' ||
    todo.kind === 'finalise'
  ) {
    return <Link to="/appeals">{label}</Link>;
  }
  if (todo.kind === 'review' || todo.kind === 'waitUnit') {
    return (
      <Link to="/review" search={{ assessment: todo.assessmentId }}>
        {label}
      </Link>
    );
  }
  return (
    <Link to="/assessments/$id" params={{ id: todo.assessmentId }}>
      {label}
    </Link>
  );
}

function TodoList({
  title = 'home.todoTitle',
  hint,
  filter,
  testId = 'todo-list',
}: {
  title?: MessageKey;
  hint?: MessageKey;
  /** A department's 待办 in two: what it must do, what waits on the unit (退回修改). */
  filter?: (todo: Todo) => boolean;
  testId?: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const { data: all } = useSuspenseQuery(trpc.todo.mine.queryOptions());
  const todos = filter ? all.filter(filter) : all;
  const overdue = todos.filter((x) => x.overdue).length;
  const { phone } = useScreen();
  return (
    <Card
      title={t(title)}
      data-testid={`${testId}-card`}
      extra={
        todos.length > 0 && (
          <Flex gap={8}>
            <Tag>{t('home.todoCount', { count: todos.length })}</Tag>
            {overdue > 0 && <Tag color="red">{t('home.overdueCount', { count: overdue })}</Tag>}
          </Flex>
        )
      }
    >
      {hint && todos.length > 0 && (
        <Typography.Paragraph type="secondary">{t(hint)}</Typography.Paragraph>
      )}
      {phone ? (
        // Five columns do not fit a phone: each task as a block, the action first.
        <PlainList
          bordered={false}
          testId={testId}
          items={todos}
          rowKey={(row) => row.assessmentId}
          empty={<Empty description={t('home.noTodo')} />}
          renderItem={(row) => (
            <Flex vertical gap={2} className={row.overdue ? 'kaohe-todo-overdue' : undefined}>
              <Typography.Text strong>{row.title[locale]}</Typography.Text>
              <Typography.Text type="secondary">{row.cycleName}</Typography.Text>
              <Flex gap={8} wrap align="center">
                <Tag color={stageColor(row.stage)}>{t(stageLabel(row.stage))}</Tag>
                <span>
                  <Typography.Text type="secondary">{t('phone.todoDeadline')} </Typography.Text>
                  <Deadline at={row.deadline} overdue={row.overdue} />
                </span>
              </Flex>
              <TodoAction todo={row} />
            </Flex>
          )}
        />
      ) : (
        <Table<Todo>
          rowKey="assessmentId"
          size="small"
          pagination={todos.length > 20 ? { pageSize: 20 } : false}
          dataSource={todos}
          rowClassName={(row) => (row.overdue ? 'kaohe-row-overdue' : '')}
          locale={{ emptyText: <Empty description={t('home.noTodo')} /> }}
          columns={[
            {
              key: 'title',
              title: t('home.colTask'),
              render: (_, row) => <TodoAction todo={row} />,
              width: 150,
            },
            { key: 'unit', title: t('home.colUnit'), render: (_, row) => row.title[locale] },
            { key: 'cycle', title: t('home.colCycle'), dataIndex: 'cycleName' },
            {
              key: 'stage',
              title: t('home.colStage'),
              render: (_, row) => (
                <Tag color={stageColor(row.stage)}>{t(stageLabel(row.stage))}</Tag>
              ),
            },
            {
              key: 'deadline',
              title: t('home.colDeadline'),
              render: (_, row) => <Deadline at={row.deadline} overdue={row.overdue} />,
            },
          ]}
        />
      )}
    </Card>
  );
}

function UnitAssessments() {
  const t = useT();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.assessment.mine.queryOptions());
  const { phone } = useScreen();
  const links = (row: (typeof data)[number]) => (
    <Flex gap={16} wrap>
      <Link to="/assessments/$id" params={{ id: row.id }}>
        {row.stage === 'selfScoring' || row.stage === 'returned'
          ? t('home.actionSelfScore')
          : t('common.view')}
      </Link>
      <Link to="/assessments/$id/print" params={{ id: row.id }}>
        {t('print.open')}
      </Link>
    </Flex>
  );
  if (phone) {
    return (
      <Card title={t('home.myAssessments')}>
        <PlainList
          bordered={false}
          items={data}
          rowKey={(row) => row.id}
          empty={<Empty description={t('home.noAssessments')} />}
          renderItem={(row) => (
            <Flex vertical gap={4}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{row.cycleName}</Typography.Text>
                <Tag color={stageColor(row.stage)}>{t(stageLabel(row.stage))}</Tag>
              </Flex>
              {links(row)}
            </Flex>
          )}
        />
      </Card>
    );
  }
  return (
    <Card title={t('home.myAssessments')}>
      <ShortTable
        rowKey="id"
        rows={data}
        empty={t('home.noAssessments')}
        columns={[
          { key: 'cycle', title: t('home.colCycle'), dataIndex: 'cycleName' },
          {
            key: 'stage',
            title: t('home.colStage'),
            render: (_, row) => <Tag color={stageColor(row.stage)}>{t(stageLabel(row.stage))}</Tag>,
          },
          {
            key: 'open',
            title: t('common.actions'),
            render: (_, row) => links(row),
          },
        ]}
      />
    </Card>
  );
}

function AdminCycles() {
  const t = useT();
  const trpc = useTRPC();
  const { data: cycles } = useSuspenseQuery(trpc.cycle.list.queryOptions());
  return (
    <Card title={t('home.cycles')} extra={<Link to="/admin/cycles">{t('home.manageCycles')}</Link>}>
      <CycleTable cycles={cycles} />
    </Card>
  );
}
