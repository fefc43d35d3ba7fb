import type { Viewport } from '@xyflow/react';
import type { Grid } from './gridOf';
import { LANE_LABEL_WIDTH, STAGE_HEADER_HEIGHT } from './nodeSize';

/** Below this zoom cards cannot be read: a large map opens at its start instead of shrinking to fit. */
export const READABLE_ZOOM = 0.5;
const MARGIN = 16;

/** The map's bounds: lane labels, stage headers and the grid. */
export function mapBounds(grid: Grid): { x: number; y: number; width: number; height: number } {
  const x = (grid.columns[0]?.x0 ?? 0) - LANE_LABEL_WIDTH;
  const y = (grid.rows[0]?.y0 ?? 0) - STAGE_HEADER_HEIGHT;
  const x1 = grid.columns[grid.columns.length - 1]?.x1 ?? 0;
  const y1 = grid.rows[grid.rows.length - 1]?.y1 ?? 0;
  return { x, y, width: x1 - x, height: y1 - y };
}

/**
 * The viewport a journey opens with: the whole map when it fits at a readable zoom (at most 1:1),
 * otherwise its start (left, top) at the readable zoom — a journey is read from its first stage.
 */
export function initialViewport(grid: Grid, width: number, height: number): Viewport {
  const b = mapBounds(grid);
  const fit = Math.min((width - 2 * MARGIN) / b.width, (height - 2 * MARGIN) / b.height);
  const zoom = Math.max(READABLE_ZOOM, Math.min(1, fit));
  const x = b.width * zoom <= width - 2 * MARGIN ? (width - b.width * zoom) / 2 - b.x * zoom : MARGIN - b.x * zoom;
  const y = b.height * zoom <= height - 2 * MARGIN ? (height - b.height * zoom) / 2 - b.y * zoom : MARGIN - b.y * zoom;
  return { x, y, zoom };
}
