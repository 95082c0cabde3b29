/**
 * /appeals?cycleId: 公示与申诉 (issue 14). The admin publishes a cycle's approved results for
 * a period and finalises them; a unit sees its published result (review scores, remarks,
 * bonus, total, rank, and its type's ranking where the admin chose) and appeals items; the
 * department answers appeals on its items; the chairman's office decides.
 */
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Modal,
  Popconfirm,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  AnswerAppealModal,
  AnswerText,
  type AppealRow,
  DecideAppealModal,
  FileAppealModal,
  useTargetLabel,
} from '../../components/appeals/appeal-forms.tsx';
import { useAssessment } from '../../components/assessment/queries.ts';
import { PageHeading } from '../../components/filter-field.tsx';
import { PlainList } from '../../components/plain-list.tsx';
import { useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { formatDateTime, stageColor, stageLabel } from '../../lib/labels.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { useScreen } from '../../lib/use-screen.ts';
import { type Cycle, useTRPC } from '../../trpc.ts';

export const Route = createFileRoute('/_app/appeals')({
  validateSearch: (s: Record<string, unknown>): { cycleId?: string } =>
    typeof s.cycleId === 'string' && s.cycleId.length <= 64 ? { cycleId: s.cycleId } : {},
  component: AppealsPage,
});

const INTRO: Record<string, MessageKey> = {
  unit: 'appeal.intro.unit',
  department: 'appeal.intro.department',
  chairman: 'appeal.intro.chairman',
  admin: 'appeal.intro.admin',
};

const STATUS_COLOR = { filed: 'orange', answered: 'blue', decided: 'green' } as const;

function AppealsPage() {
  const t = useT();
  const { user } = Route.useRouteContext();
  return (
    <Flex vertical gap={12} style={{ maxWidth: 1200 }}>
      <PageHeading title={t('appeal.title')} intro={t(INTRO[user.role]!)} />
      {user.role === 'unit' ? <UnitResults /> : <OfficePage role={user.role} />}
    </Flex>
  );
}

// ---------------------------------------------------------------------------
// The unit

function UnitResults() {
  const t = useT();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.assessment.mine.queryOptions());
  const published = data.filter((a) => a.stage === 'published' || a.stage === 'final');
  if (published.length === 0) return <Empty description={t('appeal.noResult')} />;
  return (
    <>
      {published.map((a) => (
        <UnitResult key={a.id} assessmentId={a.id} cycleName={a.cycleName} />
      ))}
    </>
  );
}

