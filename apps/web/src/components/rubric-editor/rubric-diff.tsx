/**
 * What changed from one rubric to another (usually last year's to this year's draft), as
 * the domain's `diffRubrics` reports it: items added, removed, moved and changed, field by
 * field with the value before and after. Items are matched by their stable ids.
 */
import { findItem, type Rubric, type RubricChange } from '@kaohe/domain';
import { Tag } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { ShortTable } from '../short-table.tsx';

type ChangeGroup = 'added' | 'removed' | 'moved' | 'changed';

const GROUP: Record<RubricChange['kind'], ChangeGroup> = {
  rubricChanged: 'changed',
  categoryAdded: 'added',
  categoryRemoved: 'removed',
  categoryChanged: 'changed',
  itemAdded: 'added',
  itemRemoved: 'removed',
  itemMoved: 'moved',
  itemChanged: 'changed',
  bonusItemAdded: 'added',
  bonusItemRemoved: 'removed',
  bonusItemChanged: 'changed',
};

const GROUP_LABEL: Record<ChangeGroup, MessageKey> = {
  added: 'rubric.diff.added',
  removed: 'rubric.diff.removed',
  moved: 'rubric.diff.moved',
  changed: 'rubric.diff.changed',
};
const GROUP_COLOR: Record<ChangeGroup, string> = {
  added: 'green',
  removed: 'red',
  moved: 'blue',
  changed: 'orange',
};

/** Field names in the table's words: the first segment of a change path. */
const FIELD_LABEL: Record<string, MessageKey> = {
  title: 'rubric.title',
  total: 'rubric.total',
  step: 'rubric.step',
  bonusCap: 'rubric.bonusCap',
  departments: 'rubric.departments',
  unitTypes: 'rubric.unitTypes',
  categories: 'rubric.categories',
  name: 'rubric.categoryName',
  content: 'rubric.content',
  baseScore: 'rubric.baseScore',
  criteriaText: 'rubric.criteriaText',
  explanationRequired: 'rubric.explanationRequired',
  rule: 'rubric.rule',
  department: 'rubric.department',
  cap: 'rubric.bonusItemCap',
  points: 'rubric.points',
  text: 'rubric.criterionText',
  kind: 'rubric.ruleKind',
  levels: 'rubric.kind.levels',
  max: 'rubric.holisticMax',
  pointsPerOccurrence: 'rubric.pointsPerOccurrence',
  maxOccurrences: 'rubric.maxOccurrences',
  threshold: 'rubric.threshold',
};

const CRITERION_PATH = /^rule\.criteria\[([^\]]+)\](?:\.([A-Za-z]+))?(.*)$/;

/** A value as a person reads it. */
export function showValue(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return '∅';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (Array.isArray(value)) return value.map(showValue).join('、');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string') return o.text;
    if (typeof o.content === 'string') return o.content;
    if (typeof o.name === 'string') return o.name;
  }
  return JSON.stringify(value);
}

interface Row {
  key: number;
  group: ChangeGroup;
  what: string;
  field: string;
  before: string;
  after: string;
}

