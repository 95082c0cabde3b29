/**
 * How last year's items behaved (issue 19): a row per item with its figures, items that
 * measure little marked; a row opens to the departments' changes, the return reasons
 * grouped and what the reviews recorded per criterion. Figures come from the server (SQL).
 */
import { Flex, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { useScreen } from '../../lib/use-screen.ts';
import type { inferOutput, Trpc } from '../../trpc.ts';
import { ShortTable } from '../short-table.tsx';

export type ItemAnalytics = inferOutput<Trpc['analytics']['items']>;
type ItemRow = ItemAnalytics['items'][number];

/** 0.8333 → "83.3%"; null → "—". */
export const percent = (rate: number | null): string =>
  rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toString()}%`;
const text = (v: string | number | null) => (v === null ? '—' : String(v));

/** What makes an item stand out: it measures little, or it is cut almost everywhere. */
export function itemFlags(row: ItemRow): MessageKey[] {
  const flags: MessageKey[] = [];
  if (row.reviewed >= 3 && row.fullMarkRate !== null && row.fullMarkRate >= 0.9) {
    flags.push('analytics.flag.allFull');
  }
  if (row.reviewed >= 3 && (row.discrimination === null || row.discrimination < 0.1)) {
    flags.push('analytics.flag.noDiscrimination');
  }
  if (row.compared >= 3 && row.changedRate !== null && row.changedRate >= 0.5) {
    flags.push('analytics.flag.oftenCut');
  }
  return flags;
}

export function ItemAnalyticsTable({ data }: { data: ItemAnalytics }) {
  const t = useT();
  // A phone sees the number, a short content and the first figures; the rest scrolls.
  const { phone } = useScreen();
  const columns: TableColumnsType<ItemRow> = [
    { title: t('analytics.col.number'), dataIndex: 'number', width: 56, fixed: 'left' },
    {
      title: t('analytics.col.content'),
      dataIndex: 'content',
      width: phone ? 140 : 260,
      render: (content: string, row) => (
        <Flex vertical gap={2}>
          <span>{content}</span>
          <Flex gap={4} wrap>
            {itemFlags(row).map((f) => (
              <Tag key={f} color="orange" data-testid={`flag-${row.number}`}>
                {t(f)}
              </Tag>
            ))}
          </Flex>
        </Flex>
      ),
    },
    { title: t('analytics.col.reviewed'), dataIndex: 'reviewed', width: 72 },
    {
      title: t('analytics.col.fullMark'),
      dataIndex: 'fullMarkRate',
      width: 80,
      render: (v: number | null, row) => (
        <span data-testid={`full-mark-${row.number}`}>{percent(v)}</span>
      ),
    },
    { title: t('analytics.col.zero'), dataIndex: 'zeroRate', width: 72, render: percent },
    { title: t('analytics.col.mean'), dataIndex: 'mean', width: 72, render: text },
    { title: t('analytics.col.spread'), dataIndex: 'spread', width: 72, render: text },
    { title: t('analytics.col.changed'), dataIndex: 'changedRate', width: 80, render: percent },
    { title: t('analytics.col.meanCut'), dataIndex: 'meanCut', width: 80, render: text },
    {
      title: (
        <Tooltip title={t('analytics.discriminationHint')}>
          {t('analytics.col.discrimination')}
        </Tooltip>
      ),
      dataIndex: 'discrimination',
      width: 80,
      render: text,
    },
    { title: t('analytics.col.returns'), dataIndex: 'returns', width: 64 },
    {
      title: t('analytics.col.appeals'),
      dataIndex: 'appeals',
      width: 64,
      render: (v: number | null) =>
        v === null ? <Tooltip title={t('analytics.appealsLater')}>—</Tooltip> : v,
    },
    { title: t('analytics.col.files'), dataIndex: 'files', width: 72 },
    { title: t('analytics.col.noEvidence'), dataIndex: 'unitsWithoutEvidence', width: 88 },
  ];
  return (
    <ShortTable<ItemRow>
      rowKey="itemId"
      columns={columns}
      rows={data.items}
      scroll={{ x: phone ? 1180 : 1300 }}
      data-testid="item-analytics"
      expandable={{ expandedRowRender: (row) => <ItemDetail data={data} row={row} /> }}
    />
  );
}

function ItemDetail({ data, row }: { data: ItemAnalytics; row: ItemRow }) {
  const t = useT();
  const departments = data.departments.filter((d) => d.itemId === row.itemId);
  const reasons = data.returnReasons.filter((r) => r.itemId === row.itemId);
  const criteria = data.criteria.filter((c) => c.itemId === row.itemId);
  const figure = (c: (typeof criteria)[number]) =>
    [
      c.metRate !== null ? t('analytics.metRate', { rate: percent(c.metRate) }) : null,
      c.triggeredRate !== null
        ? t('analytics.triggeredRate', { rate: percent(c.triggeredRate) })
        : null,
      c.meanCount !== null ? t('analytics.meanCount', { count: c.meanCount }) : null,
      c.meanValue !== null ? t('analytics.meanValue', { value: c.meanValue }) : null,
      c.meanRatePercent !== null ? t('analytics.meanRate', { rate: c.meanRatePercent }) : null,
      Object.keys(c.levels).length > 0
        ? t('analytics.levels', {
            levels: Object.entries(c.levels)
              .map(([id, n]) => `${id || t('analytics.noLevel')} ${n}`)
              .join('，'),
          })
        : null,
    ]
      .filter((x) => x !== null)
      .join('；');
  return (
    <Flex vertical gap={8} style={{ maxWidth: 900 }}>
      <Typography.Text strong>{t('analytics.departments')}</Typography.Text>
      {departments.map((d) => (
        <span key={d.departmentId}>
          {d.departmentName}：
          {t('analytics.departmentLine', {
            compared: d.compared,
            changed: d.changedCount,
            rate: percent(d.changedRate),
            cut: text(d.meanCut),
          })}
        </span>
      ))}
      <Typography.Text strong>{t('analytics.returnReasons')}</Typography.Text>
      {reasons.length === 0 ? (
        <Typography.Text type="secondary">{t('analytics.noReturns')}</Typography.Text>
      ) : (
        reasons.map((r) => (
          <span key={`${r.departmentId}:${r.reason}`}>
            {r.departmentName}：{r.reason || '—'} × {r.count}
          </span>
        ))
      )}
      <Typography.Text strong>{t('analytics.criteria')}</Typography.Text>
      {criteria.map((c) => (
        <span key={c.criterionId}>
          {c.text}（{t('analytics.answered')} {c.answered}）{figure(c) ? `：${figure(c)}` : ''}
        </span>
      ))}
    </Flex>
  );
}

/** The departments over all their items: how often and how far they changed the self score. */
export function DepartmentChanges({ data }: { data: ItemAnalytics }) {
  const t = useT();
  const rows = data.departments.filter((d) => d.itemId === null);
  return (
    <ShortTable
      rowKey="departmentId"
      rows={rows}
      scroll={{ x: 480 }}
      columns={[
        { title: t('analytics.department'), dataIndex: 'departmentName' },
        { title: t('analytics.compared'), dataIndex: 'compared', width: 80 },
        { title: t('analytics.col.changed'), dataIndex: 'changedRate', width: 80, render: percent },
        { title: t('analytics.col.meanCut'), dataIndex: 'meanCut', width: 90, render: text },
      ]}
    />
  );
}