function UnitResult({ assessmentId, cycleName }: { assessmentId: string; cycleName: string }) {
  const t = useT();
  const trpc = useTRPC();
  const { phone } = useScreen();
  const { assessment, rubric } = useAssessment(assessmentId);
  const { data: result } = useSuspenseQuery(trpc.appeal.result.queryOptions({ assessmentId }));
  const [appealing, setAppealing] = useState<{ target: string; title: string } | null>(null);
  const label = useTargetLabel();
  const appealOf = (target: string) => result.appeals.find((a) => a.target === target);
  const appealCell = (target: string, title: string) => {
    const a = appealOf(target);
    if (a) {
      return (
        <Flex vertical gap={2}>
          <Tag color={STATUS_COLOR[a.status]} data-testid={`appeal-status-${target}`}>
            {t(`appeal.status.${a.status}` as MessageKey)}
          </Tag>
          {a.answer && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <AnswerText appeal={a} />
            </Typography.Text>
          )}
        </Flex>
      );
    }
    return result.appealOpen ? (
      <Button
        size="small"
        data-testid={`appeal-${target}`}
        onClick={() => setAppealing({ target, title })}
      >
        {t('appeal.file')}
      </Button>
    ) : null;
  };
  const items = rubric.categories.flatMap((c) => c.items);
  const rows = items.map((item) => {
    const row = assessment.items.find((i) => i.itemId === item.id);
    return {
      id: item.id,
      number: item.number,
      content: item.content,
      base: String(item.baseScore),
      review: row?.reviewScore ?? '—',
      remarks:
        row?.reviews
          .map((r) => r.remarks)
          .filter(Boolean)
          .join('；') ?? '',
    };
  });
  const period = result.publication;
  return (
    <Card
      // A cycle's long name wraps on a phone rather than being cut.
      styles={{ title: { whiteSpace: 'normal' } }}
      title={
        <Flex gap={8} wrap align="center">
          <span>
            {t('appeal.result')} · {cycleName}
          </span>
          <Tag color={stageColor(result.stage)}>{t(stageLabel(result.stage))}</Tag>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {period && (
          <Typography.Text data-testid="appeal-period">
            {t('appeal.periodLine', {
              start: formatDateTime(period.periodStart),
              end: formatDateTime(period.periodEnd),
            })}
            {!result.appealOpen && result.stage === 'published' && ` · ${t('appeal.periodClosed')}`}
          </Typography.Text>
        )}
        <Descriptions
          size="small"
          bordered
          column={phone ? 1 : 4}
          items={[
            { key: 's', label: t('appeal.subtotal'), children: result.subtotal ?? '—' },
            { key: 'b', label: t('appeal.bonusTotal'), children: result.bonus },
            {
              key: 't',
              label: t('appeal.total'),
              children: <span data-testid="result-total">{result.total ?? '—'}</span>,
            },
            {
              key: 'r',
              label: t('appeal.rank'),
              children: (
                <span data-testid="result-rank">
                  {result.rank === null
                    ? '—'
                    : t('appeal.rankOf', { rank: result.rank, count: result.unitsOfType })}
                </span>
              ),
            },
          ]}
        />
        {phone ? (
          <PlainList
            items={rows}
            rowKey={(r) => r.id}
            renderItem={(r) => (
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Typography.Text strong>
                  {label({ target: r.id, itemNumber: r.number })} · {r.review} / {r.base}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.content}
                </Typography.Text>
                {r.remarks && (
                  <Typography.Text style={{ fontSize: 12 }}>{r.remarks}</Typography.Text>
                )}
                {appealCell(r.id, label({ target: r.id, itemNumber: r.number }))}
              </Flex>
            )}
          />
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { key: 'n', title: t('appeal.col.number'), dataIndex: 'number', width: 60 },
              { key: 'c', title: t('appeal.col.content'), dataIndex: 'content' },
              { key: 'b', title: t('appeal.col.base'), dataIndex: 'base', width: 80 },
              {
                key: 'r',
                title: t('appeal.col.review'),
                width: 80,
                render: (_, r) => <span data-testid={`review-${r.id}`}>{r.review}</span>,
              },
              { key: 'm', title: t('appeal.col.remarks'), dataIndex: 'remarks', width: 200 },
              {
                key: 'a',
                title: t('appeal.col.appeal'),
                width: 170,
                render: (_, r) => appealCell(r.id, label({ target: r.id, itemNumber: r.number })),
              },
            ]}
          />
        )}
        <Flex gap={8} align="center" wrap>
          <Typography.Text>
            {t('appeal.bonus')}：{result.bonus}
          </Typography.Text>
          {appealCell('bonus', t('appeal.bonus'))}
        </Flex>
        {result.ranking && (
          <Card size="small" title={t('appeal.ranking')}>
            <Table
              rowKey="unitId"
              size="small"
              pagination={false}
              dataSource={result.ranking}
              columns={[
                { key: 'rank', title: '#', dataIndex: 'rank', width: 50 },
                { key: 'unit', title: t('appeal.col.unit'), dataIndex: 'unitName' },
                { key: 'total', title: t('appeal.total'), dataIndex: 'total', width: 90 },
              ]}
            />
          </Card>
        )}
      </Flex>
      {appealing && (
        <FileAppealModal
          assessmentId={assessmentId}
          target={appealing.target}
          title={appealing.title}
          onClose={() => setAppealing(null)}
        />
      )}
    </Card>
  );
}

// ---------------------------------------------------------------------------
// Departments, the chairman's office, the admin

function OfficePage({ role }: { role: 'department' | 'chairman' | 'admin' }) {
  const t = useT();
  const trpc = useTRPC();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: '/appeals' });
  const { data: cycles } = useSuspenseQuery(trpc.cycle.list.queryOptions());
  const cycle = cycles.find((c) => c.id === search.cycleId) ?? cycles[0];
  if (!cycle) return <Empty description={t('overview.noCycle')} />;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('appeal.cycle')}</Typography.Text>
        <Select
          style={{ minWidth: 240, maxWidth: '100%' }}
          value={cycle.id}
          options={cycles.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(cycleId) => navigate({ search: { cycleId } })}
          data-testid="appeal-cycle"
        />
      </Flex>
      {role === 'admin' && <Publications cycle={cycle} />}
      <AppealList cycleId={cycle.id} role={role} />
    </Flex>
  );
}

