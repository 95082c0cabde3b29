/**
 * Try the rule as it is being written: pick an item and a unit type, enter inputs the way
 * a unit would, and see the score and its breakdown from the domain's `scoreItem` — the
 * scorer the assessments use, on the document in the editor.
 */
import { type ItemInputs, type Rubric, rubricItems } from '@kaohe/domain';
import { Alert, Button, Card, Flex, Select } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { ItemScorer, UnitTypeChoice } from '../scoring/item-scorer.tsx';

export interface ScoringPreviewProps {
  /** The parsed document, or null while it has shape problems the scorer cannot read. */
  rubric: Rubric | null;
  initialItemId?: string;
}

export function ScoringPreview({ rubric, initialItemId }: ScoringPreviewProps) {
  const t = useT();
  const itemLabel = useId();
  const items = rubric ? rubricItems(rubric) : [];
  const [itemId, setItemId] = useState<string | undefined>(initialItemId ?? items[0]?.item.id);
  const [unitType, setUnitType] = useState<string | undefined>(rubric?.unitTypes[0]?.id);
  const [inputs, setInputs] = useState<Record<string, ItemInputs>>({});
  useEffect(() => {
    if (initialItemId) setItemId(initialItemId);
  }, [initialItemId]);

  if (!rubric) return <Alert type="warning" showIcon title={t('rubric.previewNeedsShape')} />;
  const current = items.find(({ item }) => item.id === itemId) ?? items[0];
  const type = rubric.unitTypes.find((u) => u.id === unitType)?.id ?? rubric.unitTypes[0]?.id;
  if (!current || !type) return <Alert type="info" showIcon title={t('rubric.previewEmpty')} />;

  return (
    <Card size="small" data-testid="scoring-preview">
      <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
        {/* On a phone the choice goes under its label, as wide as the card. */}
        <Flex gap={8} align="center" wrap style={{ maxWidth: '100%' }}>
          <span id={itemLabel}>{t('rubric.previewItem')}</span>
          <Select<string>
            aria-labelledby={itemLabel}
            showSearch
            optionFilterProp="label"
            style={{ width: 360, maxWidth: '100%' }}
            value={current.item.id}
            onChange={setItemId}
            options={items.map(({ item }) => ({
              value: item.id,
              label: `${item.number}. ${item.content}`,
            }))}
          />
        </Flex>
        <UnitTypeChoice unitTypes={rubric.unitTypes} value={type} onChange={setUnitType} />
        <Button size="small" onClick={() => setInputs({})}>
          {t('preview.reset')}
        </Button>
      </Flex>
      <ItemScorer
        key={current.item.id}
        rubric={rubric}
        itemId={current.item.id}
        unitType={type}
        inputs={inputs[current.item.id]}
        onChange={(next) => setInputs((all) => ({ ...all, [current.item.id]: next }))}
      />
    </Card>
  );
}
