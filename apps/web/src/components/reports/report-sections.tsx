/**
 * The sections of /reports, one per tab: ranking (bars per unit type, the distribution,
 * the table), category subtotals (table with the average row, a unit against its unit
 * type's average on a radar), self against review (largest first), department progress,
 * and the bonus list. Each figure is the server's (SQL over exact numerics) or computed
 * here in hundredths (report-model.ts).
 */
import {
  type Centi,
  formatCenti,
  type ListSearch,
  type Rubric,
  rubricItems,
  toCenti,
} from '@kaohe/domain';
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Select,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { formatDateTime } from '../../lib/labels.ts';
import { type inferOutput, type Trpc, useTRPC } from '../../trpc.ts';
import { departmentNameOf, unitTypeName } from '../assessment/queries.ts';
import { CategoryRadar, RankingBars, ScoreHistogram } from '../charts/report-charts.tsx';
import {
  column,
  figureColumns,
  pagedBy,
  StageTag,
  UnapprovedTag,
  UnitCell,
  WholeTable,
} from '../cycle-page/cycle-page.tsx';
import { GradeTag, HonoursCell } from '../grades/grade-cells.tsx';
import { REVIEWED_STAGES } from '../overview/overview-model.ts';
import { listInput, SearchBox, ServerTable } from '../search-table/search-table.tsx';
import {
  categoryAverages,
  categoryBase,
  histogram,
  type RankedUnit,
  rankDisplay,
  rankingOrder,
  subtotalsByAssessment,
  totalsOf,
} from './report-model.ts';

export type RankingRows = inferOutput<Trpc['report']['ranking']>;

/** What a tab of the reports is given: the rubric, the ranking's rows and the cycle. */
interface SectionProps {
  rubric: Rubric;
  rows: RankingRows;
  cycleId: string;
}

const fmt = (c: Centi | null | undefined) => (c === null || c === undefined ? '' : formatCenti(c));

export function RankCell({ row, all }: { row: RankedUnit; all: readonly RankedUnit[] }) {
  const t = useT();
  const shown = rankDisplay(row, all);
  if (shown.kind === 'none') return <Typography.Text type="secondary">—</Typography.Text>;
  if (shown.kind === 'unapproved') {
    return <UnapprovedTag testId={`ranking-rank-${row.unitId}`} />;
  }
  return (
    <span data-testid={`ranking-rank-${row.unitId}`}>
      <strong>{shown.rank}</strong>
      {shown.tied && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 4 }}>
          {t('reports.tie')}
        </Typography.Text>
      )}
    </span>
  );
}

function UnitLink({ row }: { row: RankedUnit }) {
  return (
    <Link
      to="/reports/units/$unitId"
      params={{ unitId: row.unitId }}
      data-testid={`unit-${row.unitId}`}
    >
      {row.unitName}
    </Link>
  );
}

// ---------------------------------------------------------------- 排名

/**
 * The ranking: the charts of the whole cycle (or unit type), and the table one page at a
 * time from the server, searchable by unit name or code; a unit found keeps its rank.
 */
