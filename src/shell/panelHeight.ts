/** The panel is never shorter than this (its tabs and a line or two). */
export const PANEL_MIN_HEIGHT = 80;
/** The most of the editors-and-panel column the panel may take: the map keeps the larger part. */
export const PANEL_MAX_SHARE = 0.35;

/**
 * The height the bottom panel is drawn at: the height asked for (the sash, the results), at least
 * the minimum and at most its share of the column it shares with the editors (0: not measured yet).
 */
export function panelHeightFor(requested: number, columnHeight: number): number {
  const max = columnHeight > 0 ? Math.max(PANEL_MIN_HEIGHT, Math.floor(columnHeight * PANEL_MAX_SHARE)) : Infinity;
  return Math.round(Math.min(max, Math.max(PANEL_MIN_HEIGHT, requested)));
}
