/**
 * One criterion of an item's rule, edited through a form shaped like its kind: points for
 * an award or pass/fail (with an optional indicator threshold and a target per unit
 * type), levels, a deduction per occurrence, a veto, a judged maximum. Changing the kind
 * keeps the criterion's id, words and department.
 */
import {
  CRITERION_KINDS,
  type Criterion,
  type CriterionKind,
  type Rubric,
  type RubricPath,
  type Target,
  type Threshold,
} from '@kaohe/domain';
import { Flex, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { Fragment, useId } from 'react';
import { useLocale, useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { EditableRows, GrowingText } from './document-fields.tsx';
import { describeCriterion, fieldId, newCriterion, newId } from './rubric-model.ts';

export const KIND_LABEL: Record<CriterionKind, MessageKey> = {
  award: 'rubric.kind.award',
  passFail: 'rubric.kind.passFail',
  levels: 'rubric.kind.levels',
  deduction: 'rubric.kind.deduction',
  veto: 'rubric.kind.veto',
  holistic: 'rubric.kind.holistic',
};

export interface CriterionFormProps {
  rubric: Pick<Rubric, 'unitTypes' | 'departments' | 'step'>;
  /** The item's departments: a criterion of a shared item names the one that judges it. */
  itemDepartments: string[];
  criterion: Criterion;
  /** Where the criterion is in the document (for field ids the validation panel focuses). */
  path: RubricPath;
  onChange: (next: Criterion) => void;
  readOnly?: boolean;
}

const { Text } = Typography;

/** A point value field: clearing it mid-typing keeps the last number in the document. */
function PointsInput({
  id,
  label,
  value,
  onChange,
  readOnly,
  step,
  integer,
}: {
  id: string;
  label: string;
  value: number | undefined;
  onChange: (n: number) => void;
  readOnly?: boolean;
  step?: number;
  integer?: boolean;
}) {
  return (
    <InputNumber<number>
      id={id}
      aria-label={label}
      size="small"
      min={integer ? 1 : 0}
      step={step ?? 1}
      precision={integer ? 0 : undefined}
      style={{ width: 96 }}
      value={value}
      disabled={readOnly}
      onChange={(n) => {
        if (n !== null && Number.isFinite(n)) onChange(n);
      }}
    />
  );
}

export function CriterionForm({
  rubric,
  itemDepartments,
  criterion,
  path,
  onChange,
  readOnly,
}: CriterionFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const textId = fieldId([...path, 'text']);
  const kindId = useId();
  const deptId = fieldId([...path, 'department']);
  const deptName = (id: string) => rubric.departments.find((d) => d.id === id)?.name ?? id;

  return (
    <div
      className="kaohe-rule-form"
      id={fieldId(path)}
      data-testid={`criterion-form-${criterion.id}`}
    >
      <Flex gap={8} wrap align="center">
        <label htmlFor={kindId}>{t('rubric.ruleKind')}</label>
        <Select<CriterionKind>
          id={kindId}
          aria-label={t('rubric.ruleKind')}
          size="small"
          style={{ width: 150 }}
          value={criterion.kind}
          disabled={readOnly}
          onChange={(kind) => onChange(newCriterion(kind, criterion))}
          options={CRITERION_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
        />
        {itemDepartments.length > 1 && (
          <>
            <label htmlFor={deptId}>{t('rubric.criterionDepartment')}</label>
            <Select<string>
              id={deptId}
              aria-label={t('rubric.criterionDepartment')}
              size="small"
              style={{ width: 160 }}
              allowClear
              placeholder={t('rubric.chooseDepartment')}
              value={criterion.department}
              disabled={readOnly}
              onChange={(d) => {
                const { department: _, ...rest } = criterion;
                onChange(d ? ({ ...rest, department: d } as Criterion) : (rest as Criterion));
              }}
              options={itemDepartments.map((d) => ({ value: d, label: deptName(d) }))}
            />
          </>
        )}
      </Flex>
      <label htmlFor={textId} className="kaohe-rule-label">
        {t('rubric.criterionText')}
      </label>
      <GrowingText
        id={textId}
        minRows={1}
        maxRows={4}
        value={criterion.text}
        readOnly={readOnly}
        onChange={(text) => onChange({ ...criterion, text })}
      />
      <KindFields
        criterion={criterion}
        path={path}
        onChange={onChange}
        readOnly={readOnly}
        unitTypes={rubric.unitTypes}
      />
      <Text type="secondary" className="kaohe-rule-words" data-testid="rule-words">
        {describeCriterion(rubric, criterion)[locale]}
      </Text>
    </div>
  );
}

function KindFields({
  criterion,
  path,
  onChange,
  readOnly,
  unitTypes,
}: {
  criterion: Criterion;
  path: RubricPath;
  onChange: (next: Criterion) => void;
  readOnly?: boolean;
  unitTypes: Rubric['unitTypes'];
}) {
  const t = useT();
  switch (criterion.kind) {
    case 'award':
    case 'passFail': {
      const id = fieldId([...path, 'points']);
      return (
        <>
          <Flex gap={8} align="center" wrap>
            <label htmlFor={id}>{t('rubric.points')}</label>
            <PointsInput
              id={id}
              label={t('rubric.points')}
              value={criterion.points}
              readOnly={readOnly}
              onChange={(points) => onChange({ ...criterion, points })}
            />
            <Switch
              size="small"
              checked={criterion.threshold !== undefined}
              disabled={readOnly}
              aria-label={t('rubric.useThreshold')}
              onChange={(on) => {
                const { threshold: _, ...rest } = criterion;
                onChange(on ? { ...rest, threshold: defaultThreshold() } : rest);
              }}
            />
            <span>{t('rubric.useThreshold')}</span>
          </Flex>
          {criterion.threshold && (
            <ThresholdFields
              threshold={criterion.threshold}
              path={[...path, 'threshold']}
              unitTypes={unitTypes}
              readOnly={readOnly}
              onChange={(threshold) => onChange({ ...criterion, threshold })}
            />
          )}
        </>
      );
    }
    case 'levels':
      return (
        <div id={fieldId([...path, 'levels'])}>
          <EditableRows
            rows={criterion.levels}
            rowKey={(level) => level.id}
            readOnly={readOnly}
            onChange={(levels) => onChange({ ...criterion, levels })}
            create={() => ({ id: newId('l'), text: '', points: 0 })}
            removeLabel={t('rubric.removeLevel')}
            addLabel={t('rubric.addLevel')}
          >
            {(level, li, setLevel) => {
              const textId = fieldId([...path, 'levels', li, 'text']);
              const pointsId = fieldId([...path, 'levels', li, 'points']);
              return (
                <>
                  <label htmlFor={textId}>{t('rubric.levelN', { n: li + 1 })}</label>
                  <Input
                    id={textId}
                    size="small"
                    value={level.text}
                    disabled={readOnly}
                    onChange={(e) => setLevel({ ...level, text: e.target.value })}
                    style={{ flex: 1 }}
                  />
                  <label htmlFor={pointsId}>{t('rubric.points')}</label>
                  <PointsInput
                    id={pointsId}
                    label={t('rubric.levelPoints', { n: li + 1 })}
                    value={level.points}
                    readOnly={readOnly}
                    onChange={(points) => setLevel({ ...level, points })}
                  />
                </>
              );
            }}
          </EditableRows>
        </div>
      );
    case 'deduction': {
      const id = fieldId([...path, 'pointsPerOccurrence']);
      const maxId = fieldId([...path, 'maxOccurrences']);
      return (
        <Flex gap={8} align="center" wrap>
          <label htmlFor={id}>{t('rubric.pointsPerOccurrence')}</label>
          <PointsInput
            id={id}
            label={t('rubric.pointsPerOccurrence')}
            value={criterion.pointsPerOccurrence}
            readOnly={readOnly}
            onChange={(pointsPerOccurrence) => onChange({ ...criterion, pointsPerOccurrence })}
          />
          <label htmlFor={maxId}>{t('rubric.maxOccurrences')}</label>
          <InputNumber<number>
            id={maxId}
            aria-label={t('rubric.maxOccurrences')}
            size="small"
            min={1}
            precision={0}
            style={{ width: 96 }}
            placeholder={t('rubric.noLimit')}
            value={criterion.maxOccurrences}
            disabled={readOnly}
            onChange={(n) => {
              const { maxOccurrences: _, ...rest } = criterion;
              onChange(n ? { ...rest, maxOccurrences: n } : rest);
            }}
          />
        </Flex>
      );
    }
    case 'veto':
      return <Text type="secondary">{t('rubric.vetoHint')}</Text>;
    case 'holistic': {
      const id = fieldId([...path, 'max']);
      return (
        <Flex gap={8} align="center">
          <label htmlFor={id}>{t('rubric.holisticMax')}</label>
          <PointsInput
            id={id}
            label={t('rubric.holisticMax')}
            value={criterion.max}
            readOnly={readOnly}
            onChange={(max) => onChange({ ...criterion, max })}
          />
        </Flex>
      );
    }
  }
}

function defaultThreshold(): Threshold {
  return {
    indicator: { id: newId('rate'), name: '' },
    targets: [{ percent: 100 }],
  };
}

/** The indicator's words: its name, and what its rate divides (optional). */
const INDICATOR_FIELDS: ReadonlyArray<{
  field: 'name' | 'numeratorLabel' | 'denominatorLabel';
  label: MessageKey;
  width: number;
}> = [
  { field: 'name', label: 'rubric.indicatorName', width: 180 },
  { field: 'numeratorLabel', label: 'rubric.numeratorLabel', width: 140 },
  { field: 'denominatorLabel', label: 'rubric.denominatorLabel', width: 140 },
];

function ThresholdFields({
  threshold,
  path,
  unitTypes,
  onChange,
  readOnly,
}: {
  threshold: Threshold;
  path: RubricPath;
  unitTypes: Rubric['unitTypes'];
  onChange: (next: Threshold) => void;
  readOnly?: boolean;
}) {
  const t = useT();
  const setIndicator = (change: Partial<Threshold['indicator']>) => {
    const indicator = { ...threshold.indicator, ...change };
    if (!indicator.numeratorLabel) delete indicator.numeratorLabel;
    if (!indicator.denominatorLabel) delete indicator.denominatorLabel;
    onChange({ ...threshold, indicator });
  };
  return (
    <fieldset className="kaohe-threshold" id={fieldId(path)}>
      <legend>{t('rubric.threshold')}</legend>
      <Flex gap={8} align="center" wrap className="kaohe-rule-row">
        {INDICATOR_FIELDS.map(({ field, label, width }) => {
          const id = fieldId([...path, 'indicator', field]);
          return (
            <Fragment key={field}>
              <label htmlFor={id}>{t(label)}</label>
              <Input
                id={id}
                size="small"
                style={{ width }}
                value={threshold.indicator[field] ?? ''}
                disabled={readOnly}
                onChange={(e) => setIndicator({ [field]: e.target.value })}
              />
            </Fragment>
          );
        })}
      </Flex>
      <div id={fieldId([...path, 'targets'])}>
        <EditableRows
          rows={threshold.targets}
          // Targets have no id; order is their identity.
          rowKey={(_, ti) => ti}
          rowId={(ti) => fieldId([...path, 'targets', ti])}
          wrap
          readOnly={readOnly}
          onChange={(targets) => onChange({ ...threshold, targets })}
          create={(): Target => ({ percent: 100 })}
          removeLabel={t('rubric.removeTarget')}
          addLabel={t('rubric.addTarget')}
        >
          {(target, ti, setTarget) => {
            const percentId = fieldId([...path, 'targets', ti, 'percent']);
            const typesId = fieldId([...path, 'targets', ti, 'unitTypes']);
            return (
              <>
                <label htmlFor={typesId}>{t('rubric.targetUnitTypes')}</label>
                <Select<string[]>
                  id={typesId}
                  mode="multiple"
                  size="small"
                  style={{ minWidth: 220 }}
                  aria-label={t('rubric.targetUnitTypesN', { n: ti + 1 })}
                  placeholder={t('rubric.allOtherUnitTypes')}
                  value={target.unitTypes ?? []}
                  disabled={readOnly}
                  onChange={(ids) => {
                    const { unitTypes: _, ...rest } = target;
                    setTarget(ids.length > 0 ? { ...rest, unitTypes: ids } : rest);
                  }}
                  options={unitTypes.map((u) => ({ value: u.id, label: u.name }))}
                />
                <label htmlFor={percentId}>{t('rubric.targetPercent')}</label>
                <InputNumber<number>
                  id={percentId}
                  aria-label={t('rubric.targetPercentN', { n: ti + 1 })}
                  size="small"
                  min={0}
                  max={100}
                  style={{ width: 96 }}
                  suffix="%"
                  value={target.percent}
                  disabled={readOnly}
                  onChange={(n) => {
                    if (n !== null) setTarget({ ...target, percent: n });
                  }}
                />
              </>
            );
          }}
        </EditableRows>
      </div>
    </fieldset>
  );
}
