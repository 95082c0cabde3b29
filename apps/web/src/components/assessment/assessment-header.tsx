import type { Rubric } from '@kaohe/domain';
import { isResultStage } from '@kaohe/workflow/browser';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { type DeadlineStage, stageColor, stageLabel } from '../../lib/labels.ts';
import { type AssessmentDetail, useTRPC } from '../../trpc.ts';
import { Deadline } from '../deadline.tsx';
import { exportHref } from '../reports/export-links.ts';
import { AssessmentHistoryLink } from './assessment-history.tsx';
import { unitTypeName } from './queries.ts';

const STAGE_DEADLINE: Record<string, DeadlineStage | undefined> = {
  selfScoring: 'selfScoring',
  review: 'review',
  returned: 'review',
  bonus: 'bonus',
  finalApproval: 'finalApproval',
};

/** Which assessment this is: the rubric's title, the unit and its type, the cycle, the stage and its deadline. */
export function AssessmentHeader({
  assessment: a,
  rubric,
  actions,
}: {
  assessment: AssessmentDetail;
  rubric: Rubric;
  actions?: ReactNode;
}) {
  const t = useT();
  const trpc = useTRPC();
  const { data: cycles } = useSuspenseQuery(trpc.cycle.list.queryOptions());
  const cycle = cycles.find((c) => c.id === a.cycleId);
  const deadlineStage = STAGE_DEADLINE[a.stage];
  // The 考核表 as xlsx: the offices any time, the unit once approved (as the server allows).
  const role = useSuspenseQuery(trpc.auth.me.queryOptions()).data.user?.role;
  const canExport =
    role === 'chairman' || role === 'admin' || (role === 'unit' && isResultStage(a.stage));
  const deadline = deadlineStage ? cycle?.deadlines[deadlineStage] : undefined;
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap className="kaohe-page-head">
      <div>
        <h1 className="kaohe-page-title">{rubric.title}</h1>
        <Flex gap={12} align="center" wrap>
          <Typography.Text strong data-testid="unit-name">
            {a.unitName}
          </Typography.Text>
          <Typography.Text type="secondary">{unitTypeName(rubric, a.unitTypeId)}</Typography.Text>
          {cycle && <Typography.Text type="secondary">{cycle.name}</Typography.Text>}
          <Tag color={stageColor(a.stage)} data-testid="stage">
            {t(stageLabel(a.stage))}
          </Tag>
          {deadlineStage && (
            <span>
              <Typography.Text type="secondary">{t('assessment.deadline')}</Typography.Text>
              <Deadline at={deadline} />
            </span>
          )}
          <AssessmentHistoryLink rubric={rubric} assessmentId={a.id} />
          <Link to="/assessments/$id/print" params={{ id: a.id }}>
            {t('print.open')}
          </Link>
          {canExport && (
            <a href={exportHref(`assessment/${a.id}.xlsx`)} data-testid="export-assessment">
              {t('export.assessment')}
            </a>
          )}
        </Flex>
      </div>
      {actions}
    </Flex>
  );
}
