/**
 * The paper table on a phone: the same items, category by category, as cards a thumb can
 * tap (number, content, base, the scores and the item's state), the category subtotals in
 * each heading, the bonus items beneath, and 合计/总计 in a bar that stays at the foot of
 * the screen. Tapping a card opens the same drawer as a row of the table. Every figure is
 * the table's own (`ScoreColumn`, from `scoreAssessment`); nothing is added up here.
 */
import { type Category, type Centi, formatCenti, type Item, type Rubric } from '@kaohe/domain';
import { InputNumber, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Fragment } from 'react';
import { useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import {
  centiOf,
  type ReturnedItem,
  type RubricTableBonus,
  type RubricTableEditing,
  type ScoreColumn,
  type ScoreSide,
} from './scoring-model.ts';

const { Text } = Typography;

const points = (c: Centi | null | undefined) =>
  c === null || c === undefined ? '' : formatCenti(c);

type ItemState = 'returned' | 'notScored' | 'incomplete' | 'scored';

const STATE_TAG: Record<ItemState, { color: string; label: MessageKey }> = {
  returned: { color: 'orange', label: 'table.returned' },
  notScored: { color: 'default', label: 'table.notScored' },
  incomplete: { color: 'warning', label: 'table.incomplete' },
  scored: { color: 'success', label: 'phone.scored' },
};

export interface PhoneItemListProps {
  rubric: Rubric;
  rows: ReadonlyArray<{ item: Item; category: Category; categoryIndex: number }>;
  categoryBase: (index: number) => Centi;
  subtotalBase: Centi;
  self?: ScoreColumn;
  review?: ScoreColumn;
  remarks: Record<string, string | null | undefined>;
  returns: Map<string, ReturnedItem[]>;
  editing?: RubricTableEditing;
  bonus?: RubricTableBonus;
  selected: string | null;
  onSelect: (itemId: string) => void;
  today: string;
}

export function PhoneItemList({
  rubric,
  rows,
  categoryBase,
  subtotalBase,
  self,
  review,
  remarks,
  returns,
  editing,
  bonus,
  selected,
  onSelect,
  today,
}: PhoneItemListProps) {
  const t = useT();
  // The state the person filling in cares about: their own column's.
  const side: ScoreSide = editing?.side ?? (review ? 'review' : 'self');
  const column = side === 'self' ? self : review;
  const stateOf = (item: Item): ItemState => {
    if (returns.has(item.id)) return 'returned';
    if ((column?.items[item.id] ?? null) === null) return 'notScored';
    const complete = column?.totals.items.find((s) => s.itemId === item.id)?.complete ?? false;
    return complete ? 'scored' : 'incomplete';
  };
  const score = (c: ScoreColumn | undefined, item: Item) => {
    const value = c?.items[item.id] ?? null;
    return value === null ? '—' : points(value);
  };

  return (
    <div className="kaohe-phone-items" data-testid="phone-item-list">
      {rows.map(({ item, category, categoryIndex }, index) => {
        const first = rows[index - 1]?.category !== category;
        const state = stateOf(item);
        const value = column?.items[item.id] ?? null;
        const label = t('table.scoreItem', {
          number: item.number,
          side: side === 'self' ? t('table.selfScore') : t('table.reviewScore'),
          score: value === null ? t('table.notScored') : points(value),
        });
        return (
          <Fragment key={item.id}>
            {first && (
              <h2 className="kaohe-phone-category">
                <span>{category.name}</span>
                <Text type="secondary" className="kaohe-phone-category-meta">
                  {t('table.categoryBase', { points: formatCenti(categoryBase(categoryIndex)) })}
                  {self &&
                    ` · ${t('table.categorySelf', { points: points(self.totals.categories[categoryIndex]?.points) })}`}
                  {review &&
                    ` · ${t('table.categoryReview', { points: points(review.totals.categories[categoryIndex]?.points) })}`}
                </Text>
              </h2>
            )}
            <button
              type="button"
              className={[
                'kaohe-phone-item',
                `kaohe-phone-item-${state}`,
                item.id === selected ? 'kaohe-phone-item-selected' : '',
              ].join(' ')}
              aria-label={label}
              data-row-key={item.id}
              onClick={() => onSelect(item.id)}
            >
              <span className="kaohe-phone-item-head">
                <strong>{t('drawer.title', { number: item.number })}</strong>
                <Text type="secondary">
                  {t('phone.base', { points: formatCenti(centiOf(item.baseScore)) })}
                </Text>
                <Tag color={STATE_TAG[state].color} className="kaohe-phone-item-state">
                  {t(STATE_TAG[state].label)}
                </Tag>
              </span>
              <span className="kaohe-phone-item-content">{item.content}</span>
              <span className="kaohe-phone-item-scores">
                {(self || side === 'self') && (
                  <span>
                    <Text type="secondary">{t('table.selfScore')}</Text>
                    <strong>{score(self, item)}</strong>
                  </span>
                )}
                {review && (
                  <span>
                    <Text type="secondary">{t('table.reviewScore')}</Text>
                    <strong>{score(review, item)}</strong>
                  </span>
                )}
              </span>
              {returns.get(item.id)?.map((r) => {
                const overdue = dayjs(r.deadline).isBefore(dayjs(today), 'day');
                return (
                  <span key={`${r.departmentId}-${r.deadline}`} className="kaohe-phone-item-note">
                    {r.departmentName
                      ? t('table.returnedBy', { department: r.departmentName })
                      : t('table.returned')}
                    ：{r.reason}
                    <Text type={overdue ? 'danger' : 'secondary'}>
                      {' '}
                      {t('table.returnDeadline', { deadline: r.deadline })}
                      {overdue && `（${t('table.overdue')}）`}
                    </Text>
                  </span>
                );
              })}
              {remarks[item.id] && (
                <span className="kaohe-phone-item-note">
                  {t('table.remarks')}：{remarks[item.id]}
                </span>
              )}
            </button>
          </Fragment>
        );
      })}
      {(review || bonus) && rubric.bonusItems.length > 0 && (
        <>
          <h2 className="kaohe-phone-category">
            <span>{t('table.bonus')}</span>
          </h2>
          {rubric.bonusItems.map((b) => {
            const scored = review?.totals.bonusItems.find((s) => s.bonusItemId === b.id);
            return (
              <div key={b.id} className="kaohe-phone-item kaohe-phone-bonus">
                <span className="kaohe-phone-item-content">{b.content}</span>
                <span className="kaohe-phone-item-scores">
                  <Text type="secondary">
                    {b.cap === null
                      ? t('table.bonusNoCap')
                      : t('table.bonusCap', { cap: formatCenti(centiOf(b.cap)) })}
                  </Text>
                  {bonus?.onChange ? (
                    <BonusPointsInput rubric={rubric} bonusItem={b} bonus={bonus} width={72} />
                  ) : (
                    <strong>{points(scored && scored.awarded > 0 ? scored.counted : null)}</strong>
                  )}
                </span>
                {remarks[b.id] && <span className="kaohe-phone-item-note">{remarks[b.id]}</span>}
              </div>
            );
          })}
        </>
      )}
      <div className="kaohe-phone-summary" data-testid="phone-summary">
        <span className="kaohe-phone-summary-cell">
          <Text type="secondary">
            {t('table.subtotal')}（{formatCenti(subtotalBase)}）
          </Text>
          {self && (
            <span>
              {t('table.categorySelf', { points: '' })}
              <strong data-testid="subtotal-self">{points(self.totals.subtotal)}</strong>
            </span>
          )}
          {review && (
            <span>
              {t('table.categoryReview', { points: '' })}
              <strong data-testid="subtotal-review">{points(review.totals.subtotal)}</strong>
            </span>
          )}
        </span>
        <span className="kaohe-phone-summary-cell">
          <Text type="secondary">{t('table.total')}</Text>
          {self && (
            <span>
              {t('table.categorySelf', { points: '' })}
              <strong data-testid="total-self">{points(self.totals.total)}</strong>
            </span>
          )}
          {review && (
            <span>
              {t('table.categoryReview', { points: '' })}
              <strong data-testid="total-review">{points(review.totals.total)}</strong>
            </span>
          )}
        </span>
      </div>
    </div>
  );
}

/** The points a bonus item is awarded, typed in (the table's cell, a phone's card). */
export function BonusPointsInput({
  rubric,
  bonusItem,
  bonus,
  width,
}: {
  rubric: Rubric;
  bonusItem: { id: string; content: string };
  bonus: RubricTableBonus;
  width: number;
}) {
  const t = useT();
  return (
    <InputNumber<string>
      stringMode
      min="0"
      step={formatCenti(centiOf(rubric.step))}
      size="small"
      style={{ width }}
      aria-label={t('table.bonusPoints', { content: bonusItem.content })}
      value={bonus.awards[bonusItem.id] ?? null}
      onChange={(v) => bonus.onChange?.(bonusItem.id, v === null || v === '' ? undefined : v)}
    />
  );
}
