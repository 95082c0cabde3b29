/**
 * /assessments/$id: one assessment. The unit fills in its self scores here; the
 * chairman's office and the assessment office see the whole table with the review scores,
 * the bonus and their workflow steps. A department reviews from /review.
 */
import type { Role } from '@kaohe/domain';
import { createFileRoute, Link } from '@tanstack/react-router';
import { Result } from 'antd';
import { ensureAssessment } from '../../../../components/assessment/queries.ts';
import { useT } from '../../../../i18n/locale.tsx';
import { lazyComponent } from '../../../../lib/lazy-component.ts';
import type { RouterContext } from '../../../__root.tsx';

// One page, two very different screens: each role downloads only its own, while the
// loader fetches the data; the page then renders at once (lib/lazy-component.ts).
const SelfScoring = lazyComponent(
  () => import('../../../../components/assessment/self-scoring.tsx'),
  'SelfScoring',
);
const AssessmentView = lazyComponent(
  () => import('../../../../components/assessment/assessment-view.tsx'),
  'AssessmentView',
);

/** A role's screen: a department reviews elsewhere and needs none. */
function loadScreen(role: Role): Promise<unknown> {
  if (role === 'department') return Promise.resolve();
  return role === 'unit' ? SelfScoring.load() : AssessmentView.load();
}

/** The page's data for a role: the assessment with its rubric, and the cycles. */
function loadData(context: RouterContext, id: string, role: Role): Promise<unknown> {
  if (role === 'department') return Promise.resolve();
  return Promise.all([
    ensureAssessment(context, id),
    context.queryClient.ensureQueryData(context.trpc.cycle.list.queryOptions()),
  ]);
}

export const Route = createFileRoute('/_app/assessments/$id/')({
  // A cold visit starts the same loading beside the session check, with the role the
  // session hint names (main.tsx, decision 032); the loader then finds it under way.
  staticData: {
    prefetch: (context, params, role) => {
      if (params.id !== undefined) void loadData(context, params.id, role).catch(() => {});
    },
    prefetchCode: (role) => void loadScreen(role).catch(() => {}),
  },
  loader: async ({ context, params }) => {
    await Promise.all([
      loadScreen(context.user.role),
      loadData(context, params.id, context.user.role),
    ]);
  },
  component: AssessmentPage,
});

function AssessmentPage() {
  const t = useT();
  const { id } = Route.useParams();
  const { user } = Route.useRouteContext();
  if (user.role === 'unit') return <SelfScoring id={id} />;
  if (user.role === 'department') {
    return (
      <Result
        status="info"
        title={t('assessment.departmentElsewhere')}
        extra={
          <Link to="/review" search={{ assessment: id }}>
            {t('nav.review')}
          </Link>
        }
      />
    );
  }
  return <AssessmentView id={id} user={user} />;
}