export function RankingSection({
  rubric,
  rows,
  cycleId,
  unitTypeId,
  search,
  onSearch,
}: {
  rubric: Rubric;
  rows: RankingRows;
  cycleId: string;
  unitTypeId: string | undefined;
  search: ListSearch;
  onSearch: (patch: Partial<ListSearch>) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const page = useQuery({
    ...trpc.report.rankingPage.queryOptions({
      cycleId,
      ...(unitTypeId ? { unitTypeId } : {}),
      ...listInput(search),
    }),
    placeholderData: keepPreviousData,
  });
  const ordered = useMemo(() => rankingOrder(rubric, rows), [rubric, rows]);
  const types = rubric.unitTypes.filter((u) => rows.some((r) => r.unitTypeId === u.id));
  const bins = useMemo(() => histogram(totalsOf(rows)), [rows]);
  const columns: TableColumnsType<RankedUnit> = [
    {
      key: 'rank',
      title: t('overview.rank'),
      width: 96,
      align: 'center',
      render: (_, row) => <RankCell row={row} all={rows} />,
    },
    { key: 'unit', title: t('review.unit'), render: (_, row) => <UnitLink row={row} /> },
    column('type', t('filter.unitType'), 140, (row) => unitTypeName(rubric, row.unitTypeId)),
    column('stage', t('home.colStage'), 110, (row) => <StageTag stage={row.stage} />),
    ...figureColumns<RankedUnit>(t, [90, 80, 90], (row) => (
      <strong data-testid={`ranking-total-${row.unitId}`}>{row.total ?? ''}</strong>
    )),
    column(
      'grade',
      t('grades.grade'),
      90,
      (row) => <GradeTag grade={row.grade} testId={`ranking-grade-${row.unitId}`} />,
      'center',
    ),
    {
      key: 'honours',
      title: t('grades.honours'),
      width: 110,
      align: 'center',
      render: (_, row) => (
        <HonoursCell rubric={rubric} row={row} testId={`ranking-barred-${row.unitId}`} />
      ),
    },
  ];
  if (rows.length === 0) return <Empty description={t('reports.noUnits')} />;
  return (
    <Flex vertical gap={12}>
      <Row gutter={[12, 12]}>
        {types.map((u) => (
          <Col key={u.id} xs={24} xl={types.length === 1 ? 16 : 12}>
            <Card size="small" title={t('reports.rankingChart', { unitType: u.name })}>
              <RankingBars
                title={t('reports.rankingChart', { unitType: u.name })}
                bars={ordered
                  .filter((r) => r.unitTypeId === u.id)
                  .map((r) => ({
                    unitName: r.unitName,
                    total: r.total === null ? null : toCenti(r.total),
                    approved: r.approved,
                    rank: r.approved ? r.rank : null,
                  }))}
              />
            </Card>
          </Col>
        ))}
        <Col xs={24} xl={types.length === 1 ? 8 : types.length % 2 === 0 ? 24 : 12}>
          <Card size="small" title={t('reports.histogram')}>
            {bins.length === 0 ? (
              <Empty description={t('reports.noTotals')} />
            ) : (
              <ScoreHistogram title={t('reports.histogram')} bins={bins} />
            )}
            <Typography.Text type="secondary">{t('reports.histogramHint')}</Typography.Text>
          </Card>
        </Col>
      </Row>
      <SearchBox
        value={search.q}
        onSearch={(q) => onSearch({ q })}
        placeholder={t('list.searchRanking')}
      />
      <ServerTable<RankedUnit>
        rowKey="assessmentId"
        bordered
        columns={columns}
        {...pagedBy(page, search, onSearch)}
        scroll={{ x: 'max-content' }}
        data-testid="ranking-table"
      />
    </Flex>
  );
}

// ---------------------------------------------------------------- 分类小计

export function CategoriesSection({ rubric, rows, cycleId }: SectionProps) {
  const t = useT();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.report.categories.queryOptions({ cycleId }));
  const subtotals = useMemo(() => subtotalsByAssessment(data), [data]);
  const ordered = useMemo(() => rankingOrder(rubric, rows), [rubric, rows]);
  // Averages over units whose review is finished: a half-reviewed unit would pull them down.
  const reviewed = ordered.filter((r) => REVIEWED_STAGES.includes(r.stage));
  const shownAverages = useMemo(
    () =>
      categoryAverages(
        rubric,
        subtotals,
        reviewed.map((r) => r.assessmentId),
      ),
    [rubric, subtotals, reviewed],
  );
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const unit = ordered.find((r) => r.assessmentId === chosen) ?? reviewed[0] ?? ordered[0];
  const typeAverages = useMemo(
    () =>
      unit
        ? categoryAverages(
            rubric,
            subtotals,
            reviewed.filter((r) => r.unitTypeId === unit.unitTypeId).map((r) => r.assessmentId),
          )
        : new Map<string, Centi | null>(),
    [rubric, subtotals, reviewed, unit],
  );
  if (rows.length === 0) return <Empty description={t('reports.noUnits')} />;

  type Line = { key: string; row: RankedUnit | null };
  const lines: Line[] = [
    ...ordered.map((r) => ({ key: r.assessmentId, row: r })),
    { key: 'average', row: null },
  ];
  const columns: TableColumnsType<Line> = [
    {
      key: 'unit',
      title: t('review.unit'),
      fixed: 'left',
      width: 170,
      render: (_, l) =>
        l.row ? (
          <UnitCell
            name={<UnitLink row={l.row} />}
            unitType={unitTypeName(rubric, l.row.unitTypeId)}
          />
        ) : (
          <strong title={t('reports.averageHint')}>{t('reports.averageRow')}</strong>
        ),
    },
    ...rubric.categories.map((c) => ({
      key: c.id,
      title: (
        <span title={c.name} className="kaohe-category-head">
          {c.name}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('table.categoryBase', { points: formatCenti(categoryBase(rubric, c.id)) })}
          </Typography.Text>
        </span>
      ),
      width: 96,
      align: 'right' as const,
      render: (_: unknown, l: Line) =>
        l.row ? (
          <span data-testid={`cat-${l.row.unitId}-${c.id}`}>
            {fmt(subtotals.get(l.row.assessmentId)?.get(c.id))}
          </span>
        ) : (
          <strong data-testid={`cat-average-${c.id}`}>{fmt(shownAverages.get(c.id))}</strong>
        ),
    })),
    {
      key: 'subtotal',
      title: t('table.subtotal'),
      width: 90,
      align: 'right',
      render: (_, l) => (l.row ? (l.row.subtotal ?? '') : ''),
    },
  ];

  const radar = unit
    ? rubric.categories.map((c) => ({
        id: c.id,
        name: c.name,
        base: categoryBase(rubric, c.id),
        unit: subtotals.get(unit.assessmentId)?.get(c.id) ?? null,
        average: typeAverages.get(c.id) ?? null,
      }))
    : [];
  return (
    <Flex vertical gap={12}>
      <WholeTable<Line>
        rowKey="key"
        columns={columns}
        dataSource={lines}
        scroll={{ x: 'max-content' }}
        rowClassName={(l) => (l.row ? '' : 'kaohe-report-average')}
      />
      {unit && (
        <Card
          size="small"
          title={t('reports.radarTitle')}
          extra={
            <Select
              aria-label={t('reports.radarUnit')}
              style={{ minWidth: 220 }}
              value={unit.assessmentId}
              onChange={setChosen}
              options={ordered.map((r) => ({ value: r.assessmentId, label: r.unitName }))}
              data-testid="radar-unit"
            />
          }
        >
          <Row gutter={16} align="middle">
            <Col xs={24} lg={14}>
              <CategoryRadar
                title={t('reports.radarTitle')}
                unitName={unit.unitName}
                categories={radar}
              />
            </Col>
            <Col xs={24} lg={10}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={radar}
                columns={[
                  { key: 'name', title: t('table.category'), dataIndex: 'name' },
                  {
                    key: 'base',
                    title: t('reports.categoryBase'),
                    align: 'right',
                    render: (_, c) => fmt(c.base),
                  },
                  {
                    key: 'unit',
                    title: unit.unitName,
                    align: 'right',
                    render: (_, c) => fmt(c.unit),
                  },
                  {
                    key: 'average',
                    title: t('reports.average'),
                    align: 'right',
                    render: (_, c) => (
                      <span data-testid={`radar-average-${c.id}`}>{fmt(c.average)}</span>
                    ),
                  },
                ]}
              />
              <Typography.Text type="secondary">
                {t('reports.radarHint', { unitType: unitTypeName(rubric, unit.unitTypeId) })}
              </Typography.Text>
            </Col>
          </Row>
        </Card>
      )}
    </Flex>
  );
}

