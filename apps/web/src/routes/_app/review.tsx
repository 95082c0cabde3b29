/**
 * /review: a department's grid of units × the items it reviews, each cell with the self
 * score, the department's score and the status; filters by unit type and status (search
 * params, so a filtered view is a link); a cell opens the drawer to score; a unit's items
 * are returned with a reason and deadline; units are completed one at a time or several
 * at once (one after another, with a summary of what succeeded and what did not).
 */
import { findItem } from '@kaohe/domain';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import {
  App,
  Button,
  Empty,
  Flex,
  Modal,
  Result,
  Select,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { unitTypeName, useRubric } from '../../components/assessment/queries.ts';
import { useInvalidateAssessments } from '../../components/assessment/workflow-actions.tsx';
import { BatchResults } from '../../components/batch-results.tsx';
import { CycleFilterBar, CyclePage } from '../../components/cycle-page/cycle-page.tsx';
import type { ReviewSearch } from '../../components/cycle-page/cycle-search.ts';
import { FilterField, PageHeading } from '../../components/filter-field.tsx';
import { exportHref } from '../../components/reports/export-links.ts';
import { useAdoptSelf } from '../../components/review/adopt-self.tsx';
import { PhoneReviewList } from '../../components/review/phone-review.tsx';
import { RemarksMissingMark } from '../../components/review/remarks-missing.tsx';
import {
  ReturnItemsModal,
  type ReturnTarget,
} from '../../components/review/return-items-modal.tsx';
import {
  cellKey,
  type ReviewCell,
  type ReviewDraft,
  ReviewDrawer,
} from '../../components/review/review-drawer.tsx';
import { useScoredElsewhereColumns } from '../../components/review/scored-elsewhere.tsx';
import { useReviewAutosave } from '../../components/review/use-review-save.ts';
import {
  ListPager,
  listInput,
  nextListSearch,
  SearchBox,
  ServerTable,
} from '../../components/search-table/search-table.tsx';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { toAppError } from '../../lib/app-error.ts';
import {
  DEPARTMENT_STATUS_LABEL,
  REVIEW_STATUS_LABEL,
  REVIEW_STATUSES,
  type ReviewStatus,
  stageColor,
  stageLabel,
} from '../../lib/labels.ts';
import { parsedInLoader } from '../../lib/search.ts';
import { requireRole } from '../../lib/session.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { useScreen } from '../../lib/use-screen.ts';
import { type Cycle, type ReviewGrid, useTRPC } from '../../trpc.ts';

export const Route = createFileRoute('/_app/review')({
  // Typed by zod here, parsed by zod in the loader (see lib/search.ts).
  validateSearch: parsedInLoader<ReviewSearch>(),
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  beforeLoad: ({ context }) => requireRole(context.user, 'department'),
  loaderDeps: ({ search }) => search,
  // zod and the stage list load with the page, not with the entry /login downloads too.
  loader: ({ context, deps }) =>
    import('../../components/cycle-page/cycle-search.ts').then(
      ({ loadCyclePage, ReviewSearchSchema }) =>
        loadCyclePage(context, '/review', deps, ReviewSearchSchema, (cycle, search) => [
          context.queryClient.ensureQueryData(
            context.trpc.review.grid.queryOptions(reviewGridInput(cycle.id, search)),
          ),
        ]),
    ),
  component: ReviewPage,
});

type Row = ReviewGrid['rows'][number];

const reviewGridInput = (cycleId: string, search: ReviewSearch) => ({
  cycleId,
  unitTypeId: search.unitType,
  status: search.status,
  ...listInput(search),
});
type DepartmentStatus = NonNullable<Row['departmentStatus']>;

const STATUS_COLOR: Record<DepartmentStatus, string> = {
  pending: 'default',
  reviewing: 'processing',
  returned: 'warning',
  complete: 'success',
};

const CELL_CLASS: Record<ReviewStatus, string> = {
  pending: 'kaohe-cell-pending',
  scored: 'kaohe-cell-scored',
  returned: 'kaohe-cell-returned',
};

function ReviewPage() {
  const search = Route.useSearch();
  return (
    <CyclePage cycleId={search.cycleId} empty="review.noCycle">
      {(cycle, cycles) => <ReviewGridPage cycle={cycle} cycles={cycles} />}
    </CyclePage>
  );
}

function ReviewGridPage({ cycle, cycles }: { cycle: Cycle; cycles: Cycle[] }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const handleError = useErrorHandler();
  const invalidate = useInvalidateAssessments();
  const navigate = useNavigate({ from: '/review' });
  const search = Route.useSearch();
  const { user } = Route.useRouteContext();
  const departmentId = user.departmentId ?? '';
  const rubric = useRubric(cycle.rubricId);
  const elsewhereColumns = useScoredElsewhereColumns<Row>(rubric, departmentId);
  const gridInput = reviewGridInput(cycle.id, search);
  const setSearch = (patch: Partial<ReviewSearch>) =>
    void navigate({ search: (s) => nextListSearch(s, patch) });
  const { data: grid } = useSuspenseQuery(trpc.review.grid.queryOptions(gridInput));
  const { phone } = useScreen();
  const [selectedRows, setSelectedRows] = useState<string[]>([]);
  const [cell, setCell] = useState<ReviewCell | null>(null);
  const [returning, setReturning] = useState<ReturnTarget | null>(null);
  const [drafts, setDrafts] = useState<Record<string, ReviewDraft | undefined>>({});
  const [batch, setBatch] = useState<{
    running: boolean;
    done: Array<{ unitName: string; ok: boolean; message: string }>;
  } | null>(null);

  const items = grid.items;
  // This department's step for the unit, as the workflow keeps it; a grid row of a unit
  // past self-scoring always has one (a snapshot without it is treated as reviewing).
  const departmentStatus = (row: Row): DepartmentStatus => row.departmentStatus ?? 'reviewing';

  const byIdKey = (id: string) => trpc.assessment.byId.queryKey({ id });
  const autosave = useReviewAutosave({
    departmentId,
    gridInput,
    onError: (key, error) =>
      handleError(error, { onReload: () => reloadAssessment(key.split('/')[0]!) }),
  });

  const reloadAssessment = async (assessmentId: string) => {
    autosave.reset();
    setDrafts((all) =>
      Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith(`${assessmentId}/`))),
    );
    await queryClient.invalidateQueries({ queryKey: byIdKey(assessmentId) });
  };

  const adopt = useAdoptSelf({
    flush: autosave.flush,
    forget: (assessmentId, itemIds) =>
      setDrafts((all) =>
        Object.fromEntries(
          Object.entries(all).filter(
            ([k]) =>
              !k.startsWith(`${assessmentId}/`) ||
              (itemIds !== undefined && !itemIds.some((id) => k === cellKey(assessmentId, id))),
          ),
        ),
      ),
  });

  const changeDraft = (c: ReviewCell, draft: ReviewDraft) => {
    const key = cellKey(c.assessmentId, c.itemId);
    setDrafts((all) => ({ ...all, [key]: draft }));
    autosave.schedule(key, { ...draft, assessmentId: c.assessmentId, itemId: c.itemId });
  };

  const closeDrawer = async () => {
    setCell(null);
    await autosave.flush();
    void queryClient.invalidateQueries({ queryKey: trpc.review.grid.pathKey() });
  };

  const completeUnit = useMutation(trpc.review.completeUnit.mutationOptions());
  const complete = async (assessmentId: string) => {
    await autosave.flush();
    const current = await queryClient.fetchQuery({
      ...trpc.assessment.byId.queryOptions({ id: assessmentId }),
      staleTime: 0,
    });
    await completeUnit.mutateAsync({
      assessmentId,
      expectedVersion: current.version,
      command: { type: 'COMPLETE_REVIEW' },
    });
  };

  const completeOne = (row: Row) =>
    modal.confirm({
      title: t('review.completeTitle', { unit: row.unitName }),
      content: t('review.completeConfirm'),
      okText: t('review.complete'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await complete(row.assessmentId);
          message.success(t('review.completed', { unit: row.unitName }));
        } catch (e) {
          handleError(e);
        } finally {
          await invalidate();
        }
      },
    });

  const completeSelected = async () => {
    const rows = grid.rows.filter((r) => selectedRows.includes(r.assessmentId));
    const done: Array<{ unitName: string; ok: boolean; message: string }> = [];
    setBatch({ running: true, done });
    // One after another: each is its own step with its own checks and audit record.
    for (const row of rows) {
      try {
        await complete(row.assessmentId);
        done.push({ unitName: row.unitName, ok: true, message: t('review.completedShort') });
      } catch (e) {
        done.push({ unitName: row.unitName, ok: false, message: toAppError(e).text[locale] });
      }
      setBatch({ running: true, done: [...done] });
    }
    setBatch({ running: false, done });
    setSelectedRows([]);
    await invalidate();
  };

  const rows = search.assessment
    ? [...grid.rows].sort(
        (a, b) =>
          Number(b.assessmentId === search.assessment) -
          Number(a.assessmentId === search.assessment),
      )
    : grid.rows;

  const returnTarget = (row: Row, itemIds: string[]): ReturnTarget => ({
    assessmentId: row.assessmentId,
    unitName: row.unitName,
    items: items.map((i) => ({ itemId: i.itemId, number: i.number })),
    itemIds,
  });

  const columns: TableColumnsType<Row> = [
    {
      key: 'unit',
      title: t('review.unit'),
      fixed: 'start',
      width: 190,
      render: (_, row) => (
        <Flex vertical>
          <Typography.Text strong>{row.unitName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {unitTypeName(rubric, row.unitTypeId)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('review.status'),
      width: 150,
      render: (_, row) => {
        const status = departmentStatus(row);
        return (
          <Flex vertical gap={4} align="flex-start">
            <Tag color={stageColor(row.stage)}>{t(stageLabel(row.stage))}</Tag>
            <Tag color={STATUS_COLOR[status]} data-testid={`department-status-${row.unitId}`}>
              {t(DEPARTMENT_STATUS_LABEL[status]!)}
            </Tag>
          </Flex>
        );
      },
    },
    ...items.map((item) => ({
      key: item.itemId,
      title: (
        <span title={findItem(rubric, item.itemId)?.content}>
          {t('drawer.title', { number: item.number })}
          {(findItem(rubric, item.itemId)?.departments.length ?? 0) > 1 && (
            <Typography.Text type="secondary" title={t('review.sharedItem')}>
              *
            </Typography.Text>
          )}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('unit.points', { points: item.baseScore })}
          </Typography.Text>
        </span>
      ),
      width: 92,
      align: 'center' as const,
      render: (_: unknown, row: Row) => {
        const c = row.cells.find((x) => x.itemId === item.itemId);
        if (!c) return null;
        const status = c.status as ReviewStatus;
        return (
          <Button
            type="text"
            className={`kaohe-review-cell ${c.remarksMissing ? 'kaohe-cell-remarks' : (CELL_CLASS[status] ?? '')}`}
            aria-label={t('review.cellLabel', {
              unit: row.unitName,
              number: item.number,
              self: c.selfScore ?? t('table.notScored'),
              review: c.reviewScore ?? t('table.notScored'),
              status: t(REVIEW_STATUS_LABEL[status] ?? 'reviewStatus.pending'),
            })}
            data-testid={`cell-${row.unitId}-${item.number}`}
            onClick={() =>
              setCell({
                assessmentId: row.assessmentId,
                itemId: item.itemId,
                unitName: row.unitName,
                unitTypeId: row.unitTypeId,
              })
            }
          >
            <span className="kaohe-review-cell-self">{c.selfScore ?? '—'}</span>
            <span className="kaohe-review-cell-review">{c.reviewScore ?? '·'}</span>
            {c.remarksMissing && <RemarksMissingMark />}
          </Button>
        );
      },
    })),
    ...elsewhereColumns,
    {
      key: 'totals',
      title: t('review.totals'),
      width: 110,
      align: 'center',
      render: (_, row) => (
        <Flex vertical>
          <Typography.Text type="secondary">
            {t('table.categorySelf', { points: row.selfTotal ?? '—' })}
          </Typography.Text>
          <Typography.Text>
            {t('table.categoryReview', { points: row.reviewTotal ?? '—' })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'end',
      width: 250,
      render: (_, row) => {
        const open = departmentStatus(row) === 'reviewing';
        return (
          <Flex gap={4} wrap>
            <Button
              size="small"
              disabled={!open}
              onClick={() => setReturning(returnTarget(row, []))}
            >
              {t('review.return')}
            </Button>
            <Button
              size="small"
              disabled={!open}
              loading={adopt.pending}
              onClick={() => adopt.adoptUnits([row])}
              data-testid={`adopt-${row.unitId}`}
            >
              {t('daily.adopt.unit')}
            </Button>
            <Button
              size="small"
              type="primary"
              disabled={!open}
              onClick={() => completeOne(row)}
              data-testid={`complete-${row.unitId}`}
            >
              {t('review.complete')}
            </Button>
          </Flex>
        );
      },
    },
  ];

  const scored = grid.rows.reduce((n, r) => n + r.scoredCount, 0);
  const pending = grid.rows.reduce((n, r) => n + r.pendingCount, 0);
  const cellItems = items.map((i) => ({ itemId: i.itemId, number: i.number }));

  return (
    <Flex vertical gap={12}>
      {/* The intro and the legend (hidden by phone.css) describe the grid's cells: a phone shows cards. */}
      <PageHeading title={t('review.title')} intro={phone ? undefined : t('review.intro')} />
      <CycleFilterBar
        cycles={cycles}
        cycleId={cycle.id}
        unitTypes={rubric.unitTypes}
        unitType={search.unitType}
        onSearch={setSearch}
        unitTypeTestId="filter-unit-type"
      >
        <SearchBox
          value={search.q}
          onSearch={(q) => setSearch({ q })}
          placeholder={t('list.searchUnits')}
        />
        <FilterField label={t('filter.status')}>
          {(id) => (
            <Select
              aria-labelledby={id}
              value={search.status ?? ''}
              style={{ minWidth: 140 }}
              options={[
                { value: '', label: t('filter.all') },
                ...REVIEW_STATUSES.map((s) => ({ value: s, label: t(REVIEW_STATUS_LABEL[s]) })),
              ]}
              onChange={(v) => setSearch({ status: v === '' ? undefined : (v as ReviewStatus) })}
              data-testid="filter-status"
            />
          )}
        </FilterField>
        <Typography.Text type="secondary">
          {t('review.counts', { units: grid.total, scored, pending })}
        </Typography.Text>
        <Button
          type="primary"
          disabled={selectedRows.length === 0}
          onClick={() => void completeSelected()}
          data-testid="complete-selected"
          // No rows to select on a phone's cards.
          style={phone ? { display: 'none' } : undefined}
        >
          {t('review.completeSelected', { count: selectedRows.length })}
        </Button>
        <Button
          disabled={selectedRows.length === 0}
          loading={adopt.pending}
          onClick={() =>
            adopt.adoptUnits(grid.rows.filter((r) => selectedRows.includes(r.assessmentId)))
          }
          data-testid="adopt-selected"
          style={phone ? { display: 'none' } : undefined}
        >
          {t('daily.adopt.selected', { count: selectedRows.length })}
        </Button>
        <Button
          href={exportHref('review-grid.xlsx', { cycleId: cycle.id })}
          data-testid="export-review-grid"
        >
          {t('export.reviewGrid')}
        </Button>
      </CycleFilterBar>
      <Flex gap={12} className="kaohe-legend" wrap>
        <span className="kaohe-review-cell kaohe-cell-pending">{t('reviewStatus.pending')}</span>
        <span className="kaohe-review-cell kaohe-cell-scored">{t('reviewStatus.scored')}</span>
        <span className="kaohe-review-cell kaohe-cell-returned">{t('reviewStatus.returned')}</span>
        <Typography.Text type="secondary">{t('review.legend')}</Typography.Text>
        <Typography.Text type="secondary">{t('review.sharedItem')}</Typography.Text>
      </Flex>
      {items.length === 0 ? (
        <Result status="info" title={t('review.noItems')} />
      ) : phone ? (
        <Flex vertical gap={12}>
          <PhoneReviewList
            rubric={rubric}
            rows={rows}
            items={items}
            focus={search.assessment}
            onOpenCell={(row, itemId) =>
              setCell({
                assessmentId: row.assessmentId,
                itemId,
                unitName: row.unitName,
                unitTypeId: row.unitTypeId,
              })
            }
            onReturn={(row) => setReturning(returnTarget(row, []))}
            onComplete={completeOne}
          />
          <ListPager
            total={grid.total}
            search={search}
            onPage={(page, pageSize) => setSearch({ page, pageSize: pageSize as never })}
          />
        </Flex>
      ) : (
        <ServerTable<Row>
          rowKey="assessmentId"
          bordered
          columns={columns}
          result={{ rows, total: grid.total }}
          search={search}
          onPage={(page, pageSize) => setSearch({ page, pageSize: pageSize as never })}
          scroll={{ x: 'max-content' }}
          rowClassName={(row) => (row.assessmentId === search.assessment ? 'kaohe-row-focus' : '')}
          rowSelection={{
            selectedRowKeys: selectedRows,
            onChange: (keys) => setSelectedRows(keys as string[]),
            getCheckboxProps: (row) => ({
              disabled: departmentStatus(row) !== 'reviewing',
              'aria-label': t('review.selectUnit', { unit: row.unitName }),
            }),
          }}
          locale={{ emptyText: <Empty description={t('review.noUnits')} /> }}
        />
      )}
      <ReviewDrawer
        cell={cell}
        rubric={rubric}
        departmentId={departmentId}
        items={cellItems}
        drafts={drafts}
        autosave={autosave}
        onChange={changeDraft}
        onNavigate={(itemId) => cell && setCell({ ...cell, itemId })}
        onReturn={(c) => {
          const row = grid.rows.find((r) => r.assessmentId === c.assessmentId);
          if (row) setReturning(returnTarget(row, [c.itemId]));
        }}
        onReload={(id) => void reloadAssessment(id)}
        onAdopt={(c) => void adopt.adoptItem(c, c.itemId)}
        onClose={() => void closeDrawer()}
      />
      <ReturnItemsModal
        target={returning}
        onClose={() => {
          setReturning(null);
          setCell(null);
        }}
      />
      <Modal
        open={batch !== null}
        title={t('review.batchTitle')}
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
