import type { Journey } from '../../runtime/model/journey';
import { moveEdit, type CanvasEdit } from './canvasEdits';
import { gridOf } from './gridOf';
import type { Direction } from './nearestNodeInDirection';

/** One keyboard nudge: the gap of the canvas's dot grid. */
export const NUDGE_STEP = 24;

const OFFSETS: Record<Direction, { x: number; y: number }> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/**
 * The nodes moved one grid step in a direction, as one edit (one undo step): the same move a drag
 * makes, so a node nudged across a stage or lane line moves into that cell. Undefined when none of
 * the ids is a node.
 */
export function nudgeEdit(journey: Journey, ids: readonly string[], direction: Direction, step = NUDGE_STEP): CanvasEdit | undefined {
  const grid = gridOf(journey);
  const o = OFFSETS[direction];
  const moved = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const p = grid.positions.get(id);
    if (p) moved.set(id, { x: p.x + o.x * step, y: p.y + o.y * step });
  }
  return moved.size ? moveEdit(journey, grid, moved) : undefined;
}
