/**
 * One cell of the review grid opened: the unit's self score with its explanation,
 * evidence and criterion inputs, and beneath it the department's own criteria to score
 * (ItemScorer with `department`), the remarks — required where the review differs from
 * the self score on the same criteria — and the item's history.
 */
import { findItem, formatCenti, type ItemInputs, type Rubric, toCenti } from '@kaohe/domain';
import { reviewShare } from '@kaohe/workflow/browser';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Collapse,
  Descriptions,
  Divider,
  Drawer,
  Flex,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useLocale, useT } from '../../i18n/locale.tsx';
import { toAppError } from '../../lib/app-error.ts';
import type { Autosave } from '../../lib/autosave.ts';
import { formatDate } from '../../lib/labels.ts';
import { type AssessmentDetail, useTRPC } from '../../trpc.ts';
import { EvidenceList } from '../assessment/evidence.tsx';
import { ItemHistory } from '../assessment/item-history.tsx';
import { departmentNameOf } from '../assessment/queries.ts';
import { SaveIndicator } from '../save-indicator.tsx';
import { ItemScorer } from '../scoring/item-scorer.tsx';
import { RemarksField } from './remarks-field.tsx';

export interface ReviewDraft {
  inputs: ItemInputs | undefined;
  remarks: string;
}

export interface ReviewCell {
  assessmentId: string;
  itemId: string;
  unitName: string;
  unitTypeId: string;
}

export const cellKey = (assessmentId: string, itemId: string) => `${assessmentId}/${itemId}`;

/** The department's saved review of an item, as a draft. */
export function serverDraft(
  a: AssessmentDetail | undefined,
  itemId: string,
  departmentId: string,
): ReviewDraft {
  const review = a?.items
    .find((i) => i.itemId === itemId)
    ?.reviews.find((r) => r.departmentId === departmentId);
  const inputs = review?.reviewInputs as ItemInputs | null | undefined;
  return {
    inputs: inputs && Object.keys(inputs).length > 0 ? inputs : undefined,
    remarks: review?.remarks ?? '',
  };
}

export function ReviewDrawer({
  cell,
  rubric,
  departmentId,
  items,
  drafts,
  autosave,
  onChange,
  onNavigate,
  onReturn,
  onReload,
  onAdopt,
  onClose,
}: {
  cell: ReviewCell | null;
  rubric: Rubric;
  departmentId: string;
  /** The department's items in 序号 order, for 上一项/下一项. */
  items: Array<{ itemId: string; number: number }>;
  drafts: Record<string, ReviewDraft | undefined>;
  autosave: Pick<Autosave<unknown>, 'status' | 'savedAt' | 'retry'>;
  onChange: (cell: ReviewCell, draft: ReviewDraft) => void;
  onNavigate: (itemId: string) => void;
  onReturn: (cell: ReviewCell) => void;
  onReload: (assessmentId: string) => void;
  /** 采用自评分 of this item (the reviewer's decision, recorded as such). */
  onAdopt?: (cell: ReviewCell) => void;
  onClose: () => void;
}) {
  const t = useT();
  const index = cell ? items.findIndex((i) => i.itemId === cell.itemId) : -1;
  const number = items[index]?.number;
  return (
    <Drawer
      open={cell !== null}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={cell ? `${cell.unitName}　${t('drawer.title', { number: number ?? '' })}` : ''}
      extra={
        <SaveIndicator autosave={autosave} onReload={() => cell && onReload(cell.assessmentId)} />
      }
      footer={
        <Flex justify="space-between">
          <Button disabled={index <= 0} onClick={() => onNavigate(items[index - 1]!.itemId)}>
            {t('drawer.previous')}
          </Button>
          <Button
            disabled={index < 0 || index >= items.length - 1}
            onClick={() => onNavigate(items[index + 1]!.itemId)}
          >
            {t('drawer.next')}
          </Button>
        </Flex>
      }
    >
      {cell && (
        <CellBody
          key={cellKey(cell.assessmentId, cell.itemId)}
          cell={cell}
          rubric={rubric}
          departmentId={departmentId}
          draft={drafts[cellKey(cell.assessmentId, cell.itemId)]}
          onChange={(d) => onChange(cell, d)}
          onReturn={() => onReturn(cell)}
          onAdopt={onAdopt && (() => onAdopt(cell))}
        />
      )}
    </Drawer>
  );
}

