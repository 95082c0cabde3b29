/**
 * 等次 and 不予评先 as every ranking shows them (issue 14, decision 022): the grade the
 * server assigned (null until the unit type has bands), and the honours bar with its cause
 * — the veto items by number, or a bar by hand.
 */
import { type Rubric, rubricItems } from '@kaohe/domain';
import { isResultStage } from '@kaohe/workflow/browser';
import { useQuery } from '@tanstack/react-query';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import { useTRPC } from '../../trpc.ts';

export function GradeTag({ grade, testId }: { grade: string | null; testId?: string }) {
  if (grade === null) {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        —
      </Typography.Text>
    );
  }
  return (
    <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid={testId}>
      {grade}
    </Tag>
  );
}

/** The item numbers of the vetoed items, as the rubric numbers them. */
export function vetoedNumbers(rubric: Rubric, itemIds: readonly string[]): string {
  const numberOf = new Map(rubricItems(rubric).map(({ item }) => [item.id, item.number]));
  return itemIds.map((id) => String(numberOf.get(id) ?? id)).join('、');
}

export function HonoursCell({
  rubric,
  row,
  testId,
}: {
  rubric: Rubric;
  row: { barredFromHonours: boolean; vetoedItemIds: string[]; barredByHand: boolean };
  testId?: string;
}) {
  const t = useT();
  if (!row.barredFromHonours) return null;
  const causes = [
    ...(row.vetoedItemIds.length > 0
      ? [t('grades.vetoed', { items: vetoedNumbers(rubric, row.vetoedItemIds) })]
      : []),
    ...(row.barredByHand ? [t('grades.bars')] : []),
  ];
  return (
    <Tooltip title={causes.join('；')}>
      <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid={testId}>
        {t('grades.barred')}
      </Tag>
    </Tooltip>
  );
}

/**
 * One assessment's grade, rank within its type and honours bar (grades.ofAssessment), for
 * its page and its print; nothing for a department, nor for a unit before its result is
 * visible (the server says so with `visible: false`).
 */
export function useAssessmentGrade(assessment: { id: string; stage: string }, role?: string) {
  const trpc = useTRPC();
  const enabled =
    role === 'chairman' || role === 'admin' || (role === 'unit' && isResultStage(assessment.stage));
  const { data } = useQuery({
    ...trpc.grades.ofAssessment.queryOptions({ assessmentId: assessment.id }),
    enabled,
  });
  return enabled && data?.visible ? data : null;
}

export function AssessmentGrade({
  assessment,
  rubric,
  role,
}: {
  assessment: { id: string; stage: string };
  rubric: Rubric;
  role?: string;
}) {
  const t = useT();
  const result = useAssessmentGrade(assessment, role);
  if (!result || (result.grade === null && !result.barredFromHonours)) return null;
  return (
    <Flex gap={6} align="center" data-testid="assessment-grade">
      <Typography.Text type="secondary">{t('grades.grade')}</Typography.Text>
      <GradeTag grade={result.grade} testId="assessment-grade-label" />
      {result.rank !== null && (
        <Typography.Text type="secondary">
          {t('grades.rank')} {result.rank}
        </Typography.Text>
      )}
      <HonoursCell
        rubric={rubric}
        row={{
          barredFromHonours: result.barredFromHonours,
          vetoedItemIds: result.vetoedItemIds,
          barredByHand: result.bars.length > 0,
        }}
      />
    </Flex>
  );
}
