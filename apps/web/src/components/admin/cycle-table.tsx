import { Link } from '@tanstack/react-router';
import type { TableColumnsType, TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { DEADLINE_STAGES, stageLabel } from '../../lib/labels.ts';
import type { Cycle } from '../../trpc.ts';
import { Deadline } from '../deadline.tsx';
import { ShortTable } from '../short-table.tsx';

/**
 * The cycles as 首页 and /admin/cycles list them: the name (a link to its overview), the
 * number of assessments and a deadline a stage; `details` stand after the name, and
 * `actions` make a last column.
 */
export function CycleTable({
  cycles,
  details = [],
  actions,
  scroll,
}: {
  cycles: Cycle[];
  details?: TableColumnsType<Cycle>;
  actions?: (cycle: Cycle) => ReactNode;
  scroll?: TableProps<Cycle>['scroll'];
}) {
  const t = useT();
  return (
    <ShortTable<Cycle>
      rowKey="id"
      rows={cycles}
      scroll={scroll}
      empty={t('admin.noCycles')}
      columns={[
        {
          key: 'name',
          title: t('admin.cycleName'),
          render: (_, c) => (
            <Link to="/overview" search={{ cycleId: c.id }}>
              {c.name}
            </Link>
          ),
        },
        ...details,
        { key: 'count', title: t('admin.assessmentCount'), dataIndex: 'assessmentCount' },
        ...DEADLINE_STAGES.map((stage) => ({
          key: stage,
          title: t(stageLabel(stage)),
          render: (_: unknown, c: Cycle) => <Deadline at={c.deadlines[stage]} />,
        })),
        ...(actions
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_: unknown, c: Cycle) => actions(c),
              },
            ]
          : []),
      ]}
    />
  );
}
