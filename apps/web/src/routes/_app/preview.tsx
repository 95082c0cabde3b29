/**
 * /preview: the 2011 rubric in the scoring table with local state only, so a person can
 * try every rule shape before the server exists. Unit type and the column being filled
 * are search params, so a link can show item 2 as a 局（产业）工会 sees it.
 */
import type { BonusAward, Item, ItemInputs } from '@kaohe/domain';
import { rubric2011 } from '@kaohe/domain/rubric-2011';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { Button, Card, Checkbox, Flex, Input, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useId, useMemo, useState } from 'react';
import { UnitTypeChoice } from '../../components/scoring/item-scorer.tsx';
import {
  type ReturnedItem,
  RubricTable,
  type ScoreSide,
} from '../../components/scoring/rubric-table.tsx';
import { scoreColumn } from '../../components/scoring/scoring-model.ts';
import { useT } from '../../i18n/locale.tsx';

const rubric = rubric2011;

/** Both optional, so a plain link to /preview needs none; the defaults apply in the page. */
interface PreviewSearch {
  unitType?: string;
  side?: ScoreSide;
}

// The 2011 rubric's unit types, by id. `validateSearch` stays in the entry chunk every page
// loads (only components are split off), so it names neither the rubric nor zod: either
// would put the domain and zod into /login's download.
const UNIT_TYPE_IDS: readonly string[] = ['district', 'devZone', 'bureau'];

function validatePreviewSearch(search: Record<string, unknown>): PreviewSearch {
  const out: PreviewSearch = {};
  const unitType = UNIT_TYPE_IDS.find((id) => id === search.unitType);
  if (unitType) out.unitType = unitType;
  if (search.side === 'review' || search.side === 'self') out.side = search.side;
  return out;
}

export const Route = createFileRoute('/_app/preview')({
  validateSearch: validatePreviewSearch,
  component: PreviewPage,
});

type Inputs = Record<string, ItemInputs | undefined>;

function PreviewPage() {
  const t = useT();
  const search = Route.useSearch();
  const unitType = search.unitType ?? rubric.unitTypes[0]!.id;
  const side = search.side ?? 'self';
  const navigate = useNavigate({ from: '/preview' });
  const [selfInputs, setSelfInputs] = useState<Inputs>({});
  const [reviewInputs, setReviewInputs] = useState<Inputs>({});
  const [bonusAwards, setBonusAwards] = useState<Record<string, string | undefined>>({});
  const [remarks, setRemarks] = useState<Record<string, string | undefined>>({});
  const [showReturns, setShowReturns] = useState(false);

  const bonus = useMemo<BonusAward[]>(
    () =>
      Object.entries(bonusAwards).flatMap(([bonusItemId, points]) =>
        points === undefined ? [] : [{ bonusItemId, points }],
      ),
    [bonusAwards],
  );
  const self = useMemo(() => scoreColumn(rubric, unitType, selfInputs), [unitType, selfInputs]);
  const review = useMemo(
    () => scoreColumn(rubric, unitType, reviewInputs, bonus),
    [unitType, reviewInputs, bonus],
  );
  const returnedItems = useMemo<ReturnedItem[]>(
    () =>
      showReturns
        ? [
            {
              itemId: 'union-founding',
              departmentId: 'org',
              reason: t('preview.sampleReturnReason'),
              deadline: dayjs().add(7, 'day').format('YYYY-MM-DD'),
            },
            {
              itemId: 'ankang-cup',
              departmentId: 'economic',
              reason: t('preview.sampleReturnReason2'),
              deadline: dayjs().subtract(2, 'day').format('YYYY-MM-DD'),
            },
          ]
        : [],
    [showReturns, t],
  );

  const setInputs = side === 'self' ? setSelfInputs : setReviewInputs;
  const reset = () => {
    setSelfInputs({});
    setReviewInputs({});
    setBonusAwards({});
    setRemarks({});
  };

  const remarksField = (item: Item) =>
    side === 'review' ? (
      <RemarksField
        value={remarks[item.id] ?? ''}
        onChange={(text) => setRemarks((r) => ({ ...r, [item.id]: text }))}
      />
    ) : null;

  return (
    <Flex vertical gap={12}>
      <div>
        <h1 className="kaohe-page-title">
          {rubric.title}
          <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 400 }}>
            （{t('preview.title')}）
          </Typography.Text>
        </h1>
        <Typography.Text type="secondary">{t('preview.intro')}</Typography.Text>
      </div>
      <Card size="small">
        <Flex align="center" gap={24} wrap>
          <UnitTypeChoice
            unitTypes={rubric.unitTypes}
            value={unitType}
            onChange={(v) => navigate({ search: (s) => ({ ...s, unitType: v }) })}
          />
          <Flex align="center" gap={8}>
            <span>{t('preview.side')}</span>
            <Segmented<ScoreSide>
              size="small"
              aria-label={t('preview.side')}
              value={side}
              onChange={(value) => navigate({ search: (s) => ({ ...s, side: value }) })}
              options={[
                { value: 'self', label: t('preview.sideSelf') },
                { value: 'review', label: t('preview.sideReview') },
              ]}
            />
          </Flex>
          <Checkbox checked={showReturns} onChange={(e) => setShowReturns(e.target.checked)}>
            {t('preview.showReturns')}
          </Checkbox>
          <Button size="small" onClick={reset}>
            {t('preview.reset')}
          </Button>
        </Flex>
      </Card>
      <RubricTable
        rubric={rubric}
        unitType={unitType}
        self={self}
        review={review}
        remarks={remarks}
        returnedItems={returnedItems}
        editing={{
          side,
          inputs: side === 'self' ? selfInputs : reviewInputs,
          onChange: (itemId, next) => setInputs((all) => ({ ...all, [itemId]: next })),
        }}
        bonus={{
          awards: bonusAwards,
          onChange: (id, points) => setBonusAwards((all) => ({ ...all, [id]: points })),
        }}
        renderItemExtra={remarksField}
        stickyOffset={48}
      />
    </Flex>
  );
}

function RemarksField({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const t = useT();
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>
        <Typography.Text strong>{t('preview.remarks')}</Typography.Text>
      </label>
      <Input.TextArea
        id={id}
        rows={3}
        maxLength={2000}
        placeholder={t('preview.remarksPlaceholder')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        style={{ marginTop: 6 }}
      />
    </div>
  );
}
