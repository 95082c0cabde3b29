/**
 * /review: a department's grid of units × the items it reviews, each cell with the self
 * score, the department's score and the status; filters by unit type and status (search
 * params, so a filtered view is a link); a cell opens the drawer to score; a unit's items
 * are returned with a reason and deadline; units are completed one at a time or several
 * at once (one after another, with a summary of what succeeded and what did not). The
 * page itself is components/review/review-grid.tsx.
 */
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { CyclePage } from '../../components/cycle-page/cycle-page.tsx';
import type { ReviewSearch } from '../../components/cycle-page/cycle-search.ts';
import { ReviewGridPage, reviewGridInput } from '../../components/review/review-grid.tsx';
import { nextListSearch } from '../../components/search-table/search-table.tsx';
import { parsedInLoader } from '../../lib/search.ts';
import { requireRole } from '../../lib/session.ts';

export const Route = createFileRoute('/_app/review')({
  // Typed by zod here, parsed by zod in the loader (see lib/search.ts).
  validateSearch: parsedInLoader<ReviewSearch>(),
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  beforeLoad: ({ context }) => requireRole(context.user, 'department'),
  loaderDeps: ({ search }) => search,
  // zod and the stage list load with the page, not with the entry /login downloads too.
  loader: ({ context, deps }) =>
    import('../../components/cycle-page/cycle-search.ts').then(
      ({ loadCyclePage, ReviewSearchSchema }) =>
        loadCyclePage(context, '/review', deps, ReviewSearchSchema, (cycle, search) => [
          context.queryClient.ensureQueryData(
            context.trpc.review.grid.queryOptions(reviewGridInput(cycle.id, search)),
          ),
        ]),
    ),
  component: ReviewPage,
});

function ReviewPage() {
  const search = Route.useSearch();
  const { user } = Route.useRouteContext();
  const navigate = useNavigate({ from: '/review' });
  return (
    <CyclePage
      search={search}
      onSearch={(patch) => void navigate({ search: (s) => nextListSearch(s, patch) })}
      empty="review.noCycle"
    >
      {(page) => <ReviewGridPage page={page} departmentId={user.departmentId ?? ''} />}
    </CyclePage>
  );
}
