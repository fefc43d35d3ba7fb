import { NODE_HEIGHT } from '../nodeSize';
import type { XY } from './routeEdges';

/**
 * How far a route's ends may be from the handles before it is taken as stale (a node moved): about
 * a handle across, and up or down the card's side (the router spreads the ends of edges that share one).
 */
export const END_TOLERANCE_X = 16;
export const END_TOLERANCE_Y = NODE_HEIGHT / 2;

/** Whether a route still starts and ends at an edge's handles (`s`: its source handle, `t`: its target's). */
export function routeFits(points: readonly XY[], s: XY, t: XY): boolean {
  const [a, b] = [points[0], points[points.length - 1]];
  if (!a || !b) return false;
  return Math.abs(a.x - s.x) <= END_TOLERANCE_X && Math.abs(a.y - s.y) <= END_TOLERANCE_Y && Math.abs(b.x - t.x) <= END_TOLERANCE_X && Math.abs(b.y - t.y) <= END_TOLERANCE_Y;
}