export function RubricDiff({
  from,
  to,
  changes,
}: {
  from: Rubric;
  to: Rubric;
  changes: RubricChange[];
}) {
  const t = useT();
  const fieldLabel = (path: string) => {
    const head = path.split(/[.[(]/)[0] ?? path;
    const known = FIELD_LABEL[head];
    const rest = path.slice(head.length);
    return known ? `${t(known)}${rest ? ` ${rest}` : ''}` : path;
  };
  /** "rule.criteria[b].points" → 评分规则「以创先争优…」分值. */
  const itemFieldLabel = (itemId: string, path: string) => {
    const m = CRITERION_PATH.exec(path);
    if (!m) return fieldLabel(path);
    const [, criterionId, field, rest] = m;
    const criteria = [findItem(to, itemId), findItem(from, itemId)].flatMap(
      (i) => i?.rule.criteria ?? [],
    );
    const text = criteria.find((c) => c.id === criterionId)?.text ?? criterionId;
    const known = field ? FIELD_LABEL[field] : undefined;
    const tail = field ? `${known ? t(known) : field}${rest ?? ''}` : '';
    return t('rubric.diff.criterion', { text: text ?? '', field: tail });
  };
  const itemLabel = (id: string, number: number) => {
    const item = findItem(to, id) ?? findItem(from, id);
    return t('rubric.diff.item', { n: number, content: item?.content ?? id });
  };
  function rowOf(c: RubricChange, key: number): Row {
    const group = GROUP[c.kind];
    switch (c.kind) {
      case 'rubricChanged':
        return {
          key,
          group,
          what: t('rubric.diff.rubric'),
          field: fieldLabel(c.path),
          before: showValue(c.before),
          after: showValue(c.after),
        };
      case 'categoryAdded':
      case 'categoryRemoved':
        return {
          key,
          group,
          what: t('rubric.diff.category', { name: c.name }),
          field: '',
          before: '',
          after: '',
        };
      case 'categoryChanged':
        return {
          key,
          group,
          what: t('rubric.diff.category', { name: String(c.after) }),
          field: fieldLabel(c.path),
          before: showValue(c.before),
          after: showValue(c.after),
        };
      case 'itemAdded':
      case 'itemRemoved':
        return {
          key,
          group,
          what: itemLabel(c.itemId, c.number),
          field: '',
          before: '',
          after: '',
        };
      case 'itemMoved':
        return {
          key,
          group,
          what: itemLabel(c.itemId, c.to.number),
          field: t('rubric.diff.position'),
          before: t('rubric.diff.at', {
            n: c.from.number,
            category: categoryName(from, c.from.categoryId),
          }),
          after: t('rubric.diff.at', {
            n: c.to.number,
            category: categoryName(to, c.to.categoryId),
          }),
        };
      case 'itemChanged':
        return {
          key,
          group,
          what: itemLabel(c.itemId, c.number),
          field: itemFieldLabel(c.itemId, c.path),
          before: showValue(c.before),
          after: showValue(c.after),
        };
      case 'bonusItemAdded':
      case 'bonusItemRemoved':
        return {
          key,
          group,
          what: t('rubric.diff.bonusItem', { content: c.content }),
          field: '',
          before: '',
          after: '',
        };
      case 'bonusItemChanged': {
        const b = to.bonusItems.find((x) => x.id === c.bonusItemId);
        return {
          key,
          group,
          what: t('rubric.diff.bonusItem', { content: b?.content ?? c.bonusItemId }),
          field: fieldLabel(c.path),
          before: showValue(c.before),
          after: showValue(c.after),
        };
      }
    }
  }
  const rows = changes.map(rowOf);

  return (
    <ShortTable<Row>
      rowKey="key"
      rows={rows}
      data-testid="rubric-diff"
      empty={t('rubric.diff.none')}
      columns={[
        {
          key: 'group',
          title: t('rubric.diff.kind'),
          width: 80,
          render: (_, r) => <Tag color={GROUP_COLOR[r.group]}>{t(GROUP_LABEL[r.group])}</Tag>,
        },
        { key: 'what', title: t('rubric.diff.what'), dataIndex: 'what' },
        { key: 'field', title: t('rubric.diff.field'), dataIndex: 'field' },
        {
          key: 'before',
          title: t('rubric.diff.before'),
          dataIndex: 'before',
          className: 'kaohe-diff-before',
        },
        {
          key: 'after',
          title: t('rubric.diff.after'),
          dataIndex: 'after',
          className: 'kaohe-diff-after',
        },
      ]}
    />
  );
}

function categoryName(rubric: Rubric, id: string): string {
  return rubric.categories.find((c) => c.id === id)?.name ?? id;
}
