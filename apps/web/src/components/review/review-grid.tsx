/**
 * A department's review of one cycle: the filters, the grid of units × the department's
 * items (cards on a phone), the drawer a cell opens to score, returning items, and
 * completing units one at a time or several at once.
 */
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Result, Select, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { REVIEW_STATUS_LABEL, REVIEW_STATUSES, type ReviewStatus } from '../../lib/labels.ts';
import { useErrorHandler } from '../../lib/use-error-handler.tsx';
import { useScreen } from '../../lib/use-screen.ts';
import { type ReviewGrid, useTRPC } from '../../trpc.ts';
import { useRubric } from '../assessment/queries.ts';
import { departmentStatus, useInvalidateAssessments } from '../assessment/workflow-actions.tsx';
import { useBatch } from '../batch-results.tsx';
import { CycleHead, type CyclePageProps } from '../cycle-page/cycle-page.tsx';
import type { ReviewSearch } from '../cycle-page/cycle-search.ts';
import { FilterField } from '../filter-field.tsx';
import { exportHref } from '../reports/export-links.ts';
import { ListPager, listInput, SearchBox, ServerTable } from '../search-table/search-table.tsx';
import { PhoneReviewList } from './phone-review.tsx';
import { ReturnItemsModal, type ReturnTarget } from './return-items-modal.tsx';
import { useReviewColumns } from './review-columns.tsx';
import { type ReviewCell, ReviewDrawer } from './review-drawer.tsx';
import { useReviewDrafts } from './use-review-save.ts';

type Row = ReviewGrid['rows'][number];

/** The page of the grid the review shows (and its loader fetches first). */
export const reviewGridInput = (cycleId: string, search: ReviewSearch) => ({
  cycleId,
  unitTypeId: search.unitType,
  status: search.status,
  ...listInput(search),
});

export function ReviewGridPage({
  page,
  departmentId,
}: {
  page: CyclePageProps<ReviewSearch>;
  departmentId: string;
}) {
  const { cycle, search, onSearch } = page;
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rubric = useRubric(cycle.rubricId);
  const gridInput = reviewGridInput(cycle.id, search);
  const { data: grid } = useSuspenseQuery(trpc.review.grid.queryOptions(gridInput));
  const { phone } = useScreen();
  const [selectedRows, setSelectedRows] = useState<string[]>([]);
  const [cell, setCell] = useState<ReviewCell | null>(null);
  const [returning, setReturning] = useState<ReturnTarget | null>(null);
  const { drafts, autosave, adopt, reload, change } = useReviewDrafts(departmentId, gridInput);
  const { completeOne, completeSelected, dialog } = useCompleteReview(autosave.flush);
  const items = grid.items;
  const selected = grid.rows.filter((r) => selectedRows.includes(r.assessmentId));

  const closeDrawer = async () => {
    setCell(null);
    await autosave.flush();
    void queryClient.invalidateQueries({ queryKey: trpc.review.grid.pathKey() });
  };

  const rows = search.assessment
    ? [...grid.rows].sort(
        (a, b) =>
          Number(b.assessmentId === search.assessment) -
          Number(a.assessmentId === search.assessment),
      )
    : grid.rows;

  const returnItems = (row: Row, itemIds: string[]) =>
    setReturning({
      assessmentId: row.assessmentId,
      unitName: row.unitName,
      items: items.map((i) => ({ itemId: i.itemId, number: i.number })),
      itemIds,
    });
  const openCell = (row: Row, itemId: string) =>
    setCell({
      assessmentId: row.assessmentId,
      itemId,
      unitName: row.unitName,
      unitTypeId: row.unitTypeId,
    });

  const columns = useReviewColumns(rubric, departmentId, items, {
    onOpenCell: openCell,
    onReturn: (row) => returnItems(row, []),
    onAdopt: (row) => adopt.adoptUnits([row]),
    adopting: adopt.pending,
    onComplete: completeOne,
  });

  const scored = grid.rows.reduce((n, r) => n + r.scoredCount, 0);
  const pending = grid.rows.reduce((n, r) => n + r.pendingCount, 0);
  const onPage = (page: number, pageSize: number) =>
    onSearch({ page, pageSize: pageSize as never });
  // No rows to select on a phone's cards.
  const hiddenOnPhone = phone ? { display: 'none' } : undefined;

  return (
    <Flex vertical gap={12}>
      {/* The intro and the legend (hidden by phone.css) describe the grid's cells: a phone shows cards. */}
      <CycleHead
        page={page}
        name="review"
        noIntro={phone}
        unitTypes={rubric.unitTypes}
        unitTypeTestId="filter-unit-type"
      >
        <SearchBox
          value={search.q}
          onSearch={(q) => onSearch({ q })}
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
              onChange={(v) => onSearch({ status: v === '' ? undefined : (v as ReviewStatus) })}
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
          onClick={() => void completeSelected(selected, () => setSelectedRows([]))}
          data-testid="complete-selected"
          style={hiddenOnPhone}
        >
          {t('review.completeSelected', { count: selectedRows.length })}
        </Button>
        <Button
          disabled={selectedRows.length === 0}
          loading={adopt.pending}
          onClick={() => adopt.adoptUnits(selected)}
          data-testid="adopt-selected"
          style={hiddenOnPhone}
        >
          {t('daily.adopt.selected', { count: selectedRows.length })}
        </Button>
        <Button
          href={exportHref('review-grid.xlsx', { cycleId: cycle.id })}
          data-testid="export-review-grid"
        >
          {t('export.reviewGrid')}
        </Button>
      </CycleHead>
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
            onOpenCell={openCell}
            onReturn={(row) => returnItems(row, [])}
            onComplete={completeOne}
          />
          <ListPager total={grid.total} search={search} onPage={onPage} />
        </Flex>
      ) : (
        <ServerTable<Row>
          rowKey="assessmentId"
          bordered
          columns={columns}
          result={{ rows, total: grid.total }}
          search={search}
          onPage={onPage}
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
        items={items.map((i) => ({ itemId: i.itemId, number: i.number }))}
        drafts={drafts}
        autosave={autosave}
        onChange={change}
        onNavigate={(itemId) => cell && setCell({ ...cell, itemId })}
        onReturn={(c) => {
          const row = grid.rows.find((r) => r.assessmentId === c.assessmentId);
          if (row) returnItems(row, [c.itemId]);
        }}
        onReload={(id) => void reload(id)}
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
      {dialog}
    </Flex>
  );
}

/**
 * 完成考评 of a unit (after confirming) or of the chosen units, one after another. What
 * waits to autosave is sent first, and the step carries the assessment's current version.
 */
function useCompleteReview(flush: () => Promise<boolean>) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const handleError = useErrorHandler();
  const invalidate = useInvalidateAssessments();
  const batch = useBatch('review.batchTitle');
  const completeUnit = useMutation(trpc.review.completeUnit.mutationOptions());
  const complete = async (assessmentId: string) => {
    await flush();
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
  return {
    dialog: batch.dialog,
    completeOne: (row: Row) =>
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
      }),
    completeSelected: async (rows: readonly Row[], done: () => void) => {
      await batch.run(rows, (row) => complete(row.assessmentId), t('review.completedShort'));
      done();
      await invalidate();
    },
  };
}
