/**
 * One criterion of an item's 评分标准, entered the way its rule reads: a tick for a
 * checklist entry, a choice of level, a count of occurrences, a veto, a judged value,
 * or the two figures of a reported rate.
 */
import {
  type Criterion,
  type CriterionInput as CriterionInputValue,
  formatCenti,
  type Item,
  type Rubric,
  tryToCenti,
} from '@kaohe/domain';
import { Checkbox, Flex, InputNumber, Radio, Tag, Typography } from 'antd';
import { useId, useMemo } from 'react';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { centiOf, criterionLine, thresholdTarget } from './scoring-model.ts';

export interface CriterionInputProps {
  rubric: Rubric;
  item: Item;
  criterion: Criterion;
  /** The assessed unit's type: a threshold's target depends on it (item 2). */
  unitType: string;
  value: CriterionInputValue | undefined;
  onChange: (next: CriterionInputValue | undefined) => void;
  disabled?: boolean;
}

// Level ids are rubric ids, which start with a letter or digit: this one cannot collide.
const NO_LEVEL = '_none';

const { Text } = Typography;

export function CriterionInput(props: CriterionInputProps) {
  const { criterion } = props;
  switch (criterion.kind) {
    case 'award':
    case 'passFail':
      return criterion.threshold ? <ThresholdInput {...props} /> : <ChecklistInput {...props} />;
    case 'levels':
      return <LevelsInput {...props} />;
    case 'deduction':
      return <DeductionInput {...props} />;
    case 'veto':
      return <VetoInput {...props} />;
    case 'holistic':
      return <HolisticInput {...props} />;
  }
}

/** "3.0" (what a step gives) → "3"; text that is not a decimal stays for the engine to refuse. */
function canonical(text: string): string {
  const c = tryToCenti(text);
  return c === undefined ? text : formatCenti(c);
}

function pointsOf(criterion: Criterion): string {
  return criterion.kind === 'award' || criterion.kind === 'passFail'
    ? formatCenti(centiOf(criterion.points))
    : '';
}

function ChecklistInput({ criterion, value, onChange, disabled }: CriterionInputProps) {
  const t = useT();
  return (
    <Checkbox
      checked={value?.met === true}
      disabled={disabled}
      onChange={(e) => onChange({ met: e.target.checked })}
    >
      {t('criterion.withPoints', { text: criterion.text, points: pointsOf(criterion) })}
    </Checkbox>
  );
}

function LevelsInput({ criterion, value, onChange, disabled }: CriterionInputProps) {
  const t = useT();
  const labelId = useId();
  if (criterion.kind !== 'levels') return null;
  const selected =
    value?.levelId === undefined ? undefined : value.levelId === null ? NO_LEVEL : value.levelId;
  return (
    <div role="radiogroup" aria-labelledby={labelId}>
      <Text id={labelId} strong className="kaohe-criterion-label">
        {criterion.text}
      </Text>
      <Radio.Group
        vertical
        value={selected}
        disabled={disabled}
        onChange={(e) => onChange({ levelId: e.target.value === NO_LEVEL ? null : e.target.value })}
        options={[
          ...criterion.levels.map((level) => ({
            value: level.id,
            label: t('criterion.withPoints', {
              text: level.text,
              points: formatCenti(centiOf(level.points)),
            }),
          })),
          { value: NO_LEVEL, label: t('criterion.levelNone') },
        ]}
      />
    </div>
  );
}

function DeductionInput({ criterion, value, onChange, disabled }: CriterionInputProps) {
  const t = useT();
  const id = useId();
  if (criterion.kind !== 'deduction') return null;
  const count = value?.count ?? 0;
  const each = centiOf(criterion.pointsPerOccurrence);
  return (
    <div>
      <Text strong className="kaohe-criterion-label">
        {criterion.text}
      </Text>
      <Flex align="center" gap={8} wrap>
        <label htmlFor={id}>{t('criterion.occurrences')}</label>
        <InputNumber<number>
          id={id}
          aria-label={`${criterion.text} ${t('criterion.occurrences')}`}
          min={0}
          max={criterion.maxOccurrences ?? 1000}
          precision={0}
          step={1}
          size="small"
          style={{ width: 88 }}
          value={count}
          disabled={disabled}
          onChange={(next) => onChange({ count: next ?? 0 })}
        />
        <Text type="secondary">{t('criterion.perOccurrence', { points: formatCenti(each) })}</Text>
        {count > 0 && (
          <Text type="danger">
            {t('criterion.deductionTotal', { points: formatCenti(count * each) })}
          </Text>
        )}
      </Flex>
    </div>
  );
}

function VetoInput({ criterion, value, onChange, disabled }: CriterionInputProps) {
  const t = useT();
  const triggered = value?.triggered === true;
  return (
    <Flex align="center" gap={8} wrap>
      <Checkbox
        checked={triggered}
        disabled={disabled}
        onChange={(e) => onChange({ triggered: e.target.checked })}
      >
        {criterion.text}
      </Checkbox>
      <Tag color={triggered ? 'red' : 'default'}>
        {triggered ? t('criterion.vetoTriggered') : t('criterion.veto')}
      </Tag>
    </Flex>
  );
}

