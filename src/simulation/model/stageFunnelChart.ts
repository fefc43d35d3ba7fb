// The funnel by stage as an echarts option: one column per stage in map order, stacked by what
// became of the customers who reached it (moved on, succeeded, left, still inside), with the
// customers who reached it and their share of all customers above each column.
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { RESULT_COLOURS } from './chartOptions';
import { formatCount, formatPercent } from './formatNumbers';
import type { FunnelStage, StageFunnel } from './stageFunnel';

export const FUNNEL_PARTS = [
  { key: 'movedOn', name: 'Moved on', colour: '#4a8fd9' },
  { key: 'succeeded', name: 'Succeeded here', colour: RESULT_COLOURS.success! },
  { key: 'left', name: 'Left here', colour: RESULT_COLOURS.failure! },
  { key: 'inside', name: 'Still inside', colour: RESULT_COLOURS.none! },
] as const satisfies readonly { key: keyof FunnelStage; name: string; colour: string }[];

/** "2,000 · 100.0%": customers who reached the stage, and their share of all customers. */
export const reachedText = (s: FunnelStage): string => `${formatCount(s.reached)} · ${formatPercent(s.reachedShare)}`;

const countValue = (v: unknown) => (typeof v === 'number' ? formatCount(v) : '–');

export function stageFunnelOption(funnel: StageFunnel): EChartsOption {
  const stages = funnel.stages;
  const parts: BarSeriesOption[] = FUNNEL_PARTS.map((p) => ({
    type: 'bar',
    name: p.name,
    stack: 'stage',
    data: stages.map((s) => s[p.key]),
    itemStyle: { color: p.colour },
    barMaxWidth: 72,
    emphasis: { focus: 'series' },
    tooltip: { valueFormatter: countValue },
    cursor: 'pointer',
  }));
  // An empty bar on top of each stack carries the stage's "reached" label above the column.
  const reached: BarSeriesOption = {
    type: 'bar',
    name: 'Reached',
    stack: 'stage',
    data: stages.map(() => 0),
    label: { show: true, position: 'top', formatter: (p) => reachedText(stages[p.dataIndex]!), fontSize: 11.5 },
    tooltip: { show: false },
    silent: true,
  };
  return {
    animationDuration: 300,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: FUNNEL_PARTS.map((p) => p.name) },
    grid: { top: 44, left: 8, right: 16, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: stages.map((s) => s.name), triggerEvent: true, axisLabel: { interval: 0, overflow: 'break', width: 96, lineHeight: 14 } },
    yAxis: { type: 'value', splitNumber: 4, axisLabel: { formatter: (v: number) => formatCount(v) } },
    series: [...parts, reached],
  };
}

/** The stage a click on the chart is about: a column (its dataIndex) or a stage name on the axis. */
export function clickedStage(funnel: StageFunnel, params: { componentType?: string; dataIndex?: number; value?: unknown }): FunnelStage | undefined {
  if (params.componentType === 'series' && typeof params.dataIndex === 'number') return funnel.stages[params.dataIndex];
  if (params.componentType === 'xAxis') return funnel.stages.find((s) => s.name === params.value);
  return undefined;
}
