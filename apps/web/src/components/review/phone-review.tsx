/**
 * A department's review on a phone: the grid's units as cards, and one unit opened as a
 * list of the department's items (self score, the department's score, the status), its
 * totals in a bar at the foot of the screen and its two steps (退回, 完成考评) above the
 * list. A card opens the same drawer as a cell of the grid; the page keeps the steps'
 * logic, this only lays them out.
 */

import { LeftOutlined } from '@ant-design/icons';
import { findItem, type Rubric } from '@kaohe/domain';
import { Button, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { REVIEW_STATUS_LABEL, type ReviewStatus } from '../../lib/labels.ts';
import type { ReviewGrid } from '../../trpc.ts';
import { unitTypeName } from '../assessment/queries.ts';
import { DepartmentStatusTag, departmentStatus } from '../assessment/workflow-actions.tsx';
import { StageTag } from '../cycle-page/cycle-page.tsx';

type Row = ReviewGrid['rows'][number];
const CELL_COLOR: Record<ReviewStatus, string> = {
  pending: 'default',
  scored: 'success',
  returned: 'orange',
};

export function PhoneReviewList({
  rubric,
  rows,
  items,
  focus,
  onOpenCell,
  onReturn,
  onComplete,
}: {
  rubric: Rubric;
  rows: Row[];
  items: ReviewGrid['items'];
  /** The unit to open first (from the home page's 待办). */
  focus?: string;
  onOpenCell: (row: Row, itemId: string) => void;
  onReturn: (row: Row) => void;
  onComplete: (row: Row) => void;
}) {
  const t = useT();
  const [openId, setOpenId] = useState<string | undefined>(focus);
  const open = rows.find((r) => r.assessmentId === openId);

  if (!open) {
    if (rows.length === 0) return <Empty description={t('review.noUnits')} />;
    return (
      <div className="kaohe-phone-items" data-testid="phone-review-units">
        {rows.map((row) => (
          <button
            key={row.assessmentId}
            type="button"
            className="kaohe-phone-item"
            onClick={() => setOpenId(row.assessmentId)}
            data-testid={`phone-unit-${row.unitId}`}
          >
            <span className="kaohe-phone-item-head">
              <strong>{row.unitName}</strong>
              <Typography.Text type="secondary">
                {unitTypeName(rubric, row.unitTypeId)}
              </Typography.Text>
              <DepartmentStatusTag
                status={departmentStatus(row)}
                className="kaohe-phone-item-state"
              />
            </span>
            <span className="kaohe-phone-item-scores">
              <span>
                <Typography.Text type="secondary">{t('reviewStatus.scored')}</Typography.Text>
                <strong>{row.scoredCount}</strong>
              </span>
              <span>
                <Typography.Text type="secondary">{t('reviewStatus.pending')}</Typography.Text>
                <strong>{row.pendingCount}</strong>
              </span>
              <span>
                <Typography.Text type="secondary">{t('review.totals')}</Typography.Text>
                <strong>{row.reviewTotal ?? '—'}</strong>
              </span>
            </span>
          </button>
        ))}
      </div>
    );
  }

  const reviewing = departmentStatus(open) === 'reviewing';
  return (
    <div className="kaohe-phone-items" data-testid="phone-review-unit">
      <Button
        type="link"
        icon={<LeftOutlined />}
        onClick={() => setOpenId(undefined)}
        style={{ alignSelf: 'flex-start', paddingInline: 0 }}
      >
        {t('phone.allUnits')}
      </Button>
      <Flex vertical gap={4}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {open.unitName}
        </Typography.Text>
        <Flex gap={4} wrap>
          <StageTag stage={open.stage} />
          <DepartmentStatusTag
            status={departmentStatus(open)}
            testId={`department-status-${open.unitId}`}
          />
        </Flex>
      </Flex>
      <Flex gap={8}>
        <Button block disabled={!reviewing} onClick={() => onReturn(open)}>
          {t('review.return')}
        </Button>
        <Button
          block
          type="primary"
          disabled={!reviewing}
          onClick={() => onComplete(open)}
          data-testid={`complete-${open.unitId}`}
        >
          {t('review.complete')}
        </Button>
      </Flex>
      {items.map((item) => {
        const c = open.cells.find((x) => x.itemId === item.itemId);
        if (!c) return null;
        const cellStatus = c.status as ReviewStatus;
        const found = findItem(rubric, item.itemId);
        const shared = (found?.departments.length ?? 0) > 1;
        return (
          <button
            key={item.itemId}
            type="button"
            className={`kaohe-phone-item kaohe-phone-item-${cellStatus}`}
            aria-label={t('review.cellLabel', {
              unit: open.unitName,
              number: item.number,
              self: c.selfScore ?? t('table.notScored'),
              review: c.reviewScore ?? t('table.notScored'),
              status: t(REVIEW_STATUS_LABEL[cellStatus] ?? 'reviewStatus.pending'),
            })}
            data-testid={`cell-${open.unitId}-${item.number}`}
            onClick={() => onOpenCell(open, item.itemId)}
          >
            <span className="kaohe-phone-item-head">
              <strong>{t('drawer.title', { number: item.number })}</strong>
              <Typography.Text type="secondary">
                {t('phone.base', { points: item.baseScore })}
              </Typography.Text>
              <Tag color={CELL_COLOR[cellStatus]} className="kaohe-phone-item-state">
                {t(REVIEW_STATUS_LABEL[cellStatus] ?? 'reviewStatus.pending')}
              </Tag>
            </span>
            {found && <span className="kaohe-phone-item-content">{found.content}</span>}
            <span className="kaohe-phone-item-scores">
              <span>
                <Typography.Text type="secondary">{t('table.selfScore')}</Typography.Text>
                <strong>{c.selfScore ?? '—'}</strong>
              </span>
              <span>
                <Typography.Text type="secondary">{t('table.reviewScore')}</Typography.Text>
                <strong>{c.reviewScore ?? '—'}</strong>
              </span>
            </span>
            {shared && (
              <Typography.Text type="secondary" className="kaohe-phone-item-note">
                {t('phone.sharedItem')}
              </Typography.Text>
            )}
          </button>
        );
      })}
      <div className="kaohe-phone-summary" data-testid="phone-summary">
        <span className="kaohe-phone-summary-cell">
          <Typography.Text type="secondary">{t('review.totals')}</Typography.Text>
          <span>
            {t('table.categorySelf', { points: '' })}
            <strong>{open.selfTotal ?? '—'}</strong>
          </span>
          <span>
            {t('table.categoryReview', { points: '' })}
            <strong data-testid="phone-review-total">{open.reviewTotal ?? '—'}</strong>
          </span>
        </span>
        <span className="kaohe-phone-summary-cell">
          <Typography.Text type="secondary">
            {t('phone.reviewedCount', {
              scored: open.scoredCount,
              pending: open.pendingCount,
            })}
          </Typography.Text>
        </span>
      </div>
    </div>
  );
}
