/**
 * An item's figures from the newest earlier cycle, inline in the rubric editor (issue 19):
 * the full-mark rate and the average cut by review, matched by the item's stable id.
 */
import { Typography } from 'antd';
import { useT } from '../../i18n/locale.tsx';
import type { inferOutput, Trpc } from '../../trpc.ts';
import { percent } from './item-analytics.tsx';

type LastYear = inferOutput<Trpc['analytics']['lastYear']>;

export function LastYearNote({ figures, itemId }: { figures: LastYear; itemId: string }) {
  const t = useT();
  if (!figures.cycle) return null;
  const row = figures.items.find((i) => i.itemId === itemId);
  const year = figures.cycle.year;
  return (
    <Typography.Paragraph type="secondary" data-testid="last-year-figures" style={{ marginTop: 0 }}>
      {!row
        ? t('analytics.lastYearNew', { year })
        : row.reviewed === 0
          ? t('analytics.lastYearNone', { year })
          : t('analytics.lastYear', {
              year,
              fullMark: percent(row.fullMarkRate),
              cut: row.meanCut ?? '—',
              returns: row.returns,
            })}
    </Typography.Paragraph>
  );
}
