import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Card, Empty, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { type Cycle, useTRPC } from '../../trpc.ts';
import { pickCycle } from '../assessment/queries.ts';
import { CycleFilter, UnitTypeFilter } from '../filter-field.tsx';

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

/** The search fields every cycle page filters by. */
export interface CycleSearchPatch {
  cycleId?: string;
  unitType?: string | undefined;
}

/**
 * The filter bar of a cycle page: the cycle, the unit type, then the page's own filters
 * and figures (`children`). `onSearch` merges a change into the address.
 */
export function CycleFilterBar({
  cycles,
  cycleId,
  unitTypes,
  unitType,
  onSearch,
  unitTypeTestId,
  children,
  footer,
}: {
  cycles: Cycle[];
  cycleId: string;
  unitTypes: ReadonlyArray<{ id: string; name: string }>;
  unitType: string | undefined;
  onSearch: (patch: CycleSearchPatch) => void;
  unitTypeTestId?: string;
  children?: ReactNode;
  /** Below the filters, inside the bar (the overview's count per stage). */
  footer?: ReactNode;
}) {
  return (
    <Card size="small">
      <Flex gap={16} wrap align="center">
        <CycleFilter cycles={cycles} value={cycleId} onChange={(v) => onSearch({ cycleId: v })} />
        <UnitTypeFilter
          unitTypes={unitTypes}
          value={unitType}
          onChange={(v) => onSearch({ unitType: v })}
          {...(unitTypeTestId ? { testId: unitTypeTestId } : {})}
        />
        {children}
      </Flex>
      {footer}
    </Card>
  );
}
