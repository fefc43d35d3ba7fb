import type { ECharts } from 'echarts/core';

type Part = Record<string, unknown>;
const asArray = (x: unknown): Part[] => (Array.isArray(x) ? (x as Part[]) : x ? [x as Part] : []);

/**
 * What a drawn chart shows, read back from its echarts instance onto its box, for the browser tests
 * (a canvas cannot be read): `data-legend` the legend's kind ("plain", "scroll", "hidden", "none"),
 * `data-colours` the series' colours, in order, `data-series` their types ("bar custom").
 */
export function writeChartFacts(el: HTMLElement, chart: ECharts): void {
  const option = chart.getOption() as Part;
  const legend = asArray(option.legend)[0];
  el.dataset.legend = !legend ? 'none' : legend.show === false ? 'hidden' : String(legend.type ?? 'plain');
  el.dataset.colours = asArray(option.series)
    .map((s) => (s.itemStyle as Part | undefined)?.color)
    .filter((c): c is string => typeof c === 'string')
    .join(' ');
  el.dataset.series = asArray(option.series)
    .map((s) => String(s.type))
    .join(' ');
}
