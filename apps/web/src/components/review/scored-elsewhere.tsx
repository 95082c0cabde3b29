/**
 * Items a department owns but does not score. Item 8 of 2011 names 办公室 and 组织部 as
 * its departments, yet its one criterion is 办公室's: 组织部 has nothing to review there,
 * and its grid should say so rather than leave the item out without a word. A column per
 * such item, greyed, naming who scores it.
 */
import { departmentName, type Rubric, reviewingDepartments, rubricItems } from '@kaohe/domain';
import { type TableColumnsType, Typography } from 'antd';
import { useT } from '../../i18n/locale.tsx';

export interface ScoredElsewhere {
  itemId: string;
  number: number;
  /** The departments that judge its criteria, in the item's order. */
  scoredBy: string[];
  /** The item's other departments, this one left out. */
  others: string[];
}

/** The items naming `departmentId` among their departments whose criteria all others judge. */
export function itemsScoredElsewhere(rubric: Rubric, departmentId: string): ScoredElsewhere[] {
  return rubricItems(rubric).flatMap(({ item }) => {
    if (!item.departments.includes(departmentId)) return [];
    const scoredBy = reviewingDepartments(item);
    if (scoredBy.includes(departmentId)) return [];
    return [
      {
        itemId: item.id,
        number: item.number,
        scoredBy,
        others: item.departments.filter((d) => d !== departmentId),
      },
    ];
  });
}

/** Grid columns, after the department's own items: one per item another department scores. */
export function useScoredElsewhereColumns<Row extends { unitId: string }>(
  rubric: Rubric,
  departmentId: string,
): TableColumnsType<Row> {
  const t = useT();
  const names = (ids: string[]) => ids.map((id) => departmentName(rubric, id)).join('、');
  return itemsScoredElsewhere(rubric, departmentId).map((e) => {
    const departments = names(e.scoredBy);
    const note = t('reviewElsewhere.note', {
      number: e.number,
      others: names(e.others),
      departments,
    });
    return {
      key: `elsewhere-${e.itemId}`,
      title: (
        <span title={note} data-testid={`elsewhere-header-${e.number}`}>
          {t('drawer.title', { number: e.number })}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('reviewElsewhere.header', { departments })}
          </Typography.Text>
        </span>
      ),
      width: 92,
      align: 'center' as const,
      className: 'kaohe-review-elsewhere',
      render: (_: unknown, row: Row) => (
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12 }}
          title={note}
          aria-label={note}
          data-testid={`elsewhere-${row.unitId}-${e.number}`}
        >
          {t('reviewElsewhere.cell', { departments })}
        </Typography.Text>
      ),
    };
  });
}