function Publications({ cycle }: { cycle: Cycle }) {
  const t = useT();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const handleError = useErrorHandler();
  const queryClient = useQueryClient();
  const { phone } = useScreen();
  const [publishing, setPublishing] = useState(false);
  const { data: pubs } = useQuery(trpc.appeal.publications.queryOptions({ cycleId: cycle.id }));
  const { data: types } = useQuery(trpc.admin.unitTypes.queryOptions());
  const typeName = (id: string | null) =>
    id === null ? t('appeal.allUnitTypes') : (types?.find((x) => x.id === id)?.name ?? id);
  const finalise = useMutation(
    trpc.appeal.finalise.mutationOptions({
      onSuccess: async (r) => {
        message.success(t('appeal.finalised', { count: r.finalised }));
        await queryClient.invalidateQueries({ queryKey: trpc.appeal.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
      },
      onError: (e) => handleError(e),
    }),
  );
  return (
    <Card
      title={t('appeal.publications')}
      extra={
        <Button type="primary" onClick={() => setPublishing(true)} data-testid="publish-open">
          {t('appeal.publish')}
        </Button>
      }
    >
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        scroll={phone ? { x: 640 } : undefined}
        dataSource={pubs ?? []}
        locale={{ emptyText: <Empty description={t('appeal.noPublications')} /> }}
        columns={[
          { key: 'scope', title: t('appeal.col.scope'), render: (_, p) => typeName(p.unitTypeId) },
          {
            key: 'period',
            title: t('appeal.col.period'),
            render: (_, p) => `${formatDateTime(p.periodStart)} – ${formatDateTime(p.periodEnd)}`,
          },
          { key: 'units', title: t('appeal.col.units'), dataIndex: 'assessments' },
          { key: 'open', title: t('appeal.col.openAppeals'), dataIndex: 'openAppeals' },
          {
            key: 'state',
            title: t('appeal.col.state'),
            render: (_, p) => (
              <Tag color={p.finalisedAt ? 'green' : p.periodOver ? 'orange' : 'gold'}>
                {t(
                  p.finalisedAt
                    ? 'appeal.state.final'
                    : p.periodOver
                      ? 'appeal.state.over'
                      : 'appeal.state.open',
                )}
              </Tag>
            ),
          },
          {
            key: 'act',
            title: t('common.actions'),
            render: (_, p) =>
              p.finalisedAt ? null : (
                <Popconfirm
                  title={t('appeal.finaliseConfirm')}
                  okText={t('appeal.finalise')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => finalise.mutateAsync({ publicationId: p.id })}
                >
                  <Button size="small" data-testid="finalise">
                    {t('appeal.finalise')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {publishing && (
        <PublishModal cycle={cycle} types={types ?? []} onClose={() => setPublishing(false)} />
      )}
    </Card>
  );
}

function PublishModal({
  cycle,
  types,
  onClose,
}: {
  cycle: Cycle;
  types: ReadonlyArray<{ id: string; name: string }>;
  onClose: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const handleError = useErrorHandler();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{
    unitTypeId: string;
    period: [Dayjs, Dayjs];
    showRanking: boolean;
  }>();
  const publish = useMutation(
    trpc.appeal.publish.mutationOptions({
      onSuccess: async (r) => {
        message.success(t('appeal.published', { count: r.published }));
        await queryClient.invalidateQueries();
        onClose();
      },
      onError: (e) => handleError(e),
    }),
  );
  return (
    <Modal
      open
      title={t('appeal.publishTitle')}
      okText={t('appeal.publish')}
      cancelText={t('common.cancel')}
      confirmLoading={publish.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'publish-submit' } as Record<`data-${string}`, string>}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ unitTypeId: '', showRanking: false }}
        onFinish={(v) =>
          publish.mutate({
            cycleId: cycle.id,
            unitTypeId: v.unitTypeId === '' ? null : v.unitTypeId,
            periodStart: v.period[0].format(),
            periodEnd: v.period[1].format(),
            showRanking: v.showRanking,
          })
        }
      >
        <Form.Item label={t('appeal.cycle')}>
          <Typography.Text strong>{cycle.name}</Typography.Text>
        </Form.Item>
        <Form.Item name="unitTypeId" label={t('appeal.unitType')}>
          <Select
            options={[
              { value: '', label: t('appeal.allUnitTypes') },
              ...types.map((x) => ({ value: x.id, label: x.name })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('appeal.period')}
          rules={[{ required: true, message: t('appeal.periodRequired') }]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            data-testid="publish-period"
          />
        </Form.Item>
        <Form.Item name="showRanking" label={t('appeal.showRanking')} valuePropName="checked">
          <Switch data-testid="publish-ranking" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AppealList({
  cycleId,
  role,
}: {
  cycleId: string;
  role: 'department' | 'chairman' | 'admin';
}) {
  const t = useT();
  const trpc = useTRPC();
  const { phone } = useScreen();
  const label = useTargetLabel();
  const { data: appeals } = useSuspenseQuery(trpc.appeal.list.queryOptions({ cycleId }));
  const [answering, setAnswering] = useState<AppealRow | null>(null);
  const [deciding, setDeciding] = useState<AppealRow | null>(null);
  const action = (a: AppealRow) => {
    if (a.stage !== 'published') return null;
    const answers =
      (role === 'department' && a.target !== 'bonus') ||
      (role === 'chairman' && a.target === 'bonus');
    const step =
      a.status === 'filed' && answers
        ? ({ open: setAnswering, label: 'appeal.answerAction', testId: 'answer-open' } as const)
        : a.status === 'answered' && role === 'chairman'
          ? ({ open: setDeciding, label: 'appeal.decideAction', testId: 'decide-open' } as const)
          : null;
    if (!step) return null;
    return (
      <Button size="small" type="primary" onClick={() => step.open(a)} data-testid={step.testId}>
        {t(step.label)}
      </Button>
    );
  };
  const status = (a: AppealRow) => (
    <Tag color={STATUS_COLOR[a.status]}>{t(`appeal.status.${a.status}` as MessageKey)}</Tag>
  );
  const decisionText = (a: AppealRow) =>
    a.decision === null
      ? '—'
      : `${t(a.decision === 'confirmed' ? 'appeal.decision.confirmed' : 'appeal.decision.otherwise')}${a.decisionReason ? `：${a.decisionReason}` : ''}`;
  return (
    <Card title={t('appeal.list')}>
      {phone ? (
        <PlainList
          items={appeals}
          rowKey={(a) => a.id}
          testId="appeal-list"
          empty={<Empty description={t('appeal.none')} />}
          renderItem={(a) => (
            <Flex vertical gap={4} style={{ minWidth: 0 }}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>
                  {a.unitName} · {label(a)}
                </Typography.Text>
                {status(a)}
              </Flex>
              <Typography.Text>{a.reason}</Typography.Text>
              {a.answer && (
                <Typography.Text type="secondary">
                  <AnswerText appeal={a} />
                </Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('appeal.col.deadline')}：{formatDateTime(a.periodEnd)}
              </Typography.Text>
              {action(a)}
            </Flex>
          )}
        />
      ) : (
        <Table
          rowKey="id"
          size="small"
          pagination={appeals.length > 20 ? { pageSize: 20 } : false}
          dataSource={appeals}
          data-testid="appeal-list"
          locale={{ emptyText: <Empty description={t('appeal.none')} /> }}
          columns={[
            { key: 'unit', title: t('appeal.col.unit'), dataIndex: 'unitName', width: 140 },
            { key: 'item', title: t('appeal.col.item'), render: (_, a) => label(a), width: 80 },
            { key: 'reason', title: t('appeal.col.reason'), dataIndex: 'reason' },
            { key: 'status', title: t('appeal.col.state'), render: (_, a) => status(a), width: 90 },
            {
              key: 'answer',
              title: t('appeal.col.answer'),
              render: (_, a) => <AnswerText appeal={a} />,
            },
            { key: 'decision', title: t('appeal.col.decision'), render: (_, a) => decisionText(a) },
            {
              key: 'deadline',
              title: t('appeal.col.deadline'),
              render: (_, a) => formatDateTime(a.periodEnd),
              width: 140,
            },
            { key: 'act', title: t('common.actions'), render: (_, a) => action(a), width: 90 },
          ]}
        />
      )}
      {answering && <AnswerAppealModal appeal={answering} onClose={() => setAnswering(null)} />}
      {deciding && <DecideAppealModal appeal={deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}