// ---------------------------------------------------------------- 自评与考评差异

type Disagreement = inferOutput<Trpc['report']['disagreements']>[number];

export function DisagreementsSection({ rubric, rows, cycleId }: SectionProps) {
  const t = useT();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(
    trpc.report.disagreements.queryOptions({ cycleId, limit: 1000 }),
  );
  const shown = new Set(rows.map((r) => r.assessmentId));
  const list = data.filter((d) => shown.has(d.assessmentId));
  const content = new Map(rubricItems(rubric).map(({ item }) => [item.id, item.content]));
  const columns: TableColumnsType<Disagreement> = [
    { key: 'unit', title: t('review.unit'), dataIndex: 'unitName', width: 170 },
    { key: 'number', title: t('table.number'), dataIndex: 'number', width: 60, align: 'center' },
    {
      key: 'content',
      title: t('table.content'),
      render: (_, d) => content.get(d.itemId) ?? d.itemId,
    },
    { key: 'self', title: t('table.selfScore'), dataIndex: 'selfScore', width: 80, align: 'right' },
    {
      key: 'review',
      title: t('table.reviewScore'),
      dataIndex: 'reviewScore',
      width: 80,
      align: 'right',
    },
    {
      key: 'difference',
      title: t('reports.difference'),
      width: 120,
      align: 'right',
      render: (_, d) => {
        const higher = toCenti(d.difference) > 0;
        return (
          <Typography.Text type={higher ? 'warning' : 'success'} strong>
            {higher ? '+' : ''}
            {d.difference}
          </Typography.Text>
        );
      },
    },
  ];
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('reports.disagreementsHint')}</Typography.Text>
      <Table<Disagreement>
        rowKey={(d) => `${d.assessmentId}:${d.itemId}`}
        size="small"
        bordered
        columns={columns}
        dataSource={list}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description={t('reports.noDisagreements')} /> }}
        data-testid="disagreements-table"
      />
    </Flex>
  );
}

