import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Card, Empty } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { type Cycle, useTRPC } from '../../trpc.ts';
import { pickCycle } from '../assessment/queries.ts';

/**
 * A page about one cycle: the one its search names, else the newest; without any cycle, a
 * note (and for the office, the way to create one).
 */
export function CyclePage({
  cycleId,
  empty,
  manageLink = false,
  children,
}: {
  cycleId: string | undefined;
  empty: MessageKey;
  manageLink?: boolean;
  children: (cycle: Cycle, cycles: Cycle[]) => ReactNode;
}) {
  const t = useT();
  const trpc = useTRPC();
  const { data: cycles } = useSuspenseQuery(trpc.cycle.list.queryOptions());
  const cycle = pickCycle(cycles, cycleId);
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
  return children(cycle, cycles);
}
