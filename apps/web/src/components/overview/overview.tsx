/**
 * The overview of one cycle: the filters (cycle, unit type, stage, search) with the count
 * per stage, the table one page at a time from the server, and the steps taken from it —
 * 加分 in a drawer, 审定 of one unit or of the chosen ones (one after another), 退回 and
 * 重新开启 with a reason.
 */
import { reviewingDepartments, rubricItems } from '@kaohe/domain';
import { ASSESSMENT_STAGES, type AssessmentStage } from '@kaohe/workflow/browser';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Select, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { stageColor, stageLabel } from '../../lib/labels.ts';
import { type AssessmentSummary, useTRPC } from '../../trpc.ts';
import { useRubric } from '../assessment/queries.ts';
import {
  ReopenModal,
  SendBackModal,
  useConfirmStep,
  useInvalidateAssessments,
  type VersionedAssessment,
} from '../assessment/workflow-actions.tsx';
import { useBatch } from '../batch-results.tsx';
import { CycleHead, type CyclePageProps, pagedBy } from '../cycle-page/cycle-page.tsx';
import type { OverviewSearch } from '../cycle-page/cycle-search.ts';
import { FilterField } from '../filter-field.tsx';
import { listInput, SearchBox, ServerTable } from '../search-table/search-table.tsx';
import { BonusDrawer } from './bonus-drawer.tsx';
import { useOverviewColumns } from './overview-columns.tsx';

type Row = AssessmentSummary;

/** The page of the list the overview shows (and its loader fetches first). */
export const overviewInput = (cycleId: string, search: OverviewSearch) => ({
  cycleId,
  ...(search.unitType ? { unitTypeId: search.unitType } : {}),
  ...(search.stage ? { stage: search.stage } : {}),
  ...listInput(search),
});

const versioned = (row: Row | null): VersionedAssessment | null =>
  row ? { id: row.id, version: row.version } : null;

export function Overview({
  page,
  chairman,
}: {
  page: CyclePageProps<OverviewSearch>;
  /** The chairman's office (加分, 审定, 退回); otherwise the assessment office (重新开启). */
  chairman: boolean;
}) {
  const { cycle, search, onSearch } = page;
  const t = useT();
  const trpc = useTRPC();
  const invalidate = useInvalidateAssessments();
  const rubric = useRubric(cycle.rubricId);
  const listed = useQuery({
    ...trpc.assessment.listPage.queryOptions(overviewInput(cycle.id, search)),
    placeholderData: keepPreviousData,
  });
  // Chosen rows stay chosen across pages and searches, until approved.
  const [selectedRows, setSelectedRows] = useState<Map<string, Row>>(new Map());
  const selected = [...selectedRows.keys()];
  const [bonusFor, setBonusFor] = useState<string | null>(null);
  const [sendBack, setSendBack] = useState<Row | null>(null);
  const [reopen, setReopen] = useState<Row | null>(null);
  const batch = useBatch('overview.batchTitle');
  const step = useConfirmStep();
  const departments = useMemo(
    () => [...new Set(rubricItems(rubric).flatMap(({ item }) => reviewingDepartments(item)))],
    [rubric],
  );
  const columns = useOverviewColumns(rubric, cycle.id, listed.data?.rows, {
    chairman,
    onBonus: (row) => setBonusFor(row.id),
    onApprove: (row) => step.confirm('approve', row, { onReload: () => void invalidate() }),
    onSendBack: setSendBack,
    onReopen: setReopen,
  });

  const approveSelected = async () => {
    await batch.run([...selectedRows.values()], (row) => step.run('approve', row));
    setSelectedRows(new Map());
    await invalidate();
  };

  return (
    <Flex vertical gap={12}>
      <CycleHead
        page={page}
        name="overview"
        unitTypes={rubric.unitTypes}
        footer={
          <Flex gap={8} wrap style={{ marginTop: 8 }}>
            {ASSESSMENT_STAGES.map((stage) => (
              <Tag key={stage} color={stageColor(stage)}>
                {t(stageLabel(stage))} {listed.data?.stageCounts[stage] ?? 0}
              </Tag>
            ))}
          </Flex>
        }
      >
        <FilterField label={t('filter.stage')}>
          {(id) => (
            <Select
              aria-labelledby={id}
              value={search.stage ?? ''}
              style={{ minWidth: 150 }}
              options={[
                { value: '', label: t('filter.all') },
                ...ASSESSMENT_STAGES.map((s) => ({ value: s, label: t(stageLabel(s)) })),
              ]}
              onChange={(v) => onSearch({ stage: v === '' ? undefined : (v as AssessmentStage) })}
            />
          )}
        </FilterField>
        <SearchBox
          value={search.q}
          onSearch={(q) => onSearch({ q })}
          placeholder={t('list.searchUnits')}
        />
        {chairman && (
          <Button
            type="primary"
            disabled={selected.length === 0}
            onClick={() => void approveSelected()}
            data-testid="approve-selected"
          >
            {t('overview.approveSelected', { count: selected.length })}
          </Button>
        )}
      </CycleHead>
      <ServerTable<Row>
        rowKey="id"
        bordered
        columns={columns}
        {...pagedBy(listed, search, onSearch)}
        scroll={{ x: 'max-content' }}
        rowSelection={
          chairman
            ? {
                selectedRowKeys: selected,
                preserveSelectedRowKeys: true,
                onChange: (_keys, chosen) =>
                  setSelectedRows((old) => {
                    const next = new Map<string, Row>();
                    // antd passes undefined for a kept key whose row is on another page.
                    for (const key of _keys) {
                      const row = chosen.find((r) => r?.id === key) ?? old.get(key as string);
                      if (row) next.set(row.id, row);
                    }
                    return next;
                  }),
                getCheckboxProps: (row) => ({
                  disabled: row.stage !== 'finalApproval',
                  'aria-label': t('review.selectUnit', { unit: row.unitName }),
                }),
              }
            : undefined
        }
        locale={{ emptyText: <Empty description={t('overview.noUnits')} /> }}
      />
      <BonusDrawer assessmentId={bonusFor} onClose={() => setBonusFor(null)} />
      <SendBackModal
        assessment={versioned(sendBack)}
        departments={departments}
        rubric={rubric}
        unitName={sendBack?.unitName ?? ''}
        onClose={() => setSendBack(null)}
      />
      <ReopenModal
        assessment={versioned(reopen)}
        unitName={reopen?.unitName ?? ''}
        onClose={() => setReopen(null)}
      />
      {batch.dialog}
    </Flex>
  );
}