// ---------------------------------------------------------------- 部门进度

type Progress = inferOutput<Trpc['report']['departmentProgress']>[number];

export function ProgressSection({ rubric, cycleId }: { rubric: Rubric; cycleId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.report.departmentProgress.queryOptions({ cycleId }));
  const order = (id: string) => rubric.departments.findIndex((d) => d.id === id);
  const list = [...data].sort((a, b) => order(a.departmentId) - order(b.departmentId));
  const count = (key: keyof Omit<Progress, 'departmentId'>) => ({
    key,
    title: t(`reports.${key}`),
    width: 110,
    align: 'right' as const,
    render: (_: unknown, p: Progress) => (
      <span data-testid={`progress-${p.departmentId}-${key}`}>
        {key === 'overdue' && p.overdue > 0 ? (
          <Typography.Text type="danger" strong>
            {p.overdue}
          </Typography.Text>
        ) : (
          p[key]
        )}
      </span>
    ),
  });
  const columns: TableColumnsType<Progress> = [
    {
      key: 'department',
      title: t('reports.department'),
      render: (_, p) => departmentNameOf(rubric, p.departmentId),
    },
    count('complete'),
    count('reviewing'),
    count('returned'),
    count('pending'),
    count('overdue'),
  ];
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('reports.progressHint')}</Typography.Text>
      <WholeTable<Progress>
        rowKey="departmentId"
        columns={columns}
        dataSource={list}
        locale={{ emptyText: <Empty description={t('reports.noUnits')} /> }}
      />
    </Flex>
  );
}

// ---------------------------------------------------------------- 加分项一览

type Award = inferOutput<Trpc['report']['bonusList']>[number];

export function BonusSection({ rubric, rows, cycleId }: SectionProps) {
  const t = useT();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.report.bonusList.queryOptions({ cycleId }));
  const shown = new Set(rows.map((r) => r.assessmentId));
  const list = data.filter((d) => shown.has(d.assessmentId));
  const bonusName = (id: string) => rubric.bonusItems.find((b) => b.id === id)?.content ?? id;
  const columns: TableColumnsType<Award> = [
    { key: 'unit', title: t('review.unit'), dataIndex: 'unitName', width: 170 },
    { key: 'item', title: t('reports.bonusItem'), render: (_, a) => bonusName(a.bonusItemId) },
    { key: 'points', title: t('reports.points'), dataIndex: 'points', width: 80, align: 'right' },
    { key: 'reason', title: t('common.reason'), dataIndex: 'reason' },
    {
      key: 'at',
      title: t('reports.awardedAt'),
      width: 150,
      render: (_, a) => formatDateTime(a.awardedAt),
    },
  ];
  return (
    <WholeTable<Award>
      rowKey={(a) => `${a.assessmentId}:${a.bonusItemId}:${String(a.awardedAt)}`}
      columns={columns}
      dataSource={list}
      locale={{ emptyText: <Empty description={t('reports.noBonus')} /> }}
      data-testid="bonus-table"
    />
  );
}
