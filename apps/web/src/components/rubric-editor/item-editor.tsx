/**
 * One item of the rubric: 考核内容, its departments (the first leads), 基本分值, the
 * 评分标准 text as the table prints it, and its structured rule, one criterion form each.
 */
import {
  criteriaTextFromRule,
  criteriaTextMismatch,
  formatCenti,
  type Item,
  type Rubric,
  type RubricPath,
  ruleMaximum,
} from '@kaohe/domain';
import { Alert, Button, Card, Flex, InputNumber, Select, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { GrowingText } from './document-fields.tsx';
import { fieldId, newCriterion, updateCriterion } from './rubric-model.ts';
import { CriterionForm } from './rule-form.tsx';

export interface ItemEditorProps {
  rubric: Rubric;
  item: Item;
  path: RubricPath;
  onChange: (next: Item) => void;
  readOnly?: boolean;
  /** Under the title: last year's figures of the item (issue 19). */
  note?: ReactNode;
}

const { Text } = Typography;

export function ItemEditor({ rubric, item, path, onChange, readOnly, note }: ItemEditorProps) {
  const t = useT();
  const { locale } = useLocale();
  const contentId = fieldId([...path, 'content']);
  const deptId = fieldId([...path, 'departments']);
  const baseId = fieldId([...path, 'baseScore']);
  const textId = fieldId([...path, 'criteriaText']);
  const explanationId = fieldId([...path, 'explanationRequired']);
  const reachable = formatCenti(ruleMaximum(item));
  const mismatch = criteriaTextMismatch(item);
  const fromRule = mismatch ? criteriaTextFromRule(item) : null;
  /** One of the item's texts as a `GrowingText`'s id, value and change. */
  const itemText = (field: 'content' | 'criteriaText') => ({
    id: fieldId([...path, field]),
    value: item[field],
    readOnly,
    onChange: (text: string) => onChange({ ...item, [field]: text }),
  });

  const moveCriterion = (ki: number, direction: -1 | 1) => {
    const criteria = [...item.rule.criteria];
    const target = ki + direction;
    if (target < 0 || target >= criteria.length) return;
    [criteria[ki], criteria[target]] = [criteria[target]!, criteria[ki]!];
    onChange({ ...item, rule: { criteria } });
  };

  return (
    <section
      className="kaohe-item-editor"
      id={fieldId(path)}
      aria-label={t('rubric.itemN', { n: item.number })}
    >
      <h3 className="kaohe-item-editor-title">{t('rubric.itemN', { n: item.number })}</h3>
      {note}
      <div className="kaohe-form-grid">
        <label htmlFor={contentId}>{t('rubric.content')}</label>
        <GrowingText {...itemText('content')} minRows={1} maxRows={4} />
        <label htmlFor={deptId}>{t('rubric.departments')}</label>
        <Select<string[]>
          id={deptId}
          mode="multiple"
          value={item.departments}
          disabled={readOnly}
          placeholder={t('rubric.chooseDepartment')}
          onChange={(departments) => onChange({ ...item, departments })}
          options={rubric.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <label htmlFor={baseId}>{t('rubric.baseScore')}</label>
        <Flex gap={12} align="center">
          <InputNumber<number>
            id={baseId}
            min={0}
            style={{ width: 110 }}
            value={item.baseScore}
            disabled={readOnly}
            onChange={(n) => {
              if (n !== null) onChange({ ...item, baseScore: n });
            }}
          />
          <Text type="secondary">{t('rubric.reachable', { points: reachable })}</Text>
        </Flex>
        <label htmlFor={textId}>{t('rubric.criteriaText')}</label>
        <Flex vertical gap={6}>
          <GrowingText {...itemText('criteriaText')} minRows={2} maxRows={8} />
          {mismatch && fromRule !== null && (
            <Alert
              type="warning"
              showIcon
              data-testid="criteria-text-mismatch"
              title={t('rubricText.mismatch')}
              description={
                <Flex vertical gap={4} align="flex-start">
                  <span>{mismatch.detail[locale]}</span>
                  {!readOnly && (
                    <>
                      <Text type="secondary">{t('rubricText.proposed', { text: fromRule })}</Text>
                      <Button
                        size="small"
                        onClick={() => onChange({ ...item, criteriaText: fromRule })}
                      >
                        {t('rubricText.regenerate')}
                      </Button>
                    </>
                  )}
                </Flex>
              }
            />
          )}
        </Flex>
        <label htmlFor={explanationId}>{t('rubric.explanationRequired')}</label>
        <div>
          <Switch
            id={explanationId}
            size="small"
            checked={item.explanationRequired}
            disabled={readOnly}
            onChange={(explanationRequired) => onChange({ ...item, explanationRequired })}
          />
        </div>
      </div>
      <h4 className="kaohe-item-editor-subtitle" id={fieldId([...path, 'rule'])} tabIndex={-1}>
        {t('rubric.rule')}
      </h4>
      <Flex vertical gap={8}>
        {item.rule.criteria.map((criterion, ki) => (
          <Card
            key={criterion.id}
            size="small"
            title={t('rubric.criterionN', { n: ki + 1 })}
            extra={
              <Flex gap={4}>
                <Button
                  size="small"
                  disabled={readOnly || ki === 0}
                  aria-label={t('rubric.criterionUp', { n: ki + 1 })}
                  onClick={() => moveCriterion(ki, -1)}
                >
                  ↑
                </Button>
                <Button
                  size="small"
                  disabled={readOnly || ki === item.rule.criteria.length - 1}
                  aria-label={t('rubric.criterionDown', { n: ki + 1 })}
                  onClick={() => moveCriterion(ki, 1)}
                >
                  ↓
                </Button>
                <Button
                  size="small"
                  danger
                  disabled={readOnly || item.rule.criteria.length <= 1}
                  onClick={() =>
                    onChange({
                      ...item,
                      rule: { criteria: item.rule.criteria.filter((_, i) => i !== ki) },
                    })
                  }
                >
                  {t('rubric.removeCriterion')}
                </Button>
              </Flex>
            }
          >
            <CriterionForm
              rubric={rubric}
              itemDepartments={item.departments}
              criterion={criterion}
              path={[...path, 'rule', 'criteria', ki]}
              readOnly={readOnly}
              onChange={(next) => onChange(updateCriterion(item, ki, () => next))}
            />
          </Card>
        ))}
        <div>
          <Button
            disabled={readOnly}
            onClick={() =>
              onChange({
                ...item,
                rule: { criteria: [...item.rule.criteria, newCriterion('award')] },
              })
            }
          >
            {t('rubric.addCriterion')}
          </Button>
        </div>
      </Flex>
    </section>
  );
}
