/**
 * The report pages' charts: ranking bars, a unit's categories against the average (radar),
 * the distribution of grand totals (histogram), and a unit's year over year (lines). The
 * figures arrive computed (exact hundredths, see reports/report-model.ts); the chart only
 * draws them, converting each canonical decimal to a number for the axis.
 */
import { type Centi, formatCenti } from '@kaohe/domain';
import { useMemo } from 'react';
import { useT } from '../../i18n/locale.tsx';
import type { Bin } from '../reports/report-model.ts';
import { CHART_COLORS, type ChartOption, EChart } from './echart.tsx';

const num = (c: Centi | null) => (c === null ? null : Number(formatCenti(c)));

export interface RankingBar {
  unitName: string;
  total: Centi | null;
  approved: boolean;
  /** The final rank; null when not approved. */
  rank: number | null;
}

/** Horizontal bars of 总计, best on top; a unit not yet approved in its own colour, unranked. */
export function RankingBars({ title, bars }: { title: string; bars: RankingBar[] }) {
  const t = useT();
  const option = useMemo<ChartOption>(() => {
    const shown = bars.filter((b) => b.total !== null);
    // ECharts draws the first category at the bottom: reverse so the best is on top.
    const ordered = [...shown].reverse();
    return {
      grid: { left: 8, right: 56, top: 28, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: {
        top: 0,
        data: [t('reports.approvedSeries'), t('reports.unapprovedSeries')],
      },
      // From 0: a bar's length is its total, so near totals look near.
      xAxis: { type: 'value', min: 0 },
      yAxis: {
        type: 'category',
        data: ordered.map((b) => (b.rank === null ? b.unitName : `${b.rank}. ${b.unitName}`)),
      },
      series: [
        ...([true, false] as const).map((approved) => ({
          name: t(approved ? 'reports.approvedSeries' : 'reports.unapprovedSeries'),
          type: 'bar' as const,
          stack: 'total',
          barMaxWidth: 22,
          itemStyle: { color: approved ? CHART_COLORS.primary : CHART_COLORS.pending },
          label: { show: true, position: 'right' as const },
          data: ordered.map((b) => (b.approved === approved ? num(b.total) : null)),
        })),
      ],
    };
  }, [bars, t]);
  const height = Math.max(160, 60 + 28 * bars.length);
  return <EChart option={option} height={height} label={title} testId="chart-ranking" />;
}

/** One unit's category subtotals against the average of its unit type, on a radar. */
export function CategoryRadar({
  title,
  unitName,
  categories,
}: {
  title: string;
  unitName: string;
  categories: Array<{ name: string; base: Centi; unit: Centi | null; average: Centi | null }>;
}) {
  const t = useT();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, data: [unitName, t('reports.average')] },
      radar: {
        radius: '62%',
        center: ['50%', '48%'],
        indicator: categories.map((c) => ({ name: c.name, max: num(c.base) ?? 0, min: 0 })),
        axisName: { color: '#333', fontSize: 12 },
      },
      series: [
        {
          type: 'radar',
          data: [
            {
              name: unitName,
              value: categories.map((c) => num(c.unit) ?? 0),
              itemStyle: { color: CHART_COLORS.primary },
              areaStyle: { opacity: 0.15 },
            },
            {
              name: t('reports.average'),
              value: categories.map((c) => num(c.average) ?? 0),
              itemStyle: { color: CHART_COLORS.average },
              lineStyle: { type: 'dashed' },
            },
          ],
        },
      ],
    }),
    [categories, unitName, t],
  );
  return <EChart option={option} height={380} label={title} testId="chart-radar" />;
}

/** How many units' 总计 fall into each band of points. */
export function ScoreHistogram({ title, bins }: { title: string; bins: Bin[] }) {
  const t = useT();
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: bins.map((b) => b.label) },
      yAxis: { type: 'value', minInterval: 1, name: t('reports.unitCount') },
      series: [
        {
          name: t('reports.unitCount'),
          type: 'bar',
          barCategoryGap: '4%',
          barMaxWidth: 120,
          itemStyle: { color: CHART_COLORS.primary },
          label: { show: true, position: 'top' },
          data: bins.map((b) => b.count),
        },
      ],
    }),
    [bins, t],
  );
  return <EChart option={option} height={260} label={title} testId="chart-histogram" />;
}

/** A unit across cycles: 总计 and each category's subtotal, one line each. */
export function YearOverYearChart({
  title,
  years,
  lines,
}: {
  title: string;
  years: string[];
  lines: Array<{ name: string; values: Array<Centi | null>; emphasis?: boolean }>;
}) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      xAxis: { type: 'category', data: years },
      yAxis: [
        { type: 'value', scale: true },
        { type: 'value', scale: true, splitLine: { show: false } },
      ],
      series: lines.map((l) => ({
        name: l.name,
        type: 'line',
        // 总计 on its own axis: a hundred-odd points beside subtotals of ten or twenty.
        yAxisIndex: l.emphasis ? 0 : 1,
        symbolSize: l.emphasis ? 8 : 5,
        lineStyle: { width: l.emphasis ? 3 : 1.5 },
        label: { show: l.emphasis ?? false, position: 'top' },
        connectNulls: false,
        data: l.values.map(num),
      })),
    }),
    [years, lines],
  );
  return <EChart option={option} height={340} label={title} testId="chart-years" />;
}
