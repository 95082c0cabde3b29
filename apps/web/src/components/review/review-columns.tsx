/**
 * The review grid's columns: the unit, its stage and this department's step, one cell per
 * item the department reviews (self score over the department's score, coloured by
 * status), the scores other departments gave, the totals, and the unit's steps.
 */
import { findItem, type Rubric } from '@kaohe/domain';
import { Button, Flex, type TableColumnsType, Typography } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import { REVIEW_STATUS_LABEL, type ReviewStatus } from '../../lib/labels.ts';
import type { ReviewGrid } from '../../trpc.ts';
import { unitTypeName } from '../assessment/queries.ts';
import { DepartmentStatusTag, departmentStatus } from '../assessment/workflow-actions.tsx';
import { StageTag, UnitCell } from '../cycle-page/cycle-page.tsx';
import { RemarksMissingMark } from './remarks-missing.tsx';
import { useScoredElsewhereColumns } from './scored-elsewhere.tsx';

type Row = ReviewGrid['rows'][number];

const CELL_CLASS: Record<ReviewStatus, string> = {
  pending: 'kaohe-cell-pending',
  scored: 'kaohe-cell-scored',
  returned: 'kaohe-cell-returned',
};

export interface ReviewRowActions {
  onOpenCell: (row: Row, itemId: string) => void;
  onReturn: (row: Row) => void;
  onAdopt: (row: Row) => void;
  adopting: boolean;
  onComplete: (row: Row) => void;
}

export function useReviewColumns(
  rubric: Rubric,
  departmentId: string,
  items: ReviewGrid['items'],
  { onOpenCell, onReturn, onAdopt, adopting, onComplete }: ReviewRowActions,
): TableColumnsType<Row> {
  const t = useT();
  const elsewhereColumns = useScoredElsewhereColumns<Row>(rubric, departmentId);
  return [
    {
      key: 'unit',
      title: t('review.unit'),
      fixed: 'start',
      width: 190,
      render: (_, row) => (
        <UnitCell
          name={<Typography.Text strong>{row.unitName}</Typography.Text>}
          unitType={unitTypeName(rubric, row.unitTypeId)}
        />
      ),
    },
    {
      key: 'status',
      title: t('review.status'),
      width: 150,
      render: (_, row) => (
        <Flex vertical gap={4} align="flex-start">
          <StageTag stage={row.stage} />
          <DepartmentStatusTag
            status={departmentStatus(row)}
            testId={`department-status-${row.unitId}`}
          />
        </Flex>
      ),
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
            onClick={() => onOpenCell(row, item.itemId)}
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
            <Button size="small" disabled={!open} onClick={() => onReturn(row)}>
              {t('review.return')}
            </Button>
            <Button
              size="small"
              disabled={!open}
              loading={adopting}
              onClick={() => onAdopt(row)}
              data-testid={`adopt-${row.unitId}`}
            >
              {t('daily.adopt.unit')}
            </Button>
            <Button
              size="small"
              type="primary"
              disabled={!open}
              onClick={() => onComplete(row)}
              data-testid={`complete-${row.unitId}`}
            >
              {t('review.complete')}
            </Button>
          </Flex>
        );
      },
    },
  ];
}
