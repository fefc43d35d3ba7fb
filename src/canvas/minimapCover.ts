import type { Position } from '../../runtime/model/primitives';
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';

/** The minimap's size and its distance from the canvas's bottom-right corner, in screen pixels. */
export const MINIMAP_SIZE = { width: 160, height: 100 };
export const MINIMAP_MARGIN = 15;
/** On a larger map the minimap is not checked against every node on every frame (it stays as the user set it). */
export const MINIMAP_COVER_CHECK_LIMIT = 1500;

/** Whether the minimap, at the bottom-right corner of a pane of this size, would cover a node drawn with this transform. */
export function minimapCoversNodes(positions: Iterable<Position>, transform: readonly [number, number, number], pane: { width: number; height: number }): boolean {
  const [tx, ty, zoom] = transform;
  const right = pane.width - MINIMAP_MARGIN;
  const bottom = pane.height - MINIMAP_MARGIN;
  const left = right - MINIMAP_SIZE.width;
  const top = bottom - MINIMAP_SIZE.height;
  for (const p of positions) {
    const x0 = p.x * zoom + tx;
    const y0 = p.y * zoom + ty;
    if (x0 < right && x0 + NODE_WIDTH * zoom > left && y0 < bottom && y0 + NODE_HEIGHT * zoom > top) return true;
  }
  return false;
}
