/**
 * /assessments/$id: one assessment. The unit fills in its self scores here; the
 * chairman's office and the assessment office see the whole table with the review scores,
 * the bonus and their workflow steps. A department reviews from /review.
 */
import { createFileRoute, Link } from '@tanstack/react-router';
import { Result } from 'antd';
import { lazy } from 'react';
import { ensureAssessment } from '../../../../components/assessment/queries.ts';
import { useT } from '../../../../i18n/locale.tsx';

// One page, two very different screens: each role downloads only its own, while the
// loader fetches the data.
const loadSelfScoring = () => import('../../../../components/assessment/self-scoring.tsx');
const loadAssessmentView = () => import('../../../../components/assessment/assessment-view.tsx');
const SelfScoring = lazy(() => loadSelfScoring().then((m) => ({ default: m.SelfScoring })));
const AssessmentView = lazy(() =>
  loadAssessmentView().then((m) => ({ default: m.AssessmentView })),
);

export const Route = createFileRoute('/_app/assessments/$id/')({
  // A cold visit asks for the assessment (with its rubric) and the cycles beside the
  // session check, and downloads the role's screen meanwhile (main.tsx, decision 032).
  staticData: {
    prefetch: ({ queryClient, trpc }, params, role) => {
      if (params.id === undefined || role === 'department') return;
      void (role === 'unit' ? loadSelfScoring() : loadAssessmentView()).catch(() => {});
      void queryClient.prefetchQuery(trpc.assessment.byId.queryOptions({ id: params.id }));
      void queryClient.prefetchQuery(trpc.cycle.list.queryOptions());
    },
  },
  loader: async ({ context, params }) => {
    if (context.user.role === 'department') return;
    await Promise.all([
      context.user.role === 'unit' ? loadSelfScoring() : loadAssessmentView(),
      ensureAssessment(context, params.id),
      context.queryClient.ensureQueryData(context.trpc.cycle.list.queryOptions()),
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
