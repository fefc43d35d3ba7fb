import type { EChartsOption } from 'echarts';

type Part = Record<string, unknown>;
const single = (x: unknown): Part | undefined => (Array.isArray(x) ? (x[0] as Part | undefined) : (x as Part | undefined));

/**
 * An option drawn inside a chart card: the card shows the title (and its note) as text, so the
 * chart's own title is hidden and the legend and plot move up into its place.
 */
export function cardOption(option: EChartsOption): EChartsOption {
  const legend = single(option.legend);
  const grid = single(option.grid);
  return {
    ...option,
    title: { show: false },
    ...(legend ? { legend: { ...legend, top: 0 } } : {}),
    grid: { ...(grid ?? {}), top: legend ? 34 : 12, left: 4, right: 12, bottom: 4, containLabel: true },
  };
}

/** The subtitle of a chart's own title (e.g. "No customer reached an outcome"), shown by the card. */
export function chartNote(option: EChartsOption): string | undefined {
  const sub = single(option.title)?.subtext;
  return typeof sub === 'string' && sub ? sub : undefined;
}
