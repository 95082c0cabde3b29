/**
 * 申诉统计 (issue 14): items appealed, upheld and changed, by department, for a cycle. The
 * outcome counts once the chairman's office has confirmed the answer; the rest are open.
 */
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import { useScreen } from '../../lib/use-screen.ts';
import { useTRPC } from '../../trpc.ts';

export function AppealsReport({ cycleId }: { cycleId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const { phone } = useScreen();
  const { data } = useQuery(trpc.appeal.report.queryOptions({ cycleId }));
  return (
    <Card size="small" title={t('appeal.report')} data-testid="appeals-report">
      <Table
        rowKey={(r) => r.departmentId ?? 'bonus'}
        size="small"
        pagination={false}
        loading={data === undefined}
        scroll={phone ? { x: 480 } : undefined}
        dataSource={data ?? []}
        locale={{ emptyText: <Empty description={t('appeal.none')} /> }}
        columns={[
          {
            key: 'department',
            title: t('appeal.report.department'),
            render: (_, r) => r.departmentName ?? t('appeal.report.bonus'),
          },
          { key: 'appealed', title: t('appeal.report.appealed'), dataIndex: 'appealed' },
          { key: 'upheld', title: t('appeal.report.upheld'), dataIndex: 'upheld' },
          { key: 'changed', title: t('appeal.report.changed'), dataIndex: 'changed' },
          { key: 'open', title: t('appeal.report.open'), dataIndex: 'open' },
        ]}
      />
    </Card>
  );
}
