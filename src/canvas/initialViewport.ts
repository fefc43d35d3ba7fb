import type { Viewport } from '@xyflow/react';
import type { Grid } from './gridOf';
import { fitReadable, type Box } from './viewportFit';

export { mapBounds, READABLE_ZOOM } from './viewportFit';

/**
 * The viewport a journey opens with in a canvas of this size, `top` pixels at its top edge left
 * free (the toolbar): the readable fit — the whole map when it fits with its text at 12 px or
 * more, otherwise its start (first stage, top lane) at that zoom, panned down as little as
 * brings `focus` (the start node) into view when it is not.
 */
export function initialViewport(grid: Grid, width: number, height: number, top = 0, focus?: Box): Viewport {
  return fitReadable(grid, { width, height, top }, focus);
}
