// An experiment's comparisons as an echarts option: one horizontal bar per comparison ("B vs A"),
// its difference of goal shares in points, with its 95% interval as an error bar (echarts' custom
// series, the way its own error-bar example draws one), coloured by what the interval says.
import type { BarSeriesOption, CustomSeriesOption, EChartsOption } from 'echarts';
import { RESULT_COLOURS } from './chartOptions';
import type { ExperimentComparisonRow } from './experimentsModel';

/** The bar's colour by verdict: a clear lift, a clear drop, or an interval that holds 0. */
export const VERDICT_COLOURS = { lift: RESULT_COLOURS.success!, drop: RESULT_COLOURS.failure!, none: RESULT_COLOURS.none! } as const;
/** The error bars: a mid grey, readable on the dark and the light panel. */
export const INTERVAL_COLOUR = '#8c8c8c';

const pts = (x: number) => Math.round(x * 1000) / 10;
const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '\u2212' : ''}${Math.abs(v).toFixed(1)}`;

/** "B vs A", "Callback vs holdout": the category of a comparison. */
export const comparisonName = (c: Pick<ExperimentComparisonRow, 'variantName' | 'againstName'>): string => `${c.variantName} vs ${c.againstName}`;

/** The bars and error bars of a split's comparisons, in points (0.031 → 3.1). */
export function experimentChartOption(comparisons: readonly ExperimentComparisonRow[]): EChartsOption {
  const names = comparisons.map(comparisonName);
  const bars: BarSeriesOption = {
    type: 'bar',
    name: 'Difference',
    data: comparisons.map((c) => ({ value: pts(c.diff), itemStyle: { color: VERDICT_COLOURS[c.sentence.verdict] } })),
    itemStyle: { color: VERDICT_COLOURS.none },
    barMaxWidth: 28,
    label: { show: true, position: 'top', formatter: (p) => `${signed(Number(p.value))} pts`, fontSize: 11 },
    tooltip: { show: false },
  };
  const intervals: CustomSeriesOption = {
    type: 'custom',
    name: '95% interval',
    itemStyle: { color: INTERVAL_COLOUR },
    encode: { x: [0, 1], y: 2 },
    data: comparisons.map((c, i) => [pts(c.ci95[0]), pts(c.ci95[1]), i]),
    renderItem: (_params, api) => {
      const at = api.value(2);
      const low = api.coord([api.value(0), at]);
      const high = api.coord([api.value(1), at]);
      const cap = Math.min(10, (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 20) * 0.5;
      const style = { stroke: INTERVAL_COLOUR, lineWidth: 2 };
      const line = (x1: number, y1: number, x2: number, y2: number) => ({ type: 'line' as const, shape: { x1, y1, x2, y2 }, style });
      return {
        type: 'group',
        children: [line(low[0]!, low[1]!, high[0]!, high[1]!), line(low[0]!, low[1]! - cap, low[0]!, low[1]! + cap), line(high[0]!, high[1]! - cap, high[0]!, high[1]! + cap)],
      };
    },
    z: 3,
  };
  return {
    animationDuration: 300,
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const c = comparisons[(p as { dataIndex: number }).dataIndex];
        return c ? `${comparisonName(c)}: ${signed(pts(c.diff))} points (95% CI ${signed(pts(c.ci95[0]))} to ${signed(pts(c.ci95[1]))})` : '';
      },
    },
    grid: { top: 8, left: 8, right: 24, bottom: 28, containLabel: true },
    xAxis: { type: 'value', name: 'Difference in goal share (points)', nameLocation: 'middle', nameGap: 24, axisLabel: { formatter: (v: number) => signed(v) } },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 120, overflow: 'truncate' } },
    series: [bars, intervals],
  };
}
