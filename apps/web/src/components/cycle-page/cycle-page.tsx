import type { ListSearch } from '@kaohe/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
  Card,
  Empty,
  Flex,
  Table,
  type TableColumnType,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { stageColor, stageLabel } from '../../lib/labels.ts';
import { type Cycle, useTRPC } from '../../trpc.ts';
import { pickCycle } from '../assessment/queries.ts';
import { CycleFilter, PageHeading, UnitTypeFilter } from '../filter-field.tsx';
import { GradeTag } from '../grades/grade-cells.tsx';

/** The search fields every cycle page filters by. */
export interface CycleSearchPatch {
  cycleId?: string;
  unitType?: string | undefined;
}

/** What a cycle page's body is given: the cycle shown, the others, and its search. */
export interface CyclePageProps<S extends CycleSearchPatch> {
  cycle: Cycle;
  cycles: Cycle[];
  search: S;
  /** Merges a change into the address. */
  onSearch: (patch: Partial<S>) => void;
}

/**
 * A page about one cycle: the one its search names, else the newest; without any cycle, a
 * note (and for the office, the way to create one).
 */
export function CyclePage<S extends CycleSearchPatch>({
  search,
  onSearch,
  empty,
  manageLink = false,
  children,
}: {
  search: S;
  onSearch: (patch: Partial<S>) => void;
  empty: MessageKey;
  manageLink?: boolean;
  children: (page: CyclePageProps<S>) => ReactNode;
}) {
  const t = useT();
  const trpc = useTRPC();
  const { data: cycles } = useSuspenseQuery(trpc.cycle.list.queryOptions());
  const cycle = pickCycle(cycles, search.cycleId);
  if (!cycle) {
    return (
      <Card>
        {manageLink ? (
          <Empty description={t(empty)}>
            <Link to="/admin/cycles">{t('home.manageCycles')}</Link>
          </Empty>
        ) : (
          <Empty description={t(empty)} />
        )}
      </Card>
    );
  }
  return children({ cycle, cycles, search, onSearch });
}

/**
 * The head of a cycle page: its title and intro, then the filter bar — the cycle, the unit
 * type, then the page's own filters and figures (`children`).
 */
export function CycleHead({
  page: { cycle, cycles, search, onSearch },
  name,
  noIntro = false,
  unitTypes,
  unitTypeTestId,
  children,
  footer,
}: {
  page: CyclePageProps<CycleSearchPatch>;
  /** The page, whose `.title` and `.intro` messages head it. */
  name: 'overview' | 'review' | 'reports';
  noIntro?: boolean;
  unitTypes: ReadonlyArray<{ id: string; name: string }>;
  unitTypeTestId?: string;
  children?: ReactNode;
  /** Below the filters, inside the bar (the overview's count per stage). */
  footer?: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <PageHeading title={t(`${name}.title`)} intro={noIntro ? undefined : t(`${name}.intro`)} />
      <Card size="small">
        <Flex gap={16} wrap align="center">
          <CycleFilter
            cycles={cycles}
            value={cycle.id}
            onChange={(v) => onSearch({ cycleId: v })}
          />
          <UnitTypeFilter
            unitTypes={unitTypes}
            value={search.unitType}
            onChange={(v) => onSearch({ unitType: v })}
            {...(unitTypeTestId ? { testId: unitTypeTestId } : {})}
          />
          {children}
        </Flex>
        {footer}
      </Card>
    </>
  );
}

/** A column in one line: its key, title, width, what a row shows, and the alignment. */
export function column<R>(
  key: string,
  title: ReactNode,
  width: number | undefined,
  render: (row: R) => ReactNode,
  align?: 'center' | 'right',
): TableColumnType<R> {
  return { key, title, width, ...(align ? { align } : {}), render: (_, row) => render(row) };
}

/** A server-paged table's rows and pager, from its query and the page's search. */
export function pagedBy<S extends ListSearch, R>(
  query: { data?: { rows: R[]; total: number } | undefined; isFetching: boolean },
  search: S,
  onSearch: (patch: Partial<ListSearch>) => void,
) {
  return {
    result: query.data,
    loading: query.isFetching,
    search,
    onPage: (page: number, pageSize: number) => onSearch({ page, pageSize: pageSize as never }),
  };
}

/**
 * 合计, 加分 and 总计 as the reports show them, right-aligned: the server's figures, and
 * 总计 drawn by `total`.
 */
export function figureColumns<R extends { subtotal: string | null; bonus: string }>(
  t: ReturnType<typeof useT>,
  [subtotal, bonus, totalWidth]: [number, number, number],
  total: (row: R) => ReactNode,
): TableColumnType<R>[] {
  return [
    column('subtotal', t('table.subtotal'), subtotal, (row) => row.subtotal ?? '', 'right'),
    column('bonus', t('table.bonus'), bonus, (row) => row.bonus, 'right'),
    column('total', t('table.total'), totalWidth, total, 'right'),
  ];
}

/** A small bordered table of every row at once (the reports' tables). */
export function WholeTable<R extends object>(props: TableProps<R>) {
  return <Table<R> size="small" bordered pagination={false} {...props} />;
}

// The table cells the cycle pages share (the overview, the review grid, the reports and a
// unit's years): a unit with its unit type, a stage, 未审定, a grade with 取消评优.

/** A unit's name (a link or plain text) over its unit type in small grey. */
export function UnitCell({ name, unitType }: { name: ReactNode; unitType: string }) {
  return (
    <Flex vertical>
      {name}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {unitType}
      </Typography.Text>
    </Flex>
  );
}

export function StageTag({ stage, testId }: { stage: string; testId?: string }) {
  const t = useT();
  return (
    <Tag color={stageColor(stage)} data-testid={testId}>
      {t(stageLabel(stage))}
    </Tag>
  );
}

/** In place of a rank (or beside a total): the unit's result is not approved yet. */
export function UnapprovedTag({ testId }: { testId?: string }) {
  const t = useT();
  return (
    <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid={testId}>
      {t('overview.unapproved')}
    </Tag>
  );
}

/** The grade, and under it 取消评优 when the unit is barred from honours. */
export function GradeCell({
  grade,
  barred,
  testId,
}: {
  grade: string | null;
  barred: boolean;
  testId: string;
}) {
  const t = useT();
  return (
    <Flex vertical align="center" gap={4}>
      <GradeTag grade={grade} testId={testId} />
      {barred && (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {t('grades.barred')}
        </Tag>
      )}
    </Flex>
  );
}
