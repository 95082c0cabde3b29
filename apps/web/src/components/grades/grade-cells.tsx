/**
 * 等次 and 不予评先 as every ranking shows them (issue 14, decision 022): the grade the
 * server assigned (null until the unit type has bands), and the honours bar with its cause
 * — the veto items by number, or a bar by hand.
 */
import { type Rubric, rubricItems } from '@kaohe/domain';
import { Tag, Tooltip, Typography } from 'antd';
import { useT } from '../../i18n/locale.tsx';

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
