/**
 * What the drawer shows beneath an item's scorer: the unit's explanation (editable while
 * the item is), its evidence and the item's history; for the chairman's office and the
 * assessment office also each department's review. Its own chunk, loaded after the table.
 */
import type { Item, Rubric } from '@kaohe/domain';
import { Collapse, Descriptions, Flex, Tag, Typography } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import { formatDate } from '../../lib/labels.ts';
import type { AssessmentDetail } from '../../trpc.ts';
import { EvidenceList } from './evidence.tsx';
import { ExplanationField } from './explanation-field.tsx';
import { ItemHistory } from './item-history.tsx';
import { departmentNameOf } from './queries.ts';

function History({
  rubric,
  assessmentId,
  itemId,
}: {
  rubric: Rubric;
  assessmentId: string;
  itemId: string;
}) {
  const t = useT();
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'history',
          label: t('history.title'),
          children: <ItemHistory rubric={rubric} assessmentId={assessmentId} itemId={itemId} />,
        },
      ]}
    />
  );
}

/** The unit's own: explanation, evidence, history. */
export function UnitItemExtras({
  rubric,
  assessmentId,
  item,
  explanation,
  editable,
  showMissing,
  onExplanation,
}: {
  rubric: Rubric;
  assessmentId: string;
  item: Item;
  explanation: string;
  editable: boolean;
  showMissing: boolean;
  onExplanation: (text: string) => void;
}) {
  return (
    <Flex vertical gap={16}>
      <ExplanationField
        value={explanation}
        required={item.explanationRequired}
        disabled={!editable}
        showMissing={showMissing}
        onChange={onExplanation}
      />
      <EvidenceList assessmentId={assessmentId} itemId={item.id} editable={editable} />
      <History rubric={rubric} assessmentId={assessmentId} itemId={item.id} />
    </Flex>
  );
}

/** Everything about one item, read-only: explanation, evidence, each department's review, history. */
export function ReviewedItemExtras({
  rubric,
  assessment: a,
  item,
}: {
  rubric: Rubric;
  assessment: AssessmentDetail;
  item: Item;
}) {
  const t = useT();
  const row = a.items.find((i) => i.itemId === item.id);
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Text strong>{t('explanation.label')}</Typography.Text>
        <div className="kaohe-readonly-text">
          {row?.explanation ?? (
            <Typography.Text type="secondary">{t('explanation.none')}</Typography.Text>
          )}
        </div>
      </div>
      <EvidenceList assessmentId={a.id} itemId={item.id} editable={false} />
      {row && row.reviews.length > 0 && (
        <Descriptions
          size="small"
          bordered
          column={1}
          title={t('review.departmentsTitle')}
          items={row.reviews.map((r) => ({
            key: r.departmentId,
            label: departmentNameOf(rubric, r.departmentId),
            children: (
              <Flex vertical>
                <span>
                  {t('review.share', { score: r.reviewScore ?? t('table.notScored') })}
                  {r.status === 'returned' && (
                    <Tag color="orange" style={{ marginInlineStart: 8 }}>
                      {t('reviewStatus.returned')}
                    </Tag>
                  )}
                </span>
                {r.remarks && <Typography.Text type="secondary">{r.remarks}</Typography.Text>}
                {r.returnedReason && (
                  <Typography.Text type="warning">
                    {t('table.returnReason', { reason: r.returnedReason })}（
                    {formatDate(r.returnDeadline)}）
                  </Typography.Text>
                )}
              </Flex>
            ),
          }))}
        />
      )}
      <History rubric={rubric} assessmentId={a.id} itemId={item.id} />
    </Flex>
  );
}
