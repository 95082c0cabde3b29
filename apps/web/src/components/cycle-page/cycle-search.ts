/**
 * The cycle pages' search params (/overview, /review, /reports) and their one loader:
 * parse the search with zod, replace a hand-edited address with the cleaned one, then load
 * the cycle list, the chosen cycle's rubric and what the page itself needs. Imported only
 * by the routes' loaders, which the router splits off with the page: neither zod nor the
 * workflow's stage list reaches the entry chunk that /login downloads (lib/search.ts).
 */
import { ListSearchSchema } from '@kaohe/domain';
import { ASSESSMENT_STAGES } from '@kaohe/workflow/browser';
import { z } from 'zod';
import { REVIEW_STATUSES } from '../../lib/labels.ts';
import { cleanSearch } from '../../lib/search.ts';
import type { RouterContext } from '../../routes/__root.tsx';
import type { Cycle } from '../../trpc.ts';
import { ensureRubric, pickCycle } from '../assessment/queries.ts';

export const REPORT_TABS = ['ranking', 'categories', 'disagreements', 'progress', 'bonus'] as const;

const Id = z.string().min(1).max(64).optional().catch(undefined);
const CycleSearchSchema = z.object({ cycleId: Id, unitType: Id });

export const OverviewSearchSchema = CycleSearchSchema.extend({
  stage: z.enum(ASSESSMENT_STAGES).optional().catch(undefined),
  ...ListSearchSchema.shape,
});
export const ReviewSearchSchema = CycleSearchSchema.extend({
  status: z.enum(REVIEW_STATUSES).optional().catch(undefined),
  /** A unit to bring forward (from the home page's 待办). */
  assessment: Id,
  ...ListSearchSchema.shape,
});
export const ReportsSearchSchema = CycleSearchSchema.extend({
  tab: z.enum(REPORT_TABS).optional().catch(undefined),
  // The ranking table's search and page (issue 15).
  ...ListSearchSchema.shape,
});
export type OverviewSearch = z.infer<typeof OverviewSearchSchema>;
export type ReviewSearch = z.infer<typeof ReviewSearchSchema>;
export type ReportsSearch = z.infer<typeof ReportsSearchSchema>;

/**
 * A cycle page's loader: the parsed search (or a redirect to it), the cycles, and with a
 * cycle chosen its rubric and `more` (the page's own queries), all before rendering.
 */
export async function loadCyclePage<T extends { cycleId?: string | undefined }>(
  context: RouterContext,
  to: '/overview' | '/review' | '/reports',
  raw: object,
  schema: { parse: (raw: unknown) => T },
  more: (cycle: Cycle, search: T) => Promise<unknown>[],
): Promise<void> {
  const search = cleanSearch(to, raw, (s) => schema.parse(s));
  const { queryClient, trpc } = context;
  const cycles = await queryClient.ensureQueryData(trpc.cycle.list.queryOptions());
  const cycle = pickCycle(cycles, search.cycleId);
  if (!cycle) return;
  await Promise.all([...more(cycle, search), ensureRubric(context, cycle.rubricId)]);
}
