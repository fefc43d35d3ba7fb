// Whether a chart's legend fits above its plot, wrapped on a row or two, or is better shown as a
// list beside the chart: echarts' own answer (a "scroll" legend paging "1/8") hides most items.
// Pure: the text widths are estimated from the labels' lengths at the legend's 12 px font.

/** Average advance of a character of the 12 px UI font (px), a little generous. */
export const CHAR_WIDTH = 6.8;
/** The legend's colour mark and the gap after it (px): echarts' itemWidth 25 + 5. */
const MARK_WIDTH = 30;
/** Between two items (echarts' itemGap). */
export const ITEM_GAP = 10;
/** A row of legend (px), and the most rows the plot can give up above it. */
export const ROW_HEIGHT = 22;
export const MAX_ROWS = 2;

export type LegendLayout = { kind: 'legend'; rows: number } | { kind: 'list' };

export const itemWidth = (name: string): number => MARK_WIDTH + name.length * CHAR_WIDTH;

/**
 * How the legend of these items is shown in a chart `width` px wide: as the chart's legend, on as
 * many rows as it wraps to (at most MAX_ROWS), or as a list beside the chart (`list`) when it would
 * take more rows, or one item alone is wider than the chart.
 */
export function legendLayout(names: readonly string[], width: number): LegendLayout {
  if (names.length === 0) return { kind: 'legend', rows: 0 };
  const room = width - 16;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const w = itemWidth(name);
    if (w > room) return { kind: 'list' };
    if (used > 0 && used + ITEM_GAP + w > room) {
      rows++;
      used = w;
    } else used += (used > 0 ? ITEM_GAP : 0) + w;
  }
  return rows <= MAX_ROWS ? { kind: 'legend', rows } : { kind: 'list' };
}
