import { lanesOf, type Journey } from '../../runtime/model/journey';
import type { LaneKind, Position } from '../../runtime/model/primitives';
import { effectiveLane, effectiveStage } from './effectiveCell';
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';

/** A stage column; `stageId` is undefined for the column of nodes without a (known) stage. */
export interface GridColumn {
  stageId: string | undefined;
  name: string;
  x0: number;
  x1: number;
}

/** A lane row. */
export interface GridRow {
  laneId: string;
  name: string;
  kind: LaneKind;
  y0: number;
  y1: number;
}

export interface GridCell {
  column: number;
  row: number;
}

/** The map's table: stage columns × lane rows, and where every node is drawn. */
export interface Grid {
  columns: GridColumn[];
  rows: GridRow[];
  /** Each node's position: its own, or the one it gets in its cell when it has none. */
  positions: ReadonlyMap<string, Position>;
  /** Each node's cell. */
  cells: ReadonlyMap<string, GridCell>;
}

export const CELL_PAD_X = 30;
export const CELL_PAD_Y = 36;
export const CELL_GAP = 24;
export const MIN_COLUMN_WIDTH = 260;
export const MIN_ROW_HEIGHT = 160;

export const UNSTAGED_NAME = 'No stage';

/**
 * The grid of a journey. Columns and rows grow to hold the nodes positioned in them (bands are
 * contiguous: a boundary sits halfway between the contents of neighbouring bands); nodes without
 * a position get a slot in their cell, below the positioned nodes of their row.
 */
export function gridOf(journey: Journey): Grid {
  const lanes = lanesOf(journey);
  const stages = journey.stages ?? [];
  const rowIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const columnIndex = new Map(stages.map((s, i) => [s.id, i]));

  const cells = new Map<string, GridCell>();
  const unplaced: { id: string; cell: GridCell }[] = [];
  let needsUnstaged = stages.length === 0;
  const placed: { id: string; cell: GridCell; at: Position }[] = [];
  for (const node of journey.nodes) {
    if (cells.has(node.id)) continue;
    const stage = effectiveStage(node, journey);
    const column = stage === undefined ? stages.length : columnIndex.get(stage)!;
    if (stage === undefined) needsUnstaged = true;
    const cell = { column, row: rowIndex.get(effectiveLane(node, lanes)) ?? 0 };
    cells.set(node.id, cell);
    if (node.position) placed.push({ id: node.id, cell, at: node.position });
    else unplaced.push({ id: node.id, cell });
  }

  const nColumns = stages.length + (needsUnstaged ? 1 : 0);
  const colLo: (number | undefined)[] = new Array(nColumns).fill(undefined);
  const colHi: (number | undefined)[] = new Array(nColumns).fill(undefined);
  const rowLo: (number | undefined)[] = new Array(lanes.length).fill(undefined);
  const rowHi: (number | undefined)[] = new Array(lanes.length).fill(undefined);
  for (const { cell, at } of placed) {
    colLo[cell.column] = Math.min(colLo[cell.column] ?? Infinity, at.x);
    colHi[cell.column] = Math.max(colHi[cell.column] ?? -Infinity, at.x + NODE_WIDTH);
    rowLo[cell.row] = Math.min(rowLo[cell.row] ?? Infinity, at.y);
    rowHi[cell.row] = Math.max(rowHi[cell.row] ?? -Infinity, at.y + NODE_HEIGHT);
  }

  // Nodes without a position: a strip under the row's positioned nodes, one slot per node of the cell.
  const slotsPerCell = new Map<string, number>();
  const slotOf = new Map<string, number>();
  for (const { id, cell } of unplaced) {
    const key = `${cell.column}:${cell.row}`;
    const slot = slotsPerCell.get(key) ?? 0;
    slotOf.set(id, slot);
    slotsPerCell.set(key, slot + 1);
  }
  const colMin = new Array<number>(nColumns).fill(MIN_COLUMN_WIDTH);
  const rowMin = new Array<number>(lanes.length).fill(MIN_ROW_HEIGHT);
  const stripTop = rowHi.map((hi) => (hi === undefined ? undefined : hi + CELL_GAP));
  const rowHasStrip = new Array<boolean>(lanes.length).fill(false);
  for (const [key, count] of slotsPerCell) {
    const [c, r] = key.split(':').map(Number) as [number, number];
    colMin[c] = Math.max(colMin[c]!, 2 * CELL_PAD_X + count * (NODE_WIDTH + CELL_GAP) - CELL_GAP);
    rowHasStrip[r] = true;
  }
  rowHasStrip.forEach((has, r) => {
    if (has && rowHi[r] !== undefined) rowHi[r] = rowHi[r]! + CELL_GAP + NODE_HEIGHT;
  });

  const xs = bands(colLo, colHi, colMin, CELL_PAD_X);
  const ys = bands(rowLo, rowHi, rowMin, CELL_PAD_Y);
  const columns: GridColumn[] = [];
  for (let i = 0; i < nColumns; i++) {
    const stage = stages[i];
    columns.push({ stageId: stage?.id, name: stage ? stage.name || stage.id : UNSTAGED_NAME, x0: xs[i]!, x1: xs[i + 1]! });
  }
  const rows: GridRow[] = lanes.map((l, i) => ({ laneId: l.id, name: l.name || l.id, kind: l.kind, y0: ys[i]!, y1: ys[i + 1]! }));

  const positions = new Map<string, Position>();
  for (const { id, at } of placed) positions.set(id, at);
  for (const { id, cell } of unplaced) {
    const column = columns[cell.column]!;
    const row = rows[cell.row]!;
    const slot = slotOf.get(id)!;
    positions.set(id, { x: column.x0 + CELL_PAD_X + slot * (NODE_WIDTH + CELL_GAP), y: stripTop[cell.row] ?? row.y0 + CELL_PAD_Y });
  }
  return { columns, rows, positions, cells };
}

/**
 * Contiguous bands around contents: `lo`/`hi` are the extents of each band's content (undefined
 * when empty), `min` each band's minimum size. Returns the n+1 boundaries.
 */
function bands(lo: readonly (number | undefined)[], hi: readonly (number | undefined)[], min: readonly number[], pad: number): number[] {
  const first = lo.findIndex((v) => v !== undefined);
  let start = 0;
  if (first >= 0) {
    start = lo[first]! - pad;
    for (let i = 0; i < first; i++) start -= min[i]!;
  }
  const out = [start];
  for (let i = 0; i < lo.length; i++) {
    const from = out[i]!;
    let end = from + min[i]!;
    const h = hi[i];
    if (h !== undefined) end = Math.max(end, h + pad);
    // The next band's content starts further on: meet it halfway (or all the way when this band is empty).
    const next = lo[i + 1];
    if (next !== undefined && next - pad > end) end = h === undefined ? next - pad : Math.max(end, (h + pad + next - pad) / 2);
    out.push(end);
  }
  return out;
}

/** The cell under a point of the flow (points outside the grid go to the nearest cell). */
export function cellAt(grid: Grid, point: Position): GridCell & { stage: string | undefined; lane: string | undefined } {
  const column = clampIndex(grid.columns.findIndex((c) => point.x < c.x1), grid.columns.length);
  const row = clampIndex(grid.rows.findIndex((r) => point.y < r.y1), grid.rows.length);
  return { column, row, stage: grid.columns[column]?.stageId, lane: grid.rows[row]?.laneId };
}

function clampIndex(found: number, length: number): number {
  return found < 0 ? Math.max(0, length - 1) : found;
}
