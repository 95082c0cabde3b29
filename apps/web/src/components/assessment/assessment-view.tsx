/**
 * One assessment as the chairman's office and the assessment office see it: the paper
 * table with 自评分, 考评分 (every department's criteria together) and 备注, each
 * department's review status, the bonus, and the steps their role may take now.
 */
import type { Item } from '@kaohe/domain';
import { Alert, Button, Flex, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { whenIdle } from '../../lib/idle.ts';
import { lazyComponent } from '../../lib/lazy-component.ts';
import type { SessionUser } from '../../lib/session.ts';
import { type ReturnedItem, RubricTable } from '../scoring/rubric-table.tsx';
import { scoreColumn } from '../scoring/scoring-model.ts';
import { AssessmentHeader } from './assessment-header.tsx';
import { bonusOf, remarksOf, reviewInputsOf, selfInputsOf } from './assessment-model.ts';
import { BonusPanel } from './bonus-panel.tsx';
import { departmentNameOf, useAssessment } from './queries.ts';
import {
  DepartmentStatusTag,
  ReopenModal,
  SendBackModal,
  useConfirmStep,
} from './workflow-actions.tsx';

// Shown in the drawer only: loaded with the drawer's own chunk, after the table.
const ReviewedItemExtras = lazyComponent(() => import('./item-extras.tsx'), 'ReviewedItemExtras');

export function AssessmentView({ id, user }: { id: string; user: SessionUser }) {
  const t = useT();
  useEffect(() => whenIdle(ReviewedItemExtras.load), []);
  const { assessment: a, rubric } = useAssessment(id);
  const [sendingBack, setSendingBack] = useState(false);
  const [reopening, setReopening] = useState(false);
  const step = useConfirmStep();
  const chairman = user.role === 'chairman';
  const admin = user.role === 'admin';

  const self = useMemo(() => scoreColumn(rubric, a.unitTypeId, selfInputsOf(a)), [rubric, a]);
  const review = useMemo(
    () => scoreColumn(rubric, a.unitTypeId, reviewInputsOf(a), bonusOf(a)),
    [rubric, a],
  );
  const remarks = useMemo(() => remarksOf(rubric, a), [rubric, a]);
  const returns = useMemo<ReturnedItem[]>(
    () =>
      a.view.returns.map((r) => ({
        ...r,
        departmentName: departmentNameOf(rubric, r.departmentId),
      })),
    [a.view.returns, rubric],
  );
  const versioned = { id: a.id, version: a.version };
  const actions = (
    <Flex gap={8} wrap>
      {chairman && a.stage === 'bonus' && (
        <Button type="primary" onClick={() => step.confirm('completeBonus', a)}>
          {t('workflow.completeBonus')}
        </Button>
      )}
      {chairman && a.stage === 'finalApproval' && (
        <Button type="primary" data-testid="approve" onClick={() => step.confirm('approve', a)}>
          {t('workflow.approve')}
        </Button>
      )}
      {chairman && (a.stage === 'bonus' || a.stage === 'finalApproval') && (
        <Button onClick={() => setSendingBack(true)}>{t('workflow.sendBack')}</Button>
      )}
      {admin && (a.stage === 'approved' || a.stage === 'final') && (
        <Button danger onClick={() => setReopening(true)}>
          {t('workflow.reopen')}
        </Button>
      )}
    </Flex>
  );

  const renderExtra = (item: Item) => (
    <ReviewedItemExtras rubric={rubric} assessment={a} item={item} />
  );

  const departments = Object.entries(a.view.departments);
  return (
    <Flex vertical gap={12}>
      <AssessmentHeader assessment={a} rubric={rubric} actions={actions} />
      <Flex gap={6} wrap align="center" data-testid="department-statuses">
        <Typography.Text type="secondary">{t('assessment.departmentStatus')}</Typography.Text>
        {departments.map(([departmentId, status]) => (
          <DepartmentStatusTag
            key={departmentId}
            status={status}
            prefix={`${departmentNameOf(rubric, departmentId)}·`}
          />
        ))}
      </Flex>
      {a.view.sentBack !== null && (
        <Alert
          type="warning"
          showIcon
          title={t('assessment.sentBack', {
            reason: (a.view.sentBack as { reason?: string }).reason ?? '',
          })}
        />
      )}
      {a.view.reopened !== null && (
        <Alert
          type="info"
          showIcon
          title={t('assessment.reopened', {
            reason: (a.view.reopened as { reason?: string }).reason ?? '',
          })}
        />
      )}
      <Flex gap={24} wrap data-testid="assessment-totals">
        <Typography.Text>
          {t('table.subtotal')}：<strong>{a.totals.reviewSubtotal ?? '—'}</strong>
        </Typography.Text>
        <Typography.Text>
          {t('table.bonus')}：<strong>{a.totals.bonus ?? '—'}</strong>
        </Typography.Text>
        <Typography.Text>
          {t('table.total')}：<strong data-testid="server-total">{a.totals.total ?? '—'}</strong>
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('assessment.selfSubtotal', { points: a.totals.selfSubtotal ?? '—' })}
        </Typography.Text>
      </Flex>
      {((chairman && a.view.bonusEditable) || a.bonusAwards.length > 0) && (
        <BonusPanel assessment={a} rubric={rubric} canAward={chairman} />
      )}
      <RubricTable
        rubric={rubric}
        unitType={a.unitTypeId}
        self={self}
        review={review}
        remarks={remarks}
        returnedItems={returns}
        renderItemExtra={renderExtra}
        stickyOffset={48}
      />
      <SendBackModal
        assessment={sendingBack ? versioned : null}
        departments={Object.keys(a.view.departments)}
        rubric={rubric}
        unitName={a.unitName}
        onClose={() => setSendingBack(false)}
      />
      <ReopenModal
        assessment={reopening ? versioned : null}
        unitName={a.unitName}
        onClose={() => setReopening(false)}
      />
    </Flex>
  );
}
