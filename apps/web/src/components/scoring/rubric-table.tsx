/**
 * The paper table (考核表) on screen: the columns of the 2011 table in its order, the
 * category merged down its rows, then 合计, the 加分项 and 总计 at the foot. Selecting an
 * item opens a side drawer with its scorer. On a phone the same items are a list of cards
 * (item-list.tsx) and the drawer takes the whole width. Every subtotal and total shown
 * comes from `scoreAssessment` (through `ScoreColumn`); nothing is added up here.
 */
import {
  type Category,
  type Centi,
  formatCenti,
  type Item,
  type Rubric,
  rubricItems,
  scoreAssessment,
} from '@kaohe/domain';
import { Button, Drawer, Flex, Progress, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { type CSSProperties, type ReactNode, Suspense, useEffect, useMemo, useState } from 'react';
import { type Translate, useT } from '../../i18n/locale.tsx';
import { whenIdle } from '../../lib/idle.ts';
import { lazyComponent } from '../../lib/lazy-component.ts';
import { useScreen } from '../../lib/use-screen.ts';
import { BonusPointsInput, PhoneItemList } from './item-list.tsx';
import {
  centiOf,
  type ReturnedItem,
  type RubricTableBonus,
  type RubricTableEditing,
  type ScoreColumn,
  type ScoreSide,
} from './scoring-model.ts';
import './scoring.css';

// Shared with the lazy item panel, so they live in the model (no import circle).
export type {
  ReturnedItem,
  RubricTableBonus,
  RubricTableEditing,
  ScoreSide,
} from './scoring-model.ts';

export interface RubricTableProps {
  rubric: Rubric;
  unitType: string;
  /** 自评分: from `scoreColumn(rubric, unitType, selfInputs)`. */
  self?: ScoreColumn;
  /** 考评分: from `scoreColumn(rubric, unitType, reviewInputs, bonusAwards)`. */
  review?: ScoreColumn;
  /** 备注, by item id or bonus item id. */
  remarks?: Record<string, string | null | undefined>;
  returnedItems?: readonly ReturnedItem[];
  editing?: RubricTableEditing;
  bonus?: RubricTableBonus;
  /** Controlled selection (the open drawer); uncontrolled when omitted. */
  selectedItemId?: string | null;
  onSelectItem?: (itemId: string | null) => void;
  /** More of the drawer below the scorer: explanation, evidence, remarks. */
  renderItemExtra?: (item: Item) => ReactNode;
  /** In the drawer's header: what the page says about the drawer's work (the saved state). */
  drawerExtra?: ReactNode;
  /** Height of a sticky page header above the table. */
  stickyOffset?: number;
  /** Today, YYYY-MM-DD, for overdue returns (tests pin it). */
  today?: string;
  /**
   * What the progress line counts, where a page knows more than the scores (the unit's
   * explanations): by default, the items whose score is complete.
   */
  progress?: { done: number; total: number };
}

interface ItemRow {
  key: string;
  item: Item;
  category: Category;
  categoryIndex: number;
  /** The merged 考核项目 cell: its row count on a category's first row, 0 below it. */
  categoryRowSpan: number;
}

const { Text } = Typography;

/**
 * One column of the paper table. A plain <table>, not Ant Design's Table: nothing here
 * sorts, pages or virtualises, and the 30 rows are on screen sooner without it
 * (bench/web.bench.ts).
 */
interface PaperColumn {
  key: string;
  title: string;
  width?: number;
  align?: 'center';
  render: (row: ItemRow) => ReactNode;
  /** A merged cell: rowSpan 0 on the rows it covers. */
  cell?: (row: ItemRow) => { rowSpan: number; className: string };
}

// The drawer's content (the scorer, every criterion input) is its own chunk, loaded once
// the table is on screen: the table is usable first.
const ItemPanel = lazyComponent(() => import('./item-panel.tsx'), 'default');

function buildRows(rubric: Rubric): ItemRow[] {
  const firsts = new Set(rubric.categories.map((c) => c.items[0]?.id));
  return rubricItems(rubric).map(({ item, category }) => ({
    key: item.id,
    item,
    category,
    categoryIndex: rubric.categories.indexOf(category),
    categoryRowSpan: firsts.has(item.id) ? category.items.length : 0,
  }));
}

/** Breaks a category name after 、 as the paper table does ("组织建设、/自身建设"), not mid-phrase. */
function categoryName(name: string): ReactNode {
  const parts = name.split('、');
  return parts.map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed name, never reordered
    <span key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          、<br />
        </>
      )}
    </span>
  ));
}

