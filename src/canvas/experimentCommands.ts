import { commands as appCommands, type CommandRegistry, type Disposer } from '../commands/commandRegistry';
import type { Journey } from '../../runtime/model/journey';
import type { Position } from '../../runtime/model/primitives';
import { insertSplitOnEdge, type NodePlacement } from '../../runtime/model/ops/insertSplitOnEdge';
import { activeCanvas } from './canvasController';
import type { CanvasEdit } from './canvasEdits';
import { cellAt, gridOf, type Grid, type GridCell } from './gridOf';
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';
import type { CanvasCommandHost } from './useCanvasCommands';

export const ADD_EXPERIMENT_COMMAND = 'journey.addExperiment';

const GAP = 24;
const STEP_X = NODE_WIDTH + GAP;
const STEP_Y = NODE_HEIGHT + GAP;
/** Where to try a card around a point: there, then below, right, left, above, then the diagonals. */
const AROUND: readonly Position[] = [
  { x: 0, y: 0 },
  { x: 0, y: STEP_Y },
  { x: STEP_X, y: 0 },
  { x: -STEP_X, y: 0 },
  { x: 0, y: -STEP_Y },
  { x: STEP_X, y: STEP_Y },
  { x: -STEP_X, y: STEP_Y },
  { x: 0, y: 2 * STEP_Y },
  { x: STEP_X, y: -STEP_Y },
  { x: -STEP_X, y: -STEP_Y },
];

const centreOf = (p: Position): Position => ({ x: p.x + NODE_WIDTH / 2, y: p.y + NODE_HEIGHT / 2 });
const sameCell = (a: GridCell, b: GridCell | undefined) => !!b && a.column === b.column && a.row === b.row;

/**
 * A card's place centred near `centre`, over no other card (nor one placed before: `taken`), in
 * the cell under it (or in `cell` only, when given); undefined when none of the tries fits.
 */
function placeNear(grid: Grid, taken: Position[], centre: Position, cell?: GridCell): (NodePlacement & { position: Position }) | undefined {
  for (const d of AROUND) {
    const c = { x: centre.x + d.x, y: centre.y + d.y };
    const at = cellAt(grid, c);
    if (cell && !sameCell(at, cell)) continue;
    const position = { x: Math.round(c.x - NODE_WIDTH / 2), y: Math.round(c.y - NODE_HEIGHT / 2) };
    const clear = taken.every((p) => Math.abs(p.x - position.x) >= NODE_WIDTH + GAP / 2 || Math.abs(p.y - position.y) >= NODE_HEIGHT + GAP / 2);
    if (!clear) continue;
    return { position, ...(at.stage !== undefined ? { stage: at.stage } : {}), ...(at.lane !== undefined ? { lane: at.lane } : {}) };
  }
  return undefined;
}

/**
 * "Add Experiment Here" on an edge, as one edit (insertSplitOnEdge): the split between the
 * edge's ends on the map, variant B's copy beside the old target in its cell; each where no card
 * is, else in a free slot of its cell.
 */
export function addExperimentEdit(journey: Journey, edgeId: string): (CanvasEdit & { splitId: string; copyId: string }) | undefined {
  const edge = journey.edges.find((e) => e.id === edgeId);
  if (!edge) return undefined;
  const grid = gridOf(journey);
  const target = grid.positions.get(edge.to);
  if (!target) return undefined;
  const taken = [...grid.positions.values()];
  const source = grid.positions.get(edge.from);
  const to = centreOf(target);
  const from = source ? centreOf(source) : { x: to.x - STEP_X, y: to.y };
  const split = placeNear(grid, taken, { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 });
  if (split) taken.push(split.position);
  const copy = placeNear(grid, taken, { x: to.x, y: to.y + STEP_Y }, grid.cells.get(edge.to));
  const inserted = insertSplitOnEdge(journey, edgeId, { ...(split ? { split } : {}), ...(copy ? { copy } : {}) });
  if (!inserted) return undefined;
  const toNode = journey.nodes.find((n) => n.id === edge.to);
  return { journey: inserted.journey, label: `Add experiment before ${toNode?.label || edge.to}`, splitId: inserted.splitId, copyId: inserted.copyId };
}

/**
 * `journey.addExperiment` ("Journey: Add Experiment Here"): with one edge selected (and no node),
 * a split on it with A the current path and B a copy of the next step; one undo step. The split is
 * selected and brought into view.
 */
export function registerExperimentCommands(host: Required<CanvasCommandHost>, registry: CommandRegistry = appCommands): Disposer {
  const oneEdge = () => {
    if (!host.isActive()) return undefined;
    const j = host.getJourney();
    const s = host.getSelection();
    if (!j || s.nodes.length > 0 || s.edges.length !== 1) return undefined;
    const edge = j.edges.find((e) => e.id === s.edges[0]);
    return edge && j.nodes.some((n) => n.id === edge.to) ? edge : undefined;
  };
  return registry.register({
    id: ADD_EXPERIMENT_COMMAND,
    title: 'Add Experiment Here',
    category: 'Journey',
    when: () => oneEdge() !== undefined,
    run: (edgeId?: unknown) => {
      const j = host.getJourney();
      const id = typeof edgeId === 'string' ? edgeId : oneEdge()?.id;
      const edit = j && id !== undefined ? addExperimentEdit(j, id) : undefined;
      if (!edit) return;
      host.edit(edit.journey, edit.label);
      host.setSelection({ nodes: [edit.splitId], edges: [] });
      activeCanvas()?.revealNodes([edit.splitId, edit.copyId]);
    },
  });
}
