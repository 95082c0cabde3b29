/**
 * /reports?cycleId&unitType&tab: the results for the chairman's office and the assessment
 * office — ranking by 总计 within unit type (ties share a rank; a unit not yet approved is
 * shown as such, never ranked), category subtotals with a unit against its type's average,
 * self against review (largest first), department progress and the bonus list; charts
 * (ECharts, in this route's chunk only) and the ranking and matrix as xlsx.
 */

import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { Button, Card, Flex, Skeleton, Tabs, Typography } from 'antd';
import { type ReactNode, Suspense } from 'react';
import { AppealsReport } from '../../../components/appeals/appeals-report.tsx';
import { useRubric } from '../../../components/assessment/queries.ts';
import {
  CycleHead,
  CyclePage,
  type CyclePageProps,
} from '../../../components/cycle-page/cycle-page.tsx';
import type { ReportsSearch } from '../../../components/cycle-page/cycle-search.ts';
import { REPORT_TABS } from '../../../components/cycle-page/cycle-search.ts';
import { HonoursBars } from '../../../components/grades/grades-admin.tsx';
import { exportHref } from '../../../components/reports/export-links.ts';
import {
  BonusSection,
  CategoriesSection,
  DisagreementsSection,
  ProgressSection,
  RankingSection,
} from '../../../components/reports/report-sections.tsx';
import { listInput, nextListSearch } from '../../../components/search-table/search-table.tsx';
import { useT } from '../../../i18n/locale.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { parsedInLoader } from '../../../lib/search.ts';
import { requireRole } from '../../../lib/session.ts';
import { useTRPC } from '../../../trpc.ts';

type Tab = NonNullable<ReportsSearch['tab']>;
const TAB_LABEL: Record<Tab, MessageKey> = {
  ranking: 'reports.tabRanking',
  categories: 'reports.tabCategories',
  disagreements: 'reports.tabDisagreements',
  progress: 'reports.tabProgress',
  bonus: 'reports.tabBonus',
};

export const Route = createFileRoute('/_app/reports/')({
  // Typed here, parsed by zod in the loader, which is split off with the page (lib/search.ts).
  validateSearch: parsedInLoader<ReportsSearch>(),
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  beforeLoad: ({ context }) => requireRole(context.user, 'chairman', 'admin'),
  loaderDeps: ({ search }) => search,
  // zod and the stage list load with the page, not with the entry /login downloads too.
  loader: ({ context, deps }) =>
    import('../../../components/cycle-page/cycle-search.ts').then(
      ({ loadCyclePage, ReportsSearchSchema }) =>
        loadCyclePage(context, '/reports', deps, ReportsSearchSchema, (cycle, search) => [
          context.queryClient.ensureQueryData(
            context.trpc.report.ranking.queryOptions({
              cycleId: cycle.id,
              unitTypeId: search.unitType,
            }),
          ),
          context.queryClient.ensureQueryData(
            context.trpc.report.rankingPage.queryOptions({
              cycleId: cycle.id,
              ...(search.unitType ? { unitTypeId: search.unitType } : {}),
              ...listInput(search),
            }),
          ),
        ]),
    ),
  component: ReportsPage,
});

function ReportsPage() {
  const search = Route.useSearch();
  const navigate = useNavigate({ from: '/reports/' });
  return (
    <CyclePage
      search={search}
      onSearch={(patch) => void navigate({ search: (s) => nextListSearch(s, patch) })}
      empty="overview.noCycle"
      manageLink
    >
      {(page) => <Reports page={page} />}
    </CyclePage>
  );
}

function Reports({ page }: { page: CyclePageProps<ReportsSearch> }) {
  const { cycle, search } = page;
  const t = useT();
  const trpc = useTRPC();
  const navigate = useNavigate({ from: '/reports/' });
  const rubric = useRubric(cycle.rubricId);
  const unitTypeId = search.unitType;
  const { data: rows } = useSuspenseQuery(
    trpc.report.ranking.queryOptions({ cycleId: cycle.id, unitTypeId }),
  );
  const tab: Tab = search.tab ?? 'ranking';
  const approved = rows.filter((r) => r.approved).length;
  const lazySection = (node: ReactNode) => (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>{node}</Suspense>
  );
  const content: Record<Tab, ReactNode> = {
    ranking: (
      <Flex vertical gap={12}>
        <RankingSection
          rubric={rubric}
          rows={rows}
          cycleId={cycle.id}
          unitTypeId={unitTypeId}
          search={search}
          onSearch={(patch) =>
            navigate({ search: (s) => nextListSearch(s, patch), resetScroll: false })
          }
        />
        <HonoursBars cycleId={cycle.id} />
      </Flex>
    ),
    categories: lazySection(<CategoriesSection rubric={rubric} rows={rows} cycleId={cycle.id} />),
    disagreements: lazySection(
      <DisagreementsSection rubric={rubric} rows={rows} cycleId={cycle.id} />,
    ),
    progress: lazySection(<ProgressSection rubric={rubric} cycleId={cycle.id} />),
    bonus: lazySection(<BonusSection rubric={rubric} rows={rows} cycleId={cycle.id} />),
  };

  return (
    <Flex vertical gap={12}>
      <CycleHead page={page} name="reports" unitTypes={rubric.unitTypes}>
        <Typography.Text type="secondary" data-testid="reports-counts">
          {t('reports.counts', { units: rows.length, approved })}
        </Typography.Text>
        <Flex gap={8} wrap style={{ marginInlineStart: 'auto' }}>
          <Button
            href={exportHref('ranking.xlsx', { cycleId: cycle.id, unitTypeId })}
            data-testid="download-ranking"
          >
            {t('reports.downloadRanking')}
          </Button>
          <Button
            href={exportHref('matrix.xlsx', { cycleId: cycle.id, unitTypeId })}
            data-testid="download-matrix"
          >
            {t('reports.downloadMatrix')}
          </Button>
          <Button
            href={exportHref('results-notice.xlsx', { cycleId: cycle.id })}
            data-testid="download-notice-xlsx"
          >
            {t('notice.downloadXlsx')}
          </Button>
          <Button
            href={exportHref('results-notice.docx', { cycleId: cycle.id })}
            data-testid="download-notice-docx"
          >
            {t('notice.downloadDocx')}
          </Button>
          <Link to="/reports/notice" search={{ cycleId: cycle.id }} data-testid="print-notice">
            <Button>{t('notice.print')}</Button>
          </Link>
        </Flex>
      </CycleHead>
      <Card size="small">
        <Tabs
          activeKey={tab}
          destroyOnHidden
          onChange={(key) =>
            navigate({
              search: (s) => ({
                ...s,
                tab: key === 'ranking' ? undefined : (key as Tab),
                q: undefined,
                page: undefined,
              }),
            })
          }
          items={REPORT_TABS.map((key) => ({
            key,
            label: t(TAB_LABEL[key]),
            children: content[key],
          }))}
        />
      </Card>
      <AppealsReport cycleId={cycle.id} />
    </Flex>
  );
}
