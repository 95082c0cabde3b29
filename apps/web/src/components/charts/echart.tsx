/**
 * One Apache ECharts chart as a React component. Only `echarts/core` and the pieces the
 * report pages draw are registered (bar, line, radar; grid, tooltip, legend, radar
 * coordinates; the SVG renderer), and only the report routes import this module, so the
 * library lands in their chunks and never in the one `/login` downloads.
 *
 * SVG rather than canvas: crisp in screenshots and print, the figures are text in the
 * page, and the browser's own font fallback draws the Chinese (Noto CJK here).
 */
import {
  BarChart,
  type BarSeriesOption,
  LineChart,
  type LineSeriesOption,
  RadarChart,
  type RadarSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  RadarComponent,
  type RadarComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useRef } from 'react';

use([
  BarChart,
  LineChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | RadarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | RadarComponentOption
  | TooltipComponentOption
>;

/** The interface's fonts first, then the CJK fonts a Linux desktop has. */
export const CHART_FONT =
  '-apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/** The palette: approved / reviewed blue, not yet approved grey-orange, the average green. */
export const CHART_COLORS = {
  primary: '#1677ff',
  pending: '#faad14',
  average: '#52c41a',
  muted: '#bfbfbf',
} as const;

export function EChart({
  option,
  height = 320,
  label,
  testId,
  style,
}: {
  option: ChartOption;
  height?: number;
  /** What the chart shows, for screen readers (the figures are also in a table nearby). */
  label: string;
  testId?: string;
  style?: CSSProperties;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      { textStyle: { fontFamily: CHART_FONT }, animation: false, ...option },
      { notMerge: true },
    );
  }, [option]);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={label}
      data-testid={testId}
      className="kaohe-chart"
      style={{ width: '100%', height, ...style }}
    />
  );
}
