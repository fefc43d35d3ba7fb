import type { Journey } from '../../../runtime/model/journey';
import type { Position } from '../../../runtime/model/primitives';
import { CELL_GAP, CELL_PAD_X, CELL_PAD_Y, MIN_COLUMN_WIDTH, MIN_ROW_HEIGHT, gridOf } from '../gridOf';
import { NODE_HEIGHT, NODE_WIDTH } from '../nodeSize';

/** Where a layered layout put a node: `x` orders the layers, `y` the nodes within a layer. */
export type LayerOrder = ReadonlyMap<string, Position>;

export const LAYER_GAP = 60;

/**
 * Positions that keep every node in its stage column and lane row. Inside a column, each distinct
 * layer of the layered layout gets a slot (left to right); nodes of one cell and slot stack in the
 * layout's vertical order. Columns and rows are as wide and tall as their busiest cell.
 */
export function placeInGrid(journey: Journey, order: LayerOrder): Record<string, Position> {
  const grid = gridOf(journey);
  const nCols = grid.columns.length;
  const nRows = grid.rows.length;
  const ids = [...grid.cells.keys()];
  const at = (id: string) => order.get(id) ?? grid.positions.get(id) ?? { x: 0, y: 0 };

  // Slots: the distinct layers (x) of each column, in order.
  const slotOf = new Map<string, number>();
  const slotsPerColumn = new Array<number>(nCols).fill(1);
  for (let c = 0; c < nCols; c++) {
    const members = ids.filter((id) => grid.cells.get(id)!.column === c);
    const layers = [...new Set(members.map((id) => Math.round(at(id).x)))].sort((a, b) => a - b);
    slotsPerColumn[c] = Math.max(1, layers.length);
    for (const id of members) slotOf.set(id, layers.indexOf(Math.round(at(id).x)));
  }

  // Stacks: nodes sharing a cell and slot, in vertical order.
  const stacks = new Map<string, string[]>();
  for (const id of ids) {
    const cell = grid.cells.get(id)!;
    const key = `${cell.column}:${cell.row}:${slotOf.get(id)}`;
    stacks.set(key, [...(stacks.get(key) ?? []), id]);
  }
  const depthOfRow = new Array<number>(nRows).fill(1);
  const levelOf = new Map<string, number>();
  for (const [key, members] of stacks) {
    const row = Number(key.split(':')[1]);
    members.sort((a, b) => at(a).y - at(b).y || ids.indexOf(a) - ids.indexOf(b));
    members.forEach((id, i) => levelOf.set(id, i));
    depthOfRow[row] = Math.max(depthOfRow[row]!, members.length);
  }

  const colX: number[] = [0];
  for (let c = 0; c < nCols; c++) colX.push(colX[c]! + Math.max(MIN_COLUMN_WIDTH, 2 * CELL_PAD_X + slotsPerColumn[c]! * (NODE_WIDTH + LAYER_GAP) - LAYER_GAP));
  const rowY: number[] = [0];
  for (let r = 0; r < nRows; r++) rowY.push(rowY[r]! + Math.max(MIN_ROW_HEIGHT, 2 * CELL_PAD_Y + depthOfRow[r]! * (NODE_HEIGHT + CELL_GAP) - CELL_GAP));

  const out: Record<string, Position> = {};
  for (const id of ids) {
    const cell = grid.cells.get(id)!;
    out[id] = {
      x: colX[cell.column]! + CELL_PAD_X + slotOf.get(id)! * (NODE_WIDTH + LAYER_GAP),
      y: rowY[cell.row]! + CELL_PAD_Y + levelOf.get(id)! * (NODE_HEIGHT + CELL_GAP),
    };
  }
  return out;
}
