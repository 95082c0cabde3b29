/**
 * What the drawer of the paper table shows for one item: its content and criteria, any
 * return notice, the scorer, and the page's extra (explanation, evidence, history). Its
 * own chunk: the table is usable before the drawer's code has arrived (bench/web.bench.ts).
 */
import { formatCenti, type Item, type Rubric } from '@kaohe/domain';
import { Alert, Descriptions, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { useScreen } from '../../lib/use-screen.ts';
import { ItemScorer } from './item-scorer.tsx';
import type { ReturnedItem, RubricTableEditing } from './scoring-model.ts';
import { centiOf } from './scoring-model.ts';

export default function ItemPanel({
  rubric,
  unitType,
  item,
  departments,
  returns,
  editing,
  today,
  extra,
}: {
  rubric: Rubric;
  unitType: string;
  item: Item;
  departments: string;
  returns: ReturnedItem[];
  editing: RubricTableEditing | undefined;
  today: string;
  extra: ReactNode;
}) {
  const t = useT();
  const { phone } = useScreen();
  const editable =
    editing !== undefined &&
    (editing.editableItemIds === undefined || editing.editableItemIds.includes(item.id));
  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        bordered
        column={1}
        // On a phone the label above its text: beside it, the criteria get half the width.
        layout={phone ? 'vertical' : 'horizontal'}
        styles={{ label: phone ? undefined : { width: 116, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'content', label: t('drawer.content'), children: item.content },
          { key: 'departments', label: t('drawer.departments'), children: departments },
          {
            key: 'base',
            label: t('drawer.baseScore'),
            children: formatCenti(centiOf(item.baseScore)),
          },
          { key: 'criteria', label: t('drawer.criteria'), children: item.criteriaText },
        ]}
      />
      {returns.map((r) => (
        <Alert
          key={`${r.departmentId}-${r.deadline}`}
          type="warning"
          showIcon
          title={
            r.departmentName
              ? `${t('table.returnedBy', { department: r.departmentName })}　${t('table.returnReason', { reason: r.reason })}`
              : t('table.returnReason', { reason: r.reason })
          }
          description={
            <>
              {t('table.returnDeadline', { deadline: r.deadline })}
              {dayjs(r.deadline).isBefore(dayjs(today), 'day') && (
                <Tag color="red" style={{ marginInlineStart: 8 }}>
                  {t('table.overdue')}
                </Tag>
              )}
            </>
          }
        />
      ))}
      {editing && (
        <div>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {editing.side === 'self' ? t('drawer.editingSelf') : t('drawer.editingReview')}
          </Typography.Title>
          {!editable && <Alert type="info" showIcon title={t('scorer.readOnly')} />}
          <ItemScorer
            rubric={rubric}
            itemId={item.id}
            unitType={unitType}
            inputs={editing.inputs[item.id]}
            onChange={(next) => editing.onChange(item.id, next)}
            disabled={!editable}
            department={editing.department}
          />
        </div>
      )}
      {extra}
    </Flex>
  );
}
