/**
 * One item scored: its criteria inputs, the live score from the domain's `scoreItem`
 * (the function the server decides with) and the breakdown in words beneath each field.
 */
import {
  type CriterionResult,
  type CriterionStatus,
  criterionDepartment,
  departmentName,
  findItem,
  formatCenti,
  type ItemInputs,
  type Rubric,
  scoreItem,
} from '@kaohe/domain';
import { Alert, Button, Flex, Radio, Tag, Typography } from 'antd';
import { useId, useMemo } from 'react';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { CriterionInput } from './criterion-input.tsx';
import { isChecklist, withCriterion } from './scoring-model.ts';
import './scoring.css';

export interface ItemScorerProps {
  rubric: Rubric;
  itemId: string;
  /** The assessed unit's type (thresholds pick their target by it). */
  unitType: string;
  inputs: ItemInputs | undefined;
  onChange: (next: ItemInputs) => void;
  disabled?: boolean;
  /**
   * A department's share of a shared item (8, 11, 21): only the criteria it judges are
   * editable and counted; the others are shown for reference.
   */
  department?: string;
}

const { Text } = Typography;

const STATUS_TYPE: Partial<
  Record<CriterionStatus, 'secondary' | 'success' | 'warning' | 'danger'>
> = {
  missing: 'secondary',
  met: 'success',
  level: 'success',
  judged: 'success',
  notMet: 'warning',
  noLevel: 'warning',
  deducted: 'danger',
  vetoed: 'danger',
};

export function ItemScorer({
  rubric,
  itemId,
  unitType,
  inputs,
  onChange,
  disabled,
  department,
}: ItemScorerProps) {
  const t = useT();
  const { locale } = useLocale();
  const change = (criterionId: string, next: Parameters<typeof withCriterion>[3]) =>
    onChange(withCriterion(item, inputs, criterionId, next, department));
  const score = useMemo(
    () => scoreItem(rubric, itemId, inputs, { unitType }, department ? { department } : {}),
    [rubric, itemId, inputs, unitType, department],
  );
  // scoreItem has already refused an unknown id.
  const item = findItem(rubric, itemId)!;
  const lines = new Map<string, CriterionResult>(score.breakdown.map((b) => [b.criterionId, b]));
  const ours = (criterionId: string) => lines.has(criterionId);
  const checklistOpen = item.rule.criteria.some(
    (c) => ours(c.id) && isChecklist(c) && inputs?.[c.id] === undefined,
  );
  const itemProblems = score.problems.filter((p) => p.criterionId === '');
  const base = formatCenti(score.base);

  return (
    <section className="kaohe-item-scorer" aria-label={t('drawer.title', { number: item.number })}>
      <Flex align="baseline" gap={12} wrap className="kaohe-item-score">
        <Text type="secondary">{t('scorer.score')}</Text>
        <output className="kaohe-item-points" data-testid="item-points">
          {formatCenti(score.points)}
        </output>
        <Text type="secondary">{t('scorer.ofBase', { base })}</Text>
        <Tag color={score.complete ? 'green' : 'orange'}>
          {score.complete ? t('scorer.complete') : t('scorer.incomplete')}
        </Tag>
      </Flex>
      {score.vetoed && <Alert type="error" showIcon title={t('scorer.vetoed')} />}
      {!score.vetoed && score.raw < 0 && (
        <Alert type="warning" showIcon title={t('scorer.clampedLow')} />
      )}
      {!score.vetoed && score.raw > score.base && (
        <Alert type="warning" showIcon title={t('scorer.clampedHigh', { base })} />
      )}
      {itemProblems.map((p) => (
        <Alert key={p.message.en} type="error" showIcon title={p.message[locale]} />
      ))}

      <ol className="kaohe-criteria">
        {item.rule.criteria.map((criterion) => {
          const line = lines.get(criterion.id);
          const owner = criterionDepartment(item, criterion);
          return (
            <li key={criterion.id} className="kaohe-criterion">
              <CriterionInput
                rubric={rubric}
                item={item}
                criterion={criterion}
                unitType={unitType}
                value={inputs?.[criterion.id]}
                disabled={disabled || !line}
                onChange={(next) => change(criterion.id, next)}
              />
              {line ? (
                // An invalid input says why beside its own field; its line would repeat it.
                line.status !== 'invalid' && (
                  <Text
                    type={STATUS_TYPE[line.status]}
                    className="kaohe-criterion-explanation"
                    data-testid={`explanation-${criterion.id}`}
                  >
                    {line.explanation[locale]}
                  </Text>
                )
              ) : (
                <Text type="secondary" className="kaohe-criterion-explanation">
                  {t('criterion.otherDepartment', { department: departmentName(rubric, owner) })}
                </Text>
              )}
            </li>
          );
        })}
      </ol>
      {checklistOpen && !disabled && (
        <Button
          size="small"
          onClick={() => {
            // Ticking nothing is a score too: record every open checklist entry as not met.
            const first = item.rule.criteria.find(
              (c) => ours(c.id) && isChecklist(c) && inputs?.[c.id] === undefined,
            );
            if (first) change(first.id, { met: false });
          }}
        >
          {t('scorer.noneMet')}
        </Button>
      )}
    </section>
  );
}

/** The unit type a preview scores as, as buttons (the rubric's preview and /preview). */
export function UnitTypeChoice({
  unitTypes,
  value,
  onChange,
}: {
  unitTypes: ReadonlyArray<{ id: string; name: string }>;
  value: string;
  onChange: (unitType: string) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <Flex align="center" gap={8}>
      <span id={id}>{t('preview.unitType')}</span>
      <Radio.Group
        aria-labelledby={id}
        optionType="button"
        size="small"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        options={unitTypes.map((u) => ({ value: u.id, label: u.name }))}
      />
    </Flex>
  );
}
