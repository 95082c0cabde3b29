/**
 * What-if re-score of a draft (issue 19 §2): a past cycle's recorded answers scored under
 * this rubric, on the server with the domain engine, beside the real totals and ranks;
 * the units whose rank would move and the items that move them. Reads only.
 * Grade moves are for after the grades feature is merged.
 */
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Select,
  Switch,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { type inferOutput, type Trpc, useTRPC } from '../../trpc.ts';
import { QueryView } from '../query-view.tsx';
import { exportHref } from '../reports/export-links.ts';
import { ShortTable } from '../short-table.tsx';

type WhatIf = inferOutput<Trpc['analytics']['whatIf']>;
type UnitRow = WhatIf['units'][number];
type ItemRow = WhatIf['items'][number];

const STATUS: Record<ItemRow['status'], { label: MessageKey; color: string }> = {
  unchanged: { label: 'whatIf.status.unchanged', color: 'default' },
  rescored: { label: 'whatIf.status.rescored', color: 'blue' },
  flagged: { label: 'whatIf.status.flagged', color: 'orange' },
  added: { label: 'whatIf.status.added', color: 'green' },
  removed: { label: 'whatIf.status.removed', color: 'red' },
};

export function WhatIfPanel({
  rubricId,
  cycles,
  beforeRun,
}: {
  rubricId: string;
  /** Past cycles to re-score, newest first. */
  cycles: Array<{ id: string; name: string; year: number }>;
  /** Saves the draft first: the server re-scores what it has. */
  beforeRun: () => Promise<boolean>;
}) {
  const t = useT();
  const trpc = useTRPC();
  const [cycleId, setCycleId] = useState<string | undefined>(cycles[0]?.id);
  const [run, setRun] = useState(0);
  const [onlyMoved, setOnlyMoved] = useState(true);
  const query = useQuery({
    ...trpc.analytics.whatIf.queryOptions({ cycleId: cycleId ?? '', rubricId }),
    enabled: cycleId !== undefined && run > 0,
    staleTime: 0,
    gcTime: 0,
  });
  if (cycles.length === 0) return <Empty description={t('whatIf.noCycle')} />;

  const start = async () => {
    if (await beforeRun()) {
      setRun((n) => n + 1);
      if (run > 0) await query.refetch();
    }
  };
  const data = query.data;
  const moved = data ? data.units.filter((u) => u.approved && u.realRank !== u.whatIfRank) : [];
  const regraded = data
    ? data.units.filter((u) => u.approved && u.realGrade !== u.whatIfGrade)
    : [];
  const typeName = (id: string) => data?.unitTypes.find((x) => x.id === id)?.name ?? id;

  const unitColumns: TableColumnsType<UnitRow> = [
    { title: t('whatIf.unit'), dataIndex: 'unitName', width: 180, fixed: 'left' },
    { title: t('whatIf.unitType'), dataIndex: 'unitTypeId', width: 100, render: typeName },
    { title: t('whatIf.realTotal'), dataIndex: 'realTotal', width: 80 },
    {
      title: t('whatIf.realRank'),
      dataIndex: 'realRank',
      width: 72,
      render: (r: number | null) => r ?? t('whatIf.notApproved'),
    },
    { title: t('whatIf.whatIfTotal'), dataIndex: 'whatIfTotal', width: 80 },
    {
      title: t('whatIf.whatIfRank'),
      dataIndex: 'whatIfRank',
      width: 72,
      render: (r: number | null, u) => (
        <span data-testid={`what-if-rank-${u.unitId}`}>{r ?? t('whatIf.notApproved')}</span>
      ),
    },
    {
      title: t('whatIf.move'),
      width: 72,
      render: (_, u) => {
        if (u.realRank === null || u.whatIfRank === null || u.realRank === u.whatIfRank) return '';
        const up = u.realRank - u.whatIfRank;
        return (
          <Tag color={up > 0 ? 'green' : 'red'} data-testid={`what-if-move-${u.unitId}`}>
            {up > 0 ? `↑${up}` : `↓${-up}`}
          </Tag>
        );
      },
    },
    {
      title: t('whatIf.grade'),
      width: 110,
      render: (_, u) =>
        u.realGrade === u.whatIfGrade ? (
          (u.realGrade ?? '')
        ) : (
          <Tag color="orange" data-testid={`what-if-grade-${u.unitId}`}>
            {`${u.realGrade ?? '—'} → ${u.whatIfGrade ?? '—'}`}
          </Tag>
        ),
    },
    {
      title: t('whatIf.causes'),
      render: (_, u) =>
        u.changedItems
          .slice(0, 4)
          .map((c) => t('whatIf.cause', { number: c.number, real: c.real, whatIf: c.whatIf }))
          .join('；'),
    },
  ];

  const changedItems = data ? data.items.filter((i) => i.status !== 'unchanged') : [];
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('whatIf.intro')}</Typography.Text>
      <Flex gap={8} align="center" wrap>
        <span>{t('whatIf.cycle')}</span>
        <Select<string>
          size="small"
          style={{ minWidth: 220, maxWidth: '100%' }}
          value={cycleId}
          onChange={setCycleId}
          aria-label={t('whatIf.cycle')}
          showSearch={{ optionFilterProp: 'label' }}
          options={cycles.map((c) => ({ value: c.id, label: c.name }))}
        />
        <Button type="primary" size="small" onClick={() => void start()} data-testid="what-if-run">
          {t('whatIf.run')}
        </Button>
        {cycleId && (
          <Button size="small" href={exportHref('what-if.xlsx', { cycleId, rubricId })}>
            {t('whatIf.download')}
          </Button>
        )}
      </Flex>
      <QueryView query={query} loading={query.isFetching}>
        {(data) => (
          <>
            <Alert
              type={moved.length > 0 ? 'warning' : 'success'}
              showIcon
              data-testid="what-if-summary"
              title={
                moved.length > 0 ? t('whatIf.moved', { count: moved.length }) : t('whatIf.notMoved')
              }
              description={
                !data.units.some((u) => u.realGrade !== null)
                  ? t('whatIf.noBands')
                  : regraded.length > 0
                    ? t('whatIf.gradesMoved', { count: regraded.length })
                    : t('whatIf.gradesSame')
              }
            />
            <Card size="small" title={t('whatIf.items')}>
              {changedItems.length === 0 ? (
                <Typography.Text type="secondary">{t('whatIf.noItemChanges')}</Typography.Text>
              ) : (
                <Flex vertical gap={4}>
                  {changedItems.map((i) => (
                    <span key={i.itemId} data-testid={`what-if-item-${i.number}`}>
                      <Tag color={STATUS[i.status].color}>{t(STATUS[i.status].label)}</Tag>
                      {t('rubric.itemN', { n: i.number })} {i.content}
                      {i.unitsChanged > 0 &&
                        ` · ${t('whatIf.unitsChanged', { count: i.unitsChanged, delta: i.totalDelta })}`}
                      {i.uncoveredCriteria.length > 0 &&
                        ` · ${t('whatIf.uncovered', { criteria: i.uncoveredCriteria.join('、') })}`}
                      {i.unitsFlagged > 0 &&
                        ` · ${t('whatIf.unitsFlagged', { count: i.unitsFlagged })}`}
                    </span>
                  ))}
                </Flex>
              )}
            </Card>
            <Flex gap={8} align="center">
              <Switch size="small" checked={onlyMoved} onChange={setOnlyMoved} />
              <span>{t('whatIf.onlyMoved')}</span>
            </Flex>
            <ShortTable<UnitRow>
              rowKey="assessmentId"
              columns={unitColumns}
              rows={onlyMoved ? moved : data.units}
              scroll={{ x: 900 }}
              data-testid="what-if-units"
            />
          </>
        )}
      </QueryView>
    </Flex>
  );
}
