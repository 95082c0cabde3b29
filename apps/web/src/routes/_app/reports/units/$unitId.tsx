/**
 * /reports/units/$unitId: one unit year over year — 总计 and the category subtotals across
 * its cycles (a line chart and a table), and every item by year, matched by stable id
 * across rubric versions, the years whose rubric changed an item marked. Figures are the
 * server's (report.yearOverYear, SQL over exact numerics); nothing is added up here.
 */
import { toCenti } from '@kaohe/domain';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link } from '@tanstack/react-router';
import { Card, Empty, Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { YearOverYearChart } from '../../../../components/charts/report-charts.tsx';
import {
  column,
  figureColumns,
  GradeCell,
  StageTag,
  UnapprovedTag,
  WholeTable,
} from '../../../../components/cycle-page/cycle-page.tsx';
import { useT } from '../../../../i18n/locale.tsx';
import { requireRole } from '../../../../lib/session.ts';
import { type inferOutput, type Trpc, useTRPC } from '../../../../trpc.ts';

type Years = inferOutput<Trpc['report']['yearOverYear']>;
type YearCycle = Years['cycles'][number];
type YearItem = Years['items'][number];

export const Route = createFileRoute('/_app/reports/units/$unitId')({
  beforeLoad: ({ context }) => requireRole(context.user, 'chairman', 'admin'),
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(
      context.trpc.report.yearOverYear.queryOptions({ unitId: params.unitId }),
    ),
  component: UnitYears,
});

const centi = (s: string | null | undefined) => (s === null || s === undefined ? null : toCenti(s));

function UnitYears() {
  const t = useT();
  const trpc = useTRPC();
  const { unitId } = Route.useParams();
  const { data } = useSuspenseQuery(trpc.report.yearOverYear.queryOptions({ unitId }));
  const latest = data.cycles.at(-1);
  // The unit's name as its latest assessment has it (the report carries ids only).
  const named = useQuery({
    ...trpc.assessment.byId.queryOptions({ id: latest?.assessmentId ?? '' }),
    enabled: latest !== undefined,
  });
  const unitName = named.data?.unitName ?? unitId;

  // A cycle's label: its year, and its name too when a year has more than one cycle.
  const label = (c: YearCycle) =>
    data.cycles.filter((o) => o.year === c.year).length > 1
      ? `${c.year} ${c.cycleName}`
      : String(c.year);
  const categories = useMemo(() => {
    // Every category any cycle has, by id, titled as the latest cycle that has it titles it.
    const seen = new Map<string, string>();
    for (const c of data.cycles) for (const k of c.categories) seen.set(k.categoryId, k.title);
    return [...seen].map(([id, title]) => ({ id, title }));
  }, [data]);
  const years = useMemo(() => [...new Set(data.cycles.map((c) => c.year))], [data]);

  const lines = useMemo(
    () => [
      {
        name: t('table.total'),
        emphasis: true,
        values: data.cycles.map((c) => centi(c.total)),
      },
      ...categories.map((k) => ({
        name: k.title,
        values: data.cycles.map((c) =>
          centi(c.categories.find((x) => x.categoryId === k.id)?.subtotal),
        ),
      })),
    ],
    [data, categories, t],
  );

  const cycleColumns: TableColumnsType<YearCycle> = [
    {
      key: 'year',
      title: t('admin.year'),
      width: 80,
      fixed: 'left',
      render: (_, c) => <strong>{c.year}</strong>,
    },
    {
      key: 'cycle',
      title: t('yoy.cycle'),
      width: 200,
      render: (_, c) => (
        <Link to="/assessments/$id" params={{ id: c.assessmentId }}>
          {c.cycleName}
        </Link>
      ),
    },
    column('stage', t('home.colStage'), 100, (c) => <StageTag stage={c.stage} />),
    ...categories.map((k) => ({
      key: k.id,
      title: <span className="kaohe-category-head">{k.title}</span>,
      width: 96,
      align: 'right' as const,
      render: (_: unknown, c: YearCycle) => {
        const found = c.categories.find((x) => x.categoryId === k.id);
        return found ? (
          (found.subtotal ?? '')
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        );
      },
    })),
    ...figureColumns<YearCycle>(t, [80, 70, 90], (c) => (
      <Flex vertical align="flex-end">
        <strong data-testid={`years-total-${c.cycleId}`}>{c.total ?? ''}</strong>
        {!c.approved && c.total !== null && <UnapprovedTag />}
      </Flex>
    )),
    column(
      'grade',
      t('grades.grade'),
      100,
      (c) => (
        <GradeCell
          grade={c.grade}
          barred={c.barredFromHonours}
          testId={`years-grade-${c.cycleId}`}
        />
      ),
      'center',
    ),
  ];

  const itemColumns: TableColumnsType<YearItem> = [
    { key: 'title', title: t('table.content'), render: (_, i) => i.title },
    ...years.map((y) => ({
      key: String(y),
      title: String(y),
      width: 110,
      align: 'center' as const,
      render: (_: unknown, i: YearItem) => {
        const score = i.byYear[String(y)] ?? null;
        const changed = i.changedIn.includes(y);
        return (
          <Flex vertical align="center" gap={2}>
            <span>{score ?? <Typography.Text type="secondary">—</Typography.Text>}</span>
            {changed && (
              <Tag
                color="gold"
                style={{ marginInlineEnd: 0 }}
                data-testid={`changed-${i.itemId}-${y}`}
              >
                {t('yoy.changed')}
              </Tag>
            )}
          </Flex>
        );
      },
    })),
  ];
  const changedCount = data.items.filter((i) => i.changedIn.length > 0).length;

  return (
    <Flex vertical gap={12}>
      <Link to="/reports">← {t('reports.back')}</Link>
      <div>
        <h1 className="kaohe-page-title" data-testid="years-unit">
          {unitName} · {t('reports.yearOverYear')}
        </h1>
        <Typography.Text type="secondary">{t('yoy.intro')}</Typography.Text>
      </div>
      {data.cycles.length === 0 ? (
        <Card>
          <Empty description={t('yoy.none')} />
        </Card>
      ) : (
        <>
          <Card size="small" title={t('yoy.chart')}>
            <YearOverYearChart
              title={t('yoy.chart')}
              years={data.cycles.map(label)}
              lines={lines}
            />
            <Typography.Text type="secondary">{t('yoy.axes')}</Typography.Text>
          </Card>
          <WholeTable<YearCycle>
            rowKey="cycleId"
            columns={cycleColumns}
            dataSource={data.cycles}
            scroll={{ x: 'max-content' }}
            data-testid="years-table"
          />
          <Card
            size="small"
            title={t('yoy.items')}
            extra={
              <Typography.Text type="secondary">
                {t('yoy.changedCount', { count: changedCount })}
              </Typography.Text>
            }
          >
            <WholeTable<YearItem>
              rowKey="itemId"
              columns={itemColumns}
              dataSource={data.items}
              rowClassName={(i) => (i.changedIn.length > 0 ? 'kaohe-report-changed' : '')}
              data-testid="years-items"
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
