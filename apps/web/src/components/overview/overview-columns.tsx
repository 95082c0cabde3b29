/**
 * The overview's columns: rank within the unit type, the unit, its stage, self-scoring
 * progress, the category subtotals, 合计, 加分, 总计, the grade, and the steps the
 * chairman's office (加分, 审定, 退回) or the assessment office (重新开启) may take.
 */
import { formatCenti, type Rubric } from '@kaohe/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button, Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { type AssessmentSummary, useTRPC } from '../../trpc.ts';
import { unitTypeName } from '../assessment/queries.ts';
import { column, GradeCell, StageTag, UnapprovedTag, UnitCell } from '../cycle-page/cycle-page.tsx';
import { listedTotal, overviewRanks, REVIEWED_STAGES } from './overview-model.ts';

type Row = AssessmentSummary;

export interface OverviewActions {
  /** The chairman's office's steps; otherwise the assessment office's. */
  chairman: boolean;
  onBonus: (row: Row) => void;
  onApprove: (row: Row) => void;
  onSendBack: (row: Row) => void;
  onReopen: (row: Row) => void;
}

export function useOverviewColumns(
  rubric: Rubric,
  cycleId: string,
  rows: readonly Row[] | undefined,
  { chairman, onBonus, onApprove, onSendBack, onReopen }: OverviewActions,
): TableColumnsType<Row> {
  const t = useT();
  const trpc = useTRPC();
  const ranks = useMemo(() => overviewRanks(rows ?? []), [rows]);
  // Category subtotals of the whole cycle in one query (the reports' SQL), not a detail
  // request per row on screen.
  const { data: categoryRows } = useSuspenseQuery(trpc.report.categories.queryOptions({ cycleId }));
  const subtotalOf = useMemo(
    () => new Map(categoryRows.map((r) => [`${r.assessmentId}/${r.categoryId}`, r.reviewSubtotal])),
    [categoryRows],
  );

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

  return [
    {
      key: 'rank',
      title: t('overview.rank'),
      width: 96,
      align: 'center',
      render: (_, row) => {
        const rank = ranks.get(row);
        // As the reports: only an approved unit has a rank; the others say why they have none.
        if (rank === undefined) return <UnapprovedTag testId={`rank-${row.unitId}`} />;
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
        <UnitCell
          name={
            <Link to="/assessments/$id" params={{ id: row.id }}>
              {row.unitName}
            </Link>
          }
          unitType={unitTypeName(rubric, row.unitTypeId)}
        />
      ),
    },
    {
      key: 'stage',
      title: t('home.colStage'),
      width: 110,
      render: (_, row) => (
        <>
          <StageTag stage={row.stage} />
          {row.overdue && (
            <Tag color="red" data-testid="overdue-tag">
              {t('late.tag')}
            </Tag>
          )}
        </>
      ),
    },
    column(
      'progress',
      t('overview.selfProgress'),
      76,
      (row) => `${row.selfScoredCount}/${row.itemCount}`,
      'center',
    ),
    ...categoryColumns,
    column('subtotal', t('table.subtotal'), 80, (row) => row.reviewTotal ?? '', 'center'),
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
    column(
      'grade',
      t('grades.grade'),
      90,
      (row) => (
        <GradeCell
          grade={row.grade}
          barred={row.barredFromHonours}
          testId={`grade-${row.unitId}`}
        />
      ),
      'center',
    ),
    {
      key: 'actions',
      title: t('common.actions'),
      width: 200,
      render: (_, row) => (
        <Flex gap={4} wrap>
          {chairman && row.stage === 'bonus' && (
            <Button size="small" type="primary" onClick={() => onBonus(row)}>
              {t('overview.bonus')}
            </Button>
          )}
          {chairman && row.stage === 'finalApproval' && (
            <Button
              size="small"
              type="primary"
              onClick={() => onApprove(row)}
              data-testid={`approve-${row.unitId}`}
            >
              {t('workflow.approve')}
            </Button>
          )}
          {chairman && (row.stage === 'bonus' || row.stage === 'finalApproval') && (
            <Button size="small" onClick={() => onSendBack(row)}>
              {t('workflow.sendBack')}
            </Button>
          )}
          {!chairman && (row.stage === 'approved' || row.stage === 'final') && (
            <Button size="small" danger onClick={() => onReopen(row)}>
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
}