/** The criterion's line as the domain scores it, with what the user entered. */
function useCriterionLine({ rubric, item, criterion, value, unitType }: CriterionInputProps) {
  return useMemo(
    () => criterionLine(rubric, item.id, criterion.id, value, unitType),
    [rubric, item.id, criterion.id, value, unitType],
  );
}

function HolisticInput(props: CriterionInputProps) {
  const { rubric, criterion, value, onChange, disabled } = props;
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const { problem } = useCriterionLine(props);
  if (criterion.kind !== 'holistic') return null;
  const max = formatCenti(centiOf(criterion.max));
  const step = formatCenti(centiOf(rubric.step));
  return (
    <div>
      <Text strong className="kaohe-criterion-label">
        {criterion.text}
      </Text>
      <Flex align="center" gap={8} wrap>
        <label htmlFor={id}>{t('criterion.holistic')}</label>
        {/* No `max` here on purpose: the field would silently turn 4.5 into 4. The engine
            refuses it instead, and says why beside the field. */}
        <InputNumber<string>
          id={id}
          stringMode
          min="0"
          step={step}
          size="small"
          style={{ width: 96 }}
          status={problem ? 'error' : undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint`}
          value={value?.value === undefined ? null : String(value.value)}
          // As typed, not padded to the step's decimals ("2", not "2.0").
          formatter={(v) => (v === undefined ? '' : String(v))}
          disabled={disabled}
          onChange={(next) =>
            onChange(next === null || next === '' ? undefined : { value: canonical(next) })
          }
        />
        <Text type="secondary" id={`${id}-hint`}>
          {t('criterion.holisticRange', { max, step })}
        </Text>
      </Flex>
      {problem && (
        <Text type="danger" role="alert" className="kaohe-field-problem">
          {problem[locale]}
        </Text>
      )}
    </div>
  );
}

function ThresholdInput(props: CriterionInputProps) {
  const { rubric, item, criterion, unitType, value, onChange, disabled } = props;
  const t = useT();
  const { locale } = useLocale();
  const numeratorId = useId();
  const denominatorId = useId();
  const line = useCriterionLine(props);
  const target = useMemo(
    () => thresholdTarget(rubric, item.id, criterion.id, unitType),
    [rubric, item.id, criterion.id, unitType],
  );
  if ((criterion.kind !== 'award' && criterion.kind !== 'passFail') || !criterion.threshold) {
    return null;
  }
  const { indicator, targets } = criterion.threshold;
  const byUnitType = targets.some((x) => x.unitTypes !== undefined);
  const unitTypeName = rubric.unitTypes.find((u) => u.id === unitType)?.name ?? unitType;

  const update = (field: 'numerator' | 'denominator', next: number | null) => {
    const merged = { ...value, [field]: next ?? undefined };
    if (merged.numerator === undefined) delete merged.numerator;
    if (merged.denominator === undefined) delete merged.denominator;
    onChange(Object.keys(merged).length === 0 ? undefined : merged);
  };

  const { result, problem } = line;
  const decided = result.status === 'met' || result.status === 'notMet';
  return (
    <div>
      <Text strong className="kaohe-criterion-label">
        {t('criterion.withPoints', { text: criterion.text, points: pointsOf(criterion) })}
      </Text>
      <Flex align="center" gap={12} wrap>
        {(
          [
            ['numerator', numeratorId, indicator.numeratorLabel, 0],
            ['denominator', denominatorId, indicator.denominatorLabel, 1],
          ] as const
        ).map(([part, id, label, min]) => (
          <Flex key={part} align="center" gap={6}>
            <label htmlFor={id}>{label ?? t(`criterion.${part}`)}</label>
            <InputNumber<number>
              id={id}
              min={min}
              precision={0}
              size="small"
              style={{ width: 104 }}
              value={value?.[part] ?? null}
              disabled={disabled}
              status={problem ? 'error' : undefined}
              onChange={(next) => update(part, next)}
            />
          </Flex>
        ))}
      </Flex>
      <Flex align="center" gap={8} wrap className="kaohe-threshold-summary" aria-live="polite">
        {target === undefined ? (
          <Text type="warning">{t('threshold.noTarget')}</Text>
        ) : (
          <>
            <Text>
              {t('threshold.summary', {
                indicator: indicator.name,
                rate:
                  result.rate === undefined
                    ? t('threshold.noRate')
                    : `${formatCenti(result.rate)}%`,
                target: `${formatCenti(target)}%`,
              })}
            </Text>
            {decided && (
              <Tag color={result.status === 'met' ? 'green' : 'orange'}>
                {result.status === 'met' ? t('threshold.met') : t('threshold.notMet')}
              </Tag>
            )}
            {byUnitType && (
              <Text type="secondary">{t('threshold.appliesTo', { unitType: unitTypeName })}</Text>
            )}
          </>
        )}
      </Flex>
      {problem && (
        <Text type="danger" role="alert" className="kaohe-field-problem">
          {problem[locale]}
        </Text>
      )}
    </div>
  );
}
