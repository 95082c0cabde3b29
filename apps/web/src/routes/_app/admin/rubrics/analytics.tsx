/**
 * /admin/rubrics/analytics?cycleId: item analytics of a cycle (issue 19), beside the
 * rubric editor: how each item behaved, which items measure little, how the departments
 * changed the self scores, the returns with their reasons; as xlsx too. From here the
 * cycle's rubric opens (to clone it into next year's draft, whose editor re-scores).
 */
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { Button, Card, Empty, Flex, Select, Typography } from 'antd';
import {
  DepartmentChanges,
  ItemAnalyticsTable,
} from '../../../../components/analytics/item-analytics.tsx';
import { PageHeading } from '../../../../components/filter-field.tsx';
import { QueryView } from '../../../../components/query-view.tsx';
import { exportHref } from '../../../../components/reports/export-links.ts';
import { useT } from '../../../../i18n/locale.tsx';
import { useTRPC } from '../../../../trpc.ts';

export const Route = createFileRoute('/_app/admin/rubrics/analytics')({
  validateSearch: (search: Record<string, unknown>): { cycleId?: string } =>
    typeof search.cycleId === 'string' && search.cycleId !== '' ? { cycleId: search.cycleId } : {},
  loader: ({ context: { queryClient, trpc } }) =>
    queryClient.ensureQueryData(trpc.cycle.list.queryOptions()),
  component: AnalyticsPage,
});

function AnalyticsPage() {
  const t = useT();
  const trpc = useTRPC();
  const navigate = useNavigate({ from: '/admin/rubrics/analytics' });
  const search = Route.useSearch();
  const { data: cycles } = useSuspenseQuery(trpc.cycle.list.queryOptions());
  const cycle = cycles.find((c) => c.id === search.cycleId) ?? cycles[0];
  const query = useQuery({
    ...trpc.analytics.items.queryOptions({ cycleId: cycle?.id ?? '' }),
    enabled: cycle !== undefined,
  });

  return (
    <Flex vertical gap={12}>
      <Link to="/admin/rubrics">{t('rubric.back')}</Link>
      <PageHeading title={t('analytics.title')} intro={t('analytics.intro')} />
      {!cycle ? (
        <Empty description={t('analytics.noCycle')} />
      ) : (
        <>
          <Flex gap={8} align="center" wrap>
            <span>{t('analytics.cycle')}</span>
            <Select<string>
              style={{ minWidth: 240, maxWidth: '100%' }}
              value={cycle.id}
              aria-label={t('analytics.cycle')}
              onChange={(cycleId) => navigate({ search: { cycleId } })}
              options={cycles.map((c) => ({ value: c.id, label: c.name }))}
            />
            <Button href={exportHref('item-analytics.xlsx', { cycleId: cycle.id })}>
              {t('analytics.download')}
            </Button>
            <Link
              to="/admin/rubrics/$id"
              params={{ id: cycle.rubricId }}
              data-testid="analytics-rubric"
            >
              {t('analytics.openRubric', { year: cycle.year })}
            </Link>
          </Flex>
          <QueryView query={query}>
            {(data) => (
              <>
                <Card size="small" title={t('analytics.itemsTitle')}>
                  <ItemAnalyticsTable data={data} />
                </Card>
                <Card size="small" title={t('analytics.departments')}>
                  <DepartmentChanges data={data} />
                  <Typography.Text type="secondary">
                    {t('analytics.departmentsHint')}
                  </Typography.Text>
                </Card>
              </>
            )}
          </QueryView>
        </>
      )}
    </Flex>
  );
}
