import type { EChartsOption } from 'echarts';

type Part = Record<string, unknown>;
const single = (x: unknown): Part | undefined => (Array.isArray(x) ? (x[0] as Part | undefined) : (x as Part | undefined));
const record = (x: unknown): Part => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Part) : {});

/** The widest a category label beside horizontal bars may be (px). */
export const CATEGORY_LABEL_WIDTH = 160;
/**
 * Up to this many rows, a longer label goes on two lines (a card's chart is ~210 px tall: room for
 * two lines a row); with more rows it ends in "…".
 */
export const TWO_LINE_ROWS = 6;

/**
 * Horizontal bars (a category y axis beside a value x axis), as in "Service level and abandonment
 * by team": long row labels would squeeze the plot until the x labels run together. The labels get
 * at most CATEGORY_LABEL_WIDTH px (on two lines, or ending in "…" when the rows are too many for
 * that; the whole label is the tooltip on hover), and the value axis fewer ticks (every 25 % on a
 * 0…1 share axis) with the labels that would still touch hidden.
 */
function horizontalBars(option: EChartsOption): Pick<EChartsOption, 'xAxis' | 'yAxis'> | undefined {
  const x = single(option.xAxis);
  const y = single(option.yAxis);
  if (Array.isArray(option.xAxis) || Array.isArray(option.yAxis) || x?.type !== 'value' || y?.type !== 'category') return undefined;
  // A share axis (…to 100 %, as the stacked outcome shares and the service levels are).
  const shares = x.max === 1 && (x.min === undefined || x.min === 0);
  const rows = Array.isArray(y.data) ? y.data.length : 0;
  const fit = rows <= TWO_LINE_ROWS ? { overflow: 'break', lineHeight: 14 } : { overflow: 'truncate', ellipsis: '…' };
  return {
    xAxis: {
      ...x,
      ...(shares && x.interval === undefined ? { interval: 0.25 } : x.splitNumber === undefined ? { splitNumber: 4 } : {}),
      axisLabel: { ...record(x.axisLabel), hideOverlap: true },
    } as EChartsOption['xAxis'],
    yAxis: {
      ...y,
      axisLabel: { ...record(y.axisLabel), width: CATEGORY_LABEL_WIDTH, ...fit },
      // The whole label when it is cut (hover over it).
      tooltip: { show: true, ...record(y.tooltip) },
    } as EChartsOption['yAxis'],
  };
}

/**
 * An option drawn inside a chart card: the card shows the title (and its note) as text, so the
 * chart's own title is hidden and the legend and plot move up into its place. Horizontal bars get
 * labels of a bounded width and fewer value ticks (see horizontalBars).
 */
export function cardOption(option: EChartsOption): EChartsOption {
  const legend = single(option.legend);
  const grid = single(option.grid);
  return {
    ...option,
    ...horizontalBars(option),
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