const points = (c: Centi | null | undefined) =>
  c === null || c === undefined ? '' : formatCenti(c);

export function RubricTable({
  rubric,
  unitType,
  self,
  review,
  remarks = {},
  returnedItems = [],
  editing,
  bonus,
  selectedItemId,
  onSelectItem,
  renderItemExtra,
  drawerExtra,
  stickyOffset,
  today,
  progress: progressOverride,
}: RubricTableProps) {
  const t = useT();
  const { phone } = useScreen();
  const rows = useMemo(() => buildRows(rubric), [rubric]);
  useEffect(() => whenIdle(ItemPanel.load), []);
  const [ownSelection, setOwnSelection] = useState<string | null>(null);
  const selected = selectedItemId !== undefined ? selectedItemId : ownSelection;
  const select = (id: string | null) => {
    if (selectedItemId === undefined) setOwnSelection(id);
    onSelectItem?.(id);
  };
  const returns = useMemo(() => {
    const map = new Map<string, ReturnedItem[]>();
    for (const r of returnedItems) map.set(r.itemId, [...(map.get(r.itemId) ?? []), r]);
    return map;
  }, [returnedItems]);
  const todayDay = today ?? dayjs().format('YYYY-MM-DD');
  const departmentNames = (ids: readonly string[]) =>
    ids.map((id) => rubric.departments.find((d) => d.id === id)?.name ?? id);

  const progressColumn = editing?.side === 'review' ? review : self;
  const progress =
    progressOverride ??
    (progressColumn && {
      done: progressColumn.totals.completeItems,
      total: progressColumn.totals.itemCount,
    });
  // The bases, from the engine like every other figure here (an empty assessment's totals).
  const baseline = useMemo(
    () => scoreAssessment(rubric, { unitType, items: {} }, { explain: false }),
    [rubric, unitType],
  );
  const categoryBase = (index: number) => baseline.categories[index]?.base ?? 0;
  // 合计's base: the categories' bases (integer hundredths), which validation holds equal
  // to the rubric's declared total.
  const subtotalBase = baseline.categories.reduce((sum, c) => sum + c.base, 0);

  const scoreCell = (side: ScoreSide, row: ItemRow) => {
    const column = side === 'self' ? self : review;
    const value = column?.items[row.item.id] ?? null;
    const complete = column?.totals.items.find((s) => s.itemId === row.item.id)?.complete ?? false;
    const shown =
      value === null ? (
        <Text type="secondary">{editing?.side === side ? t('table.notScored') : ''}</Text>
      ) : complete ? (
        <Text strong>{points(value)}</Text>
      ) : (
        <Text type="warning" title={t('table.incomplete')}>
          {points(value)}*
        </Text>
      );
    if (editing?.side !== side) return shown;
    const label = t('table.scoreItem', {
      number: row.item.number,
      side: side === 'self' ? t('table.selfScore') : t('table.reviewScore'),
      score: value === null ? t('table.notScored') : points(value),
    });
    return (
      <Button
        type="link"
        size="small"
        style={{ paddingInline: 2 }}
        aria-label={label}
        onClick={(e) => {
          e.stopPropagation();
          select(row.item.id);
        }}
      >
        {shown}
      </Button>
    );
  };

  const columns: PaperColumn[] = [
    {
      key: 'category',
      title: t('table.category'),
      width: 108,
      cell: (row) => ({ rowSpan: row.categoryRowSpan, className: 'kaohe-category-cell' }),
      render: (row) => {
        const i = row.categoryIndex;
        const selfPoints = self?.totals.categories[i]?.points;
        const reviewPoints = review?.totals.categories[i]?.points;
        return (
          <div>
            <div className="kaohe-category-name">{categoryName(row.category.name)}</div>
            <Text type="secondary" className="kaohe-category-meta">
              {t('table.categoryBase', { points: formatCenti(categoryBase(i)) })}
            </Text>
            {self && (
              <Text type="secondary" className="kaohe-category-meta">
                {t('table.categorySelf', { points: points(selfPoints) })}
              </Text>
            )}
            {review && (
              <Text type="secondary" className="kaohe-category-meta">
                {t('table.categoryReview', { points: points(reviewPoints) })}
              </Text>
            )}
          </div>
        );
      },
    },
    {
      key: 'number',
      title: t('table.number'),
      width: 52,
      align: 'center',
      render: (row) =>
        editing ? (
          row.item.number
        ) : (
          <Button
            type="link"
            size="small"
            onClick={(e) => {
              e.stopPropagation();
              select(row.item.id);
            }}
          >
            {row.item.number}
          </Button>
        ),
    },
    {
      key: 'content',
      title: t('table.content'),
      render: (row) => (
        <div>
          <div className="kaohe-cell-text">{row.item.content}</div>
          {returns.get(row.item.id)?.map((r) => (
            <ReturnNotice key={`${r.departmentId}-${r.deadline}`} t={t} today={todayDay} {...r} />
          ))}
        </div>
      ),
    },
    {
      key: 'departments',
      title: t('table.departments'),
      width: 104,
      align: 'center',
      render: (row) => (
        <div className="kaohe-cell-text">{departmentNames(row.item.departments).join('\n')}</div>
      ),
    },
    {
      key: 'baseScore',
      title: t('table.baseScore'),
      width: 76,
      align: 'center',
      render: (row) => formatCenti(centiOf(row.item.baseScore)),
    },
    {
      key: 'criteria',
      title: t('table.criteria'),
      render: (row) => <div className="kaohe-cell-text">{row.item.criteriaText}</div>,
    },
    {
      key: 'self',
      title: t('table.selfScore'),
      width: 84,
      align: 'center',
      render: (row) => scoreCell('self', row),
    },
    {
      key: 'review',
      title: t('table.reviewScore'),
      width: 84,
      align: 'center',
      render: (row) => scoreCell('review', row),
    },
    {
      key: 'remarks',
      title: t('table.remarks'),
      width: 150,
      render: (row) => <div className="kaohe-cell-text">{remarks[row.item.id] ?? ''}</div>,
    },
  ];

  const bonusRows = rubric.bonusItems.map((b, index) => {
    const scored = review?.totals.bonusItems.find((s) => s.bonusItemId === b.id);
    const capped = scored !== undefined && scored.counted < scored.awarded;
    return (
      <tr key={b.id} className="kaohe-bonus-row" data-row-key={b.id}>
        {index === 0 && (
          <td rowSpan={rubric.bonusItems.length} className="kaohe-center">
            <strong>{t('table.bonus')}</strong>
          </td>
        )}
        <td />
        <td>
          <div className="kaohe-cell-text">{b.content}</div>
        </td>
        <td className="kaohe-center">
          {b.department === null ? '' : departmentNames([b.department])[0]}
        </td>
        <td />
        <td>
          <Text type="secondary">
            {b.cap === null
              ? t('table.bonusNoCap')
              : t('table.bonusCap', { cap: formatCenti(centiOf(b.cap)) })}
          </Text>
        </td>
        <td />
        <td className="kaohe-center">
          {bonus?.onChange ? (
            <BonusPointsInput rubric={rubric} bonusItem={b} bonus={bonus} width={64} />
          ) : (
            points(scored && scored.awarded > 0 ? scored.counted : null)
          )}
          {capped && (
            <Text type="warning" className="kaohe-category-meta">
              {t('table.bonusCapped', { points: formatCenti(scored.counted) })}
            </Text>
          )}
        </td>
        <td>
          <div className="kaohe-cell-text">{remarks[b.id] ?? ''}</div>
        </td>
      </tr>
    );
  });

  const summary = (
    <tfoot>
      <tr className="kaohe-summary-row" data-testid="subtotal-row">
        <td colSpan={3} className="kaohe-center">
          {t('table.subtotal')}
        </td>
        <td />
        <td className="kaohe-center">
          <span data-testid="subtotal-base">{formatCenti(subtotalBase)}</span>
        </td>
        <td />
        <td className="kaohe-center">
          <span data-testid="subtotal-self">{points(self?.totals.subtotal)}</span>
        </td>
        <td className="kaohe-center">
          <span data-testid="subtotal-review">{points(review?.totals.subtotal)}</span>
        </td>
        <td />
      </tr>
      {bonusRows}
      <tr className="kaohe-summary-row" data-testid="total-row">
        <td colSpan={3} className="kaohe-center">
          {t('table.total')}
        </td>
        <td />
        <td />
        <td />
        <td className="kaohe-center">
          <span data-testid="total-self">{points(self?.totals.total)}</span>
        </td>
        <td className="kaohe-center">
          <span data-testid="total-review">{points(review?.totals.total)}</span>
        </td>
        <td />
      </tr>
    </tfoot>
  );

  const selectedIndex = rows.findIndex((r) => r.item.id === selected);
  const selectedRow = selectedIndex >= 0 ? rows[selectedIndex] : undefined;

  return (
    <div className="kaohe-rubric-table">
      {progress && (
        <Flex align="center" gap={12} className="kaohe-progress">
          <Text data-testid="progress">
            {t('table.progress', { done: progress.done, total: progress.total })}
          </Text>
          <Progress
            percent={Math.round((progress.done / progress.total) * 100)}
            size="small"
            showInfo={false}
            style={{ width: phone ? undefined : 200, flex: phone ? 1 : undefined, margin: 0 }}
          />
        </Flex>
      )}
      {phone ? (
        <PhoneItemList
          rubric={rubric}
          rows={rows}
          categoryBase={categoryBase}
          subtotalBase={subtotalBase}
          self={self}
          review={review}
          remarks={remarks}
          returns={returns}
          editing={editing}
          bonus={bonus}
          selected={selected}
          onSelect={select}
          today={todayDay}
        />
      ) : (
        <table
          className="kaohe-paper-table"
          style={{ '--kaohe-sticky-top': `${stickyOffset ?? 0}px` } as CSSProperties}
        >
          <colgroup>
            {columns.map((c) => (
              <col key={c.key} style={c.width ? { width: c.width } : undefined} />
            ))}
          </colgroup>
          <thead className={stickyOffset === undefined ? undefined : 'kaohe-sticky-head'}>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.key}
                data-row-key={row.key}
                className={[
                  'kaohe-item-row',
                  returns.has(row.item.id) ? 'kaohe-row-returned' : '',
                  row.item.id === selected ? 'kaohe-row-selected' : '',
                ].join(' ')}
                onClick={() => select(row.item.id)}
              >
                {columns.map((c) => {
                  const cell = c.cell?.(row);
                  // Merged into the category's first row (rowSpan 0): no cell of its own.
                  if (cell?.rowSpan === 0) return null;
                  return (
                    <td
                      key={c.key}
                      rowSpan={cell?.rowSpan}
                      className={[cell?.className, c.align === 'center' ? 'kaohe-center' : '']
                        .filter(Boolean)
                        .join(' ')}
                    >
                      {c.render(row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          {summary}
        </table>
      )}
      <Drawer
        open={selectedRow !== undefined}
        onClose={() => select(null)}
        size={phone ? '100%' : 680}
        destroyOnHidden
        extra={drawerExtra}
        title={
          selectedRow
            ? `${t('drawer.title', { number: selectedRow.item.number })}　${selectedRow.category.name}`
            : ''
        }
        footer={
          <Flex justify="space-between">
            <Button
              disabled={selectedIndex <= 0}
              onClick={() => select(rows[selectedIndex - 1]?.item.id ?? null)}
            >
              {t('drawer.previous')}
            </Button>
            <Button
              disabled={selectedIndex < 0 || selectedIndex >= rows.length - 1}
              onClick={() => select(rows[selectedIndex + 1]?.item.id ?? null)}
            >
              {t('drawer.next')}
            </Button>
          </Flex>
        }
      >
        {selectedRow && (
          <Suspense
            fallback={<Skeleton className="kaohe-panel-pending" active paragraph={{ rows: 8 }} />}
          >
            <ItemPanel
              rubric={rubric}
              unitType={unitType}
              item={selectedRow.item}
              departments={departmentNames(selectedRow.item.departments).join('、')}
              returns={returns.get(selectedRow.item.id) ?? []}
              editing={editing}
              today={todayDay}
              extra={renderItemExtra?.(selectedRow.item)}
            />
          </Suspense>
        )}
      </Drawer>
    </div>
  );
}

function ReturnNotice({
  t,
  reason,
  deadline,
  departmentName,
  today,
}: ReturnedItem & { t: Translate; today: string }) {
  const overdue = dayjs(deadline).isBefore(dayjs(today), 'day');
  return (
    <div className="kaohe-return-notice">
      <Tag color="orange">
        {departmentName
          ? t('table.returnedBy', { department: departmentName })
          : t('table.returned')}
      </Tag>
      {overdue && <Tag color="red">{t('table.overdue')}</Tag>}
      <Text>{t('table.returnReason', { reason })}</Text>
      <Text type={overdue ? 'danger' : 'secondary'}>{t('table.returnDeadline', { deadline })}</Text>
    </div>
  );
}
