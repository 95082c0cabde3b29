/**
 * /overview: every unit of a cycle for the chairman's office (and the assessment office):
 * stage, category subtotals, 合计, 加分, 总计 and rank within unit type (ties share a rank;
 * a unit not yet approved says so). From here the chairman's office awards bonus points,
 * approves one unit or several, and sends back; the assessment office reopens.
 */
import { formatCenti, reviewingDepartments, rubricItems } from '@kaohe/domain';
import { ASSESSMENT_STAGES, type AssessmentStage } from '@kaohe/workflow/browser';
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import {
  App,
  Button,
  Drawer,
  Empty,
  Flex,
  Modal,
  Select,
  Skeleton,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { BonusPanel } from '../../components/assessment/bonus-panel.tsx';
import { unitTypeName, useRubric } from '../../components/assessment/queries.ts';
import {
  ReopenModal,
  SendBackModal,
  useInvalidateAssessments,
  useWorkflowMutations,
  type VersionedAssessment,
} from '../../components/assessment/workflow-actions.tsx';
import { BatchResults } from '../../components/batch-results.tsx';
import { CycleFilterBar, CyclePage } from '../../components/cycle-page/cycle-page.tsx';
import type { OverviewSearch } from '../../components/cycle-page/cycle-search.ts';
import { FilterField, PageHeading } from '../../components/filter-field.tsx';
import { GradeTag } from '../../components/grades/grade-cells.tsx';
import {
  listedTotal,
  overviewRanks,
  REVIEWED_STAGES,
} from '../../components/overview/overview-model.ts';
import {
  listInput,
  nextListSearch,
  SearchBox,
  ServerTable,
} from '../../components/search-table/search-table.tsx';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { toAppError } from '../../lib/app-error.ts';
import { stageColor, stageLabel } from '../../lib/labels.ts';
import { parsedInLoader } from '../../lib/search.ts';
import { requireRole } from '../../lib/session.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { type AssessmentDetail, type AssessmentSummary, type Cycle, useTRPC } from '../../trpc.ts';

export const Route = createFileRoute('/_app/overview')({
  // Typed by zod here, parsed by zod in the loader (see lib/search.ts).
  validateSearch: parsedInLoader<OverviewSearch>(),
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  beforeLoad: ({ context }) => requireRole(context.user, 'chairman', 'admin'),
  loaderDeps: ({ search }) => search,
  // zod and the stage list load with the page, not with the entry /login downloads too.
  loader: ({ context, deps }) =>
    import('../../components/cycle-page/cycle-search.ts').then(
      ({ loadCyclePage, OverviewSearchSchema }) =>
        loadCyclePage(context, '/overview', deps, OverviewSearchSchema, (cycle, search) => [
          // One page from the server; ranks are the ranking's over the whole unit type.
          context.queryClient.ensureQueryData(
            context.trpc.assessment.listPage.queryOptions(overviewInput(cycle.id, search)),
          ),
          context.queryClient.ensureQueryData(
            context.trpc.report.categories.queryOptions({ cycleId: cycle.id }),
          ),
        ]),
    ),
  component: OverviewPage,
});

function OverviewPage() {
  const search = Route.useSearch();
  return (
    <CyclePage cycleId={search.cycleId} empty="overview.noCycle" manageLink>
      {(cycle, cycles) => <Overview cycle={cycle} cycles={cycles} />}
    </CyclePage>
  );
}

type Row = AssessmentSummary;

const overviewInput = (cycleId: string, search: OverviewSearch) => ({
  cycleId,
  ...(search.unitType ? { unitTypeId: search.unitType } : {}),
  ...(search.stage ? { stage: search.stage } : {}),
  ...listInput(search),
});

function Overview({ cycle, cycles }: { cycle: Cycle; cycles: Cycle[] }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const { modal, message } = App.useApp();
  const handleError = useErrorHandler();
  const invalidate = useInvalidateAssessments();
  const navigate = useNavigate({ from: '/overview' });
  const search = Route.useSearch();
  const { user } = Route.useRouteContext();
  const chairman = user.role === 'chairman';
  const rubric = useRubric(cycle.rubricId);
  const listed = useQuery({
    ...trpc.assessment.listPage.queryOptions(overviewInput(cycle.id, search)),
    placeholderData: keepPreviousData,
  });
  const setSearch = (patch: Partial<OverviewSearch>) =>
    void navigate({ search: (s) => nextListSearch(s, patch) });
  // Chosen rows stay chosen across pages and searches, until approved.
  const [selectedRows, setSelectedRows] = useState<Map<string, Row>>(new Map());
  const selected = [...selectedRows.keys()];
  const [bonusFor, setBonusFor] = useState<string | null>(null);
  const [sendBack, setSendBack] = useState<Row | null>(null);
  const [reopen, setReopen] = useState<Row | null>(null);
  const [batch, setBatch] = useState<{
    running: boolean;
    done: Array<{ unitName: string; ok: boolean; message: string }>;
  } | null>(null);
  const { approve } = useWorkflowMutations();

  const rows = listed.data?.rows;
  const ranks = useMemo(() => overviewRanks(rows ?? []), [rows]);
  // Category subtotals of the whole cycle in one query (the reports' SQL), not a detail
  // request per row on screen.
  const { data: categoryRows } = useSuspenseQuery(
    trpc.report.categories.queryOptions({ cycleId: cycle.id }),
  );
  const subtotalOf = useMemo(
    () => new Map(categoryRows.map((r) => [`${r.assessmentId}/${r.categoryId}`, r.reviewSubtotal])),
    [categoryRows],
  );
  const departments = useMemo(
    () => [...new Set(rubricItems(rubric).flatMap(({ item }) => reviewingDepartments(item)))],
    [rubric],
  );

  const approveOne = (row: Row) =>
    modal.confirm({
      title: t('workflow.approve'),
      content: t('workflow.confirm', { action: t('workflow.approve'), unit: row.unitName }),
      okText: t('workflow.approve'),
      cancelText: t('common.cancel'),
      onOk: () =>
        approve
          .mutateAsync({
            assessmentId: row.id,
            expectedVersion: row.version,
            command: { type: 'APPROVE' },
          })
          .then(
            () => message.success(t('workflow.done', { action: t('workflow.approve') })),
            (e) => handleError(e, { onReload: () => void invalidate() }),
          ),
    });

  const approveSelected = async () => {
    const chosen = [...selectedRows.values()];
    const done: Array<{ unitName: string; ok: boolean; message: string }> = [];
    setBatch({ running: true, done });
    for (const row of chosen) {
      try {
        await approve.mutateAsync({
          assessmentId: row.id,
          expectedVersion: row.version,
          command: { type: 'APPROVE' },
        });
        done.push({ unitName: row.unitName, ok: true, message: '' });
      } catch (e) {
        done.push({ unitName: row.unitName, ok: false, message: toAppError(e).text[locale] });
      }
      setBatch({ running: true, done: [...done] });
    }
    setBatch({ running: false, done });
    setSelectedRows(new Map());
    await invalidate();
  };

  const categoryColumns: TableColumnsType<Row> = rubric.categories.map((c) => ({
    key: c.id,
    title: (
      <span title={c.name} className="kaohe-category-head">
        {c.name}
      </span>
    ),
    width: 84,
    align: 'center',
    render: (_: unknown, row: Row) => subtotalOf.get(`${row.id}/${c.id}`) ?? '',
  }));

  const columns: TableColumnsType<Row> = [
    {
      key: 'rank',
      title: t('overview.rank'),
      width: 96,
      align: 'center',
      render: (_, row) => {
        const rank = ranks.get(row);
        // As the reports: only an approved unit has a rank; the others say why they have none.
        if (rank === undefined)
          return (
            <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid={`rank-${row.unitId}`}>
              {t('overview.unapproved')}
            </Tag>
          );
        return (
          <Flex vertical align="center" data-testid={`rank-${row.unitId}`}>
            <strong>{rank}</strong>
          </Flex>
        );
      },
    },
    {
      key: 'unit',
      title: t('review.unit'),
      width: 170,
      render: (_, row) => (
        <Flex vertical>
          <Link to="/assessments/$id" params={{ id: row.id }}>
            {row.unitName}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {unitTypeName(rubric, row.unitTypeId)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'stage',
      title: t('home.colStage'),
      width: 110,
      render: (_, row) => (
        <>
          <Tag color={stageColor(row.stage)}>{t(stageLabel(row.stage))}</Tag>
          {row.overdue && (
            <Tag color="red" data-testid="overdue-tag">
              {t('late.tag')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'progress',
      title: t('overview.selfProgress'),
      width: 76,
      align: 'center',
      render: (_, row) => `${row.selfScoredCount}/${row.itemCount}`,
    },
    ...categoryColumns,
    {
      key: 'subtotal',
      title: t('table.subtotal'),
      width: 80,
      align: 'center',
      render: (_, row) => row.reviewTotal ?? '',
    },
    {
      key: 'bonus',
      title: t('table.bonus'),
      width: 70,
      align: 'center',
      // After the caps, as it counts in 总计; the awards' own sum on hover when a cap cut it.
      render: (_, row) =>
        row.bonusTotal === null ? (
          ''
        ) : row.bonusTotal !== row.bonus ? (
          <span title={t('table.bonusCapped', { points: row.bonus })}>
            {row.bonus}
            <Typography.Text type="secondary" delete style={{ marginLeft: 4, fontSize: 12 }}>
              {row.bonusTotal}
            </Typography.Text>
          </span>
        ) : (
          row.bonus
        ),
    },
    {
      key: 'total',
      title: t('table.total'),
      width: 80,
      align: 'center',
      render: (_, row) => {
        const total = listedTotal(row);
        if (total === null) return '';
        // Before every department has completed, the sum is of what is scored so far.
        return REVIEWED_STAGES.includes(row.stage) ? (
          <strong data-testid={`total-${row.unitId}`}>{formatCenti(total)}</strong>
        ) : (
          <Typography.Text type="secondary" title={t('overview.partial')}>
            {formatCenti(total)}*
          </Typography.Text>
        );
      },
    },
    {
      key: 'grade',
      title: t('grades.grade'),
      width: 90,
      align: 'center',
      render: (_, row) => (
        <Flex vertical align="center" gap={4}>
          <GradeTag grade={row.grade} testId={`grade-${row.unitId}`} />
          {row.barredFromHonours && (
            <Tag color="red" style={{ marginInlineEnd: 0 }}>
              {t('grades.barred')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 200,
      render: (_, row) => (
        <Flex gap={4} wrap>
          {chairman && row.stage === 'bonus' && (
            <Button size="small" type="primary" onClick={() => setBonusFor(row.id)}>
              {t('overview.bonus')}
            </Button>
          )}
          {chairman && row.stage === 'finalApproval' && (
            <Button
              size="small"
              type="primary"
              onClick={() => approveOne(row)}
              data-testid={`approve-${row.unitId}`}
            >
              {t('workflow.approve')}
            </Button>
          )}
          {chairman && (row.stage === 'bonus' || row.stage === 'finalApproval') && (
            <Button size="small" onClick={() => setSendBack(row)}>
              {t('workflow.sendBack')}
            </Button>
          )}
          {!chairman && (row.stage === 'approved' || row.stage === 'final') && (
            <Button size="small" danger onClick={() => setReopen(row)}>
              {t('workflow.reopen')}
            </Button>
          )}
          <Link to="/assessments/$id/print" params={{ id: row.id }} className="kaohe-small-link">
            {t('print.open')}
          </Link>
        </Flex>
      ),
    },
  ];

  const byStage = ASSESSMENT_STAGES.map((s) => [s, listed.data?.stageCounts[s] ?? 0] as const);
  const versioned = (row: Row | null): VersionedAssessment | null =>
    row ? { id: row.id, version: row.version } : null;

  return (
    <Flex vertical gap={12}>
      <PageHeading title={t('overview.title')} intro={t('overview.intro')} />
      <CycleFilterBar
        cycles={cycles}
        cycleId={cycle.id}
        unitTypes={rubric.unitTypes}
        unitType={search.unitType}
        onSearch={setSearch}
        footer={
          <Flex gap={8} wrap style={{ marginTop: 8 }}>
            {byStage.map(([stage, count]) => (
              <Tag key={stage} color={stageColor(stage)}>
                {t(stageLabel(stage))} {count}
              </Tag>
            ))}
          </Flex>
        }
      >
        <FilterField label={t('filter.stage')}>
          {(id) => (
            <Select
              aria-labelledby={id}
              value={search.stage ?? ''}
              style={{ minWidth: 150 }}
              options={[
                { value: '', label: t('filter.all') },
                ...ASSESSMENT_STAGES.map((s) => ({ value: s, label: t(stageLabel(s)) })),
              ]}
              onChange={(v) => setSearch({ stage: v === '' ? undefined : (v as AssessmentStage) })}
            />
          )}
        </FilterField>
        <SearchBox
          value={search.q}
          onSearch={(q) => setSearch({ q })}
          placeholder={t('list.searchUnits')}
        />
        {chairman && (
          <Button
            type="primary"
            disabled={selected.length === 0}
            onClick={() => void approveSelected()}
            data-testid="approve-selected"
          >
            {t('overview.approveSelected', { count: selected.length })}
          </Button>
        )}
      </CycleFilterBar>
      <ServerTable<Row>
        rowKey="id"
        bordered
        columns={columns}
        result={listed.data}
        loading={listed.isFetching}
        search={search}
        onPage={(page, pageSize) => setSearch({ page, pageSize: pageSize as never })}
        scroll={{ x: 'max-content' }}
        rowSelection={
          chairman
            ? {
                selectedRowKeys: selected,
                preserveSelectedRowKeys: true,
                onChange: (_keys, chosen) =>
                  setSelectedRows((old) => {
                    const next = new Map<string, Row>();
                    // antd passes undefined for a kept key whose row is on another page.
                    for (const key of _keys) {
                      const row = chosen.find((r) => r?.id === key) ?? old.get(key as string);
                      if (row) next.set(row.id, row);
                    }
                    return next;
                  }),
                getCheckboxProps: (row) => ({
                  disabled: row.stage !== 'finalApproval',
                  'aria-label': t('review.selectUnit', { unit: row.unitName }),
                }),
              }
            : undefined
        }
        locale={{ emptyText: <Empty description={t('overview.noUnits')} /> }}
      />
      <BonusDrawer assessmentId={bonusFor} onClose={() => setBonusFor(null)} />
      <SendBackModal
        assessment={versioned(sendBack)}
        departments={departments}
        rubric={rubric}
        unitName={sendBack?.unitName ?? ''}
        onClose={() => setSendBack(null)}
      />
      <ReopenModal
        assessment={versioned(reopen)}
        unitName={reopen?.unitName ?? ''}
        onClose={() => setReopen(null)}
      />
      <Modal
        open={batch !== null}
        title={t('overview.batchTitle')}
        closable={!batch?.running}
        mask={{ closable: !batch?.running }}
        onCancel={() => setBatch(null)}
        footer={
          <Button disabled={batch?.running} onClick={() => setBatch(null)}>
            {t('common.close')}
          </Button>
        }
      >
        {batch && <BatchResults results={batch.done} running={batch.running} />}
      </Modal>
    </Flex>
  );
}

/** 加分 for one unit from the overview: the bonus items, then 确认加分 when done. */
function BonusDrawer({
  assessmentId,
  onClose,
}: {
  assessmentId: string | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Drawer
      open={assessmentId !== null}
      onClose={onClose}
      size={760}
      title={t('overview.bonusTitle')}
      destroyOnHidden
    >
      {assessmentId && <BonusDrawerBody id={assessmentId} onDone={onClose} />}
    </Drawer>
  );
}

function BonusDrawerBody({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const query = useQuery(trpc.assessment.byId.queryOptions({ id }));
  if (query.isPending) return <Skeleton active />;
  if (query.isError) {
    return <Typography.Text type="danger">{toAppError(query.error).text[locale]}</Typography.Text>;
  }
  return <BonusDrawerContent a={query.data} onDone={onDone} t={t} />;
}

function BonusDrawerContent({
  a,
  onDone,
  t,
}: {
  a: AssessmentDetail;
  onDone: () => void;
  t: ReturnType<typeof useT>;
}) {
  const rubric = useRubric(a.rubricId);
  const { modal, message } = App.useApp();
  const handleError = useErrorHandler();
  const { completeBonus } = useWorkflowMutations();
  const complete = () =>
    modal.confirm({
      title: t('workflow.completeBonus'),
      content: t('workflow.confirm', { action: t('workflow.completeBonus'), unit: a.unitName }),
      okText: t('workflow.completeBonus'),
      cancelText: t('common.cancel'),
      onOk: () =>
        completeBonus
          .mutateAsync({
            assessmentId: a.id,
            expectedVersion: a.version,
            command: { type: 'COMPLETE_BONUS' },
          })
          .then(
            () => {
              message.success(t('workflow.done', { action: t('workflow.completeBonus') }));
              onDone();
            },
            (e) => handleError(e),
          ),
    });
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {a.unitName}
        </Typography.Title>
        <Typography.Text data-testid="bonus-drawer-totals">
          {t('table.subtotal')} {a.totals.reviewSubtotal ?? '—'} · {t('table.bonus')}{' '}
          {a.totals.bonus ?? '—'} · {t('table.total')} <strong>{a.totals.total ?? '—'}</strong>
        </Typography.Text>
      </Flex>
      <BonusPanel assessment={a} rubric={rubric} canAward />
      <Flex justify="flex-end">
        <Button type="primary" onClick={complete} disabled={!a.view.bonusEditable}>
          {t('workflow.completeBonus')}
        </Button>
      </Flex>
    </Flex>
  );
}
