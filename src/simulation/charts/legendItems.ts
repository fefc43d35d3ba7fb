import type { EChartsOption } from 'echarts';

type Part = Record<string, unknown>;

/**
 * Colours for series that set none (emotion lines by segment, the queue waits): given here rather
 * than by the theme, so that a legend drawn as a list beside the chart shows the same colours.
 * Mid tones that read on the dark and the light theme.
 */
export const SERIES_PALETTE = ['#4a8fd9', '#3fb6a8', '#e0a030', '#b46fd0', '#e0736a', '#8aa4c2', '#9ac45b', '#d98ab8'];

export interface LegendItem {
  name: string;
  colour: string;
}

const asArray = (x: unknown): Part[] => (Array.isArray(x) ? (x as Part[]) : x ? [x as Part] : []);
const record = (x: unknown): Part => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Part) : {});

/** The series with a colour each: their own, or the next of SERIES_PALETTE (lines get it on the line too). */
export function coloured(series: EChartsOption['series']): Part[] {
  let next = 0;
  return asArray(series).map((s) => {
    const style = record(s.itemStyle);
    if (typeof style.color === 'string') return s;
    const colour = SERIES_PALETTE[next++ % SERIES_PALETTE.length]!;
    return { ...s, itemStyle: { ...style, color: colour }, ...(s.type === 'line' ? { lineStyle: { ...record(s.lineStyle), color: colour } } : {}) };
  });
}

/** What the legend of an option lists: the names in `legend.data` when it says, else every named series. */
export function legendItems(option: EChartsOption): LegendItem[] {
  const series = coloured(option.series);
  const colourOf = new Map(series.filter((s) => typeof s.name === 'string').map((s) => [s.name as string, record(s.itemStyle).color as string]));
  const data = record(asArray(option.legend)[0]).data;
  const names = Array.isArray(data) ? data.map((d) => (typeof d === 'string' ? d : String(record(d).name))) : [...colourOf.keys()];
  return names.filter((n) => colourOf.has(n)).map((name) => ({ name, colour: colourOf.get(name)! }));
}
