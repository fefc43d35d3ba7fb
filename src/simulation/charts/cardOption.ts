import type { EChartsOption } from 'echarts';
import { legendItems, coloured } from './legendItems';
import { legendLayout, ROW_HEIGHT, type LegendLayout } from './legendLayout';

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

/** Up to this many columns, each gets its label. */
export const MAX_LABELLED_COLUMNS = 16;

/**
 * Vertical bars and lines (a category x axis): every label shown, each at most its share of the
 * width, cut with "…" past it (the whole label is the tooltip on hover), so none is hidden or clipped.
 */
function categoryColumns(option: EChartsOption, width: number): Pick<EChartsOption, 'xAxis'> | undefined {
  const x = single(option.xAxis);
  if (Array.isArray(option.xAxis) || x?.type !== 'category') return undefined;
  const columns = Array.isArray(x.data) ? x.data.length : 0;
  // Many columns (a histogram's bins, the week's hours) choose their own labels.
  const own = record(x.axisLabel);
  if (columns === 0 || columns > MAX_LABELLED_COLUMNS || own.interval !== undefined || own.hideOverlap) return undefined;
  // The plot is the chart less the value axis's labels (~48 px).
  const room = Math.max(36, Math.floor((width - 60) / columns) - 6);
  return {
    xAxis: {
      ...x,
      axisLabel: { interval: 0, width: room, overflow: 'truncate', ellipsis: '…', ...own },
      tooltip: { show: true, ...record(x.tooltip) },
    } as EChartsOption['xAxis'],
  };
}

/** A chart's width (px) before it is measured: a card's chart at 1280 px wide. */
export const DEFAULT_CHART_WIDTH = 360;

/** How the legend of an option is shown in a chart `width` px wide (see legendLayout). */
export function cardLegend(option: EChartsOption, width = DEFAULT_CHART_WIDTH): LegendLayout | undefined {
  if (!single(option.legend)) return undefined;
  return legendLayout(
    legendItems(option).map((i) => i.name),
    width,
  );
}

/**
 * An option drawn inside a chart card `width` px wide: the card shows the title (and its note) as
 * text, so the chart's own title is hidden and the legend and plot move up into its place. The
 * legend never pages: it wraps onto the rows it needs, or, when it would take more than two, it is
 * hidden and the card lists it beside the chart (cardLegend). Every series has a colour of its own
 * (legendItems). Horizontal bars get labels of a bounded width and fewer value ticks (see
 * horizontalBars); vertical ones every label, cut to its column (categoryColumns).
 */
export function cardOption(option: EChartsOption, width = DEFAULT_CHART_WIDTH): EChartsOption {
  const legend = single(option.legend);
  const grid = single(option.grid);
  const layout = cardLegend(option, width);
  const rows = layout?.kind === 'legend' ? layout.rows : 0;
  return {
    ...option,
    ...horizontalBars(option),
    ...categoryColumns(option, width),
    series: coloured(option.series) as EChartsOption['series'],
    title: { show: false },
    ...(legend ? { legend: layout?.kind === 'list' ? { ...legend, type: 'plain', show: false } : { ...legend, type: 'plain', top: 0, left: 8, right: 8, itemGap: 10 } } : {}),
    grid: { ...(grid ?? {}), top: rows > 0 ? rows * ROW_HEIGHT + 12 : 12, left: 4, right: 12, bottom: 4, containLabel: true },
  };
}

/** The subtitle of a chart's own title (e.g. "No customer reached an outcome"), shown by the card. */
export function chartNote(option: EChartsOption): string | undefined {
  const sub = single(option.title)?.subtext;
  return typeof sub === 'string' && sub ? sub : undefined;
}
