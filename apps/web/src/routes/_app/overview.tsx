/**
 * /overview: every unit of a cycle for the chairman's office (and the assessment office):
 * stage, category subtotals, 合计, 加分, 总计 and rank within unit type (ties share a rank;
 * a unit not yet approved says so). From here the chairman's office awards bonus points,
 * approves one unit or several, and sends back; the assessment office reopens. The page
 * itself is components/overview/overview.tsx.
 */
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { CyclePage } from '../../components/cycle-page/cycle-page.tsx';
import type { OverviewSearch } from '../../components/cycle-page/cycle-search.ts';
import { Overview, overviewInput } from '../../components/overview/overview.tsx';
import { nextListSearch } from '../../components/search-table/search-table.tsx';
import { parsedInLoader } from '../../lib/search.ts';
import { requireRole } from '../../lib/session.ts';

export const Route = createFileRoute('/_app/overview')({
  // Typed by zod here, parsed by zod in the loader (see lib/search.ts).
  validateSearch: parsedInLoader<OverviewSearch>(),
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  beforeLoad: ({ context }) => requireRole(context.user, 'chairman', 'admin'),
  loaderDeps: ({ search }) => search,
  // zod and the stage list load with the page, not with the entry /login downloads too.
  loader: ({ context, deps }) =>
    import('../../components/cycle-page/cycle-search.ts').then(
      ({ loadCyclePage, OverviewSearchSchema }) =>
        loadCyclePage(context, '/overview', deps, OverviewSearchSchema, (cycle, search) => [
          // One page from the server; ranks are the ranking's over the whole unit type.
          context.queryClient.ensureQueryData(
            context.trpc.assessment.listPage.queryOptions(overviewInput(cycle.id, search)),
          ),
          context.queryClient.ensureQueryData(
            context.trpc.report.categories.queryOptions({ cycleId: cycle.id }),
          ),
        ]),
    ),
  component: OverviewPage,
});

function OverviewPage() {
  const search = Route.useSearch();
  const { user } = Route.useRouteContext();
  const navigate = useNavigate({ from: '/overview' });
  return (
    <CyclePage
      search={search}
      onSearch={(patch) => void navigate({ search: (s) => nextListSearch(s, patch) })}
      empty="overview.noCycle"
      manageLink
    >
      {(page) => <Overview page={page} chairman={user.role === 'chairman'} />}
    </CyclePage>
  );
}
