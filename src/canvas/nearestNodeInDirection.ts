import type { Position } from '../../runtime/model/primitives';

/** Added to the score of a node more than 45° off the direction: any node inside the cone wins. */
const OUTSIDE_CONE = 1e12;

export type Direction = 'left' | 'right' | 'up' | 'down';

/** A node as the keyboard moves between them: its id and the centre of its card. */
export interface PlacedNode {
  id: string;
  center: Position;
}

/**
 * The node the selection moves to from `from` in a direction: among the nodes whose centre lies
 * that way (strictly), those within 45° of it first; of them, the one with the least distance along
 * the direction plus twice the distance across it, so a node straight ahead wins over a nearer one
 * off to the side. Ties go to the earlier node of the list (map order). Undefined when no node lies
 * that way.
 */
export function nearestNodeInDirection(nodes: readonly PlacedNode[], from: Position, direction: Direction): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const n of nodes) {
    const dx = n.center.x - from.x;
    const dy = n.center.y - from.y;
    const [along, across] = direction === 'right' ? [dx, dy] : direction === 'left' ? [-dx, dy] : direction === 'down' ? [dy, dx] : [-dy, dx];
    if (along <= 0) continue;
    const score = along + 2 * Math.abs(across) + (Math.abs(across) > along ? OUTSIDE_CONE : 0);
    if (score < bestScore) {
      bestScore = score;
      best = n.id;
    }
  }
  return best;
}

/** Nodes in map order: stage columns left to right, then top to bottom (what Tab would follow). */
export function inMapOrder<N extends PlacedNode>(nodes: readonly N[]): N[] {
  return [...nodes].sort((a, b) => a.center.x - b.center.x || a.center.y - b.center.y);
}