function CellBody({
  cell,
  rubric,
  departmentId,
  draft,
  onChange,
  onReturn,
  onAdopt,
}: {
  cell: ReviewCell;
  rubric: Rubric;
  departmentId: string;
  draft: ReviewDraft | undefined;
  onChange: (draft: ReviewDraft) => void;
  onReturn: () => void;
  onAdopt: (() => void) | undefined;
}) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const query = useQuery(trpc.assessment.byId.queryOptions({ id: cell.assessmentId }));
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={toAppError(query.error).text[locale]}
        action={
          <Button size="small" onClick={() => query.refetch()}>
            {t('state.retry')}
          </Button>
        }
      />
    );
  }
  const a = query.data;
  const item = findItem(rubric, cell.itemId)!;
  const row = a.items.find((i) => i.itemId === cell.itemId);
  const mine = row?.reviews.find((r) => r.departmentId === departmentId);
  const current = draft ?? serverDraft(a, cell.itemId, departmentId);
  const editable = (a.view.reviewableItems[departmentId] ?? []).includes(cell.itemId);
  const selfInputs = (row?.selfInputs ?? undefined) as ItemInputs | undefined;
  const share = reviewShare(
    rubric,
    a.unitTypeId,
    cell.itemId,
    departmentId,
    selfInputs,
    current.inputs,
    current.remarks,
  );
  const returnedHere = a.view.returns.filter((r) => r.itemId === cell.itemId);
  const others = item.departments.filter((d) => d !== departmentId);

  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'content', label: t('drawer.content'), children: item.content },
          {
            key: 'departments',
            label: t('drawer.departments'),
            children: item.departments.map((d) => departmentNameOf(rubric, d)).join('、'),
          },
          {
            key: 'base',
            label: t('drawer.baseScore'),
            children: formatCenti(toCenti(item.baseScore)),
          },
          { key: 'criteria', label: t('drawer.criteria'), children: item.criteriaText },
        ]}
      />
      {returnedHere.map((r) => (
        <Alert
          key={`${r.departmentId}-${r.at}`}
          type="warning"
          showIcon
          title={`${t('table.returnedBy', { department: departmentNameOf(rubric, r.departmentId) })}　${t('table.returnReason', { reason: r.reason })}`}
          description={t('table.returnDeadline', { deadline: r.deadline })}
        />
      ))}

      <section aria-label={t('review.unitSide')}>
        <Divider titlePlacement="start" style={{ marginTop: 0 }}>
          {t('review.unitSide')}
        </Divider>
        <Flex gap={12} align="baseline" style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('table.selfScore')}</Typography.Text>
          <Typography.Text strong data-testid="drawer-self-score">
            {row?.selfScore ?? t('table.notScored')}
          </Typography.Text>
          {others.length > 0 && (
            <Typography.Text type="secondary">
              {t('review.shareNote', { points: formatCenti(share.self) })}
            </Typography.Text>
          )}
        </Flex>
        <Collapse
          size="small"
          items={[
            {
              key: 'inputs',
              label: t('review.unitInputs'),
              children: (
                <ItemScorer
                  rubric={rubric}
                  itemId={cell.itemId}
                  unitType={a.unitTypeId}
                  inputs={selfInputs}
                  onChange={() => {}}
                  disabled
                />
              ),
            },
          ]}
        />
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('explanation.label')}</Typography.Text>
          <div className="kaohe-readonly-text" data-testid="drawer-explanation">
            {row?.explanation ?? (
              <Typography.Text type="secondary">{t('explanation.none')}</Typography.Text>
            )}
          </div>
        </div>
        <div style={{ marginTop: 12 }}>
          <EvidenceList assessmentId={cell.assessmentId} itemId={cell.itemId} editable={false} />
        </div>
      </section>

      <section
        aria-label={t('review.departmentSide', {
          department: departmentNameOf(rubric, departmentId),
        })}
      >
        <Divider titlePlacement="start">
          {t('review.departmentSide', { department: departmentNameOf(rubric, departmentId) })}
        </Divider>
        {!editable && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={
              mine?.status === 'returned'
                ? t('review.waitingForUnit')
                : a.view.departments[departmentId] === 'complete'
                  ? t('review.completeReadOnly')
                  : t('scorer.readOnly')
            }
          />
        )}
        <ItemScorer
          rubric={rubric}
          itemId={cell.itemId}
          unitType={a.unitTypeId}
          inputs={current.inputs}
          onChange={(inputs) => onChange({ ...current, inputs })}
          disabled={!editable}
          department={departmentId}
        />
        <div style={{ marginTop: 12 }}>
          <RemarksField
            value={current.remarks}
            share={share}
            disabled={!editable}
            onChange={(remarks) => onChange({ ...current, remarks })}
          />
        </div>
        {editable && (
          <Flex justify="flex-end" gap={8} style={{ marginTop: 12 }}>
            {onAdopt && (
              <Button onClick={onAdopt} data-testid="adopt-item">
                {t('daily.adopt.item')}
              </Button>
            )}
            <Button danger onClick={onReturn}>
              {t('review.returnThis')}
            </Button>
          </Flex>
        )}
        {mine?.returnedReason && (
          <Tag color="orange" style={{ marginTop: 8 }}>
            {t('table.returnReason', { reason: mine.returnedReason })}（
            {formatDate(mine.returnDeadline)}）
          </Tag>
        )}
      </section>
      <Collapse
        size="small"
        items={[
          {
            key: 'history',
            label: t('history.title'),
            children: (
              <ItemHistory rubric={rubric} assessmentId={cell.assessmentId} itemId={cell.itemId} />
            ),
          },
        ]}
      />
    </Flex>
  );
}
