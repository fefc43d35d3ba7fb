import { requireNodeKind } from '../../nodes/registry';
import { connectOf } from '../../nodes/registry';
import { lanesOf, type Journey } from '../../runtime/model/journey';
import { addNode, connect, createNode, moveNodes, updateEdge, updateJourney, updateNode } from '../../runtime/model/ops';
import type { Position } from '../../runtime/model/primitives';
import { effectiveLane, effectiveStage } from './effectiveCell';
import { cellAt, type Grid } from './gridOf';
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';
import { eventNameFor } from './triggerLabel';

/** An edit made on the canvas: the next document and its history label. */
export interface CanvasEdit {
  journey: Journey;
  label: string;
}

const center = (p: Position): Position => ({ x: p.x + NODE_WIDTH / 2, y: p.y + NODE_HEIGHT / 2 });
const round = (p: Position): Position => ({ x: Math.round(p.x), y: Math.round(p.y) });

/**
 * Nodes dropped after a drag: their new positions, and the stage and lane of the cell their centre
 * landed in (against the grid as it was before the drag). Undefined when nothing moved.
 */
export function moveEdit(journey: Journey, grid: Grid, moved: ReadonlyMap<string, Position>): CanvasEdit | undefined {
  const lanes = lanesOf(journey);
  const byId = new Map(journey.nodes.map((n) => [n.id, n]));
  const moves: Record<string, Position> = {};
  const recelled: { id: string; stage: string | undefined; lane: string | undefined }[] = [];
  for (const [id, raw] of moved) {
    const node = byId.get(id);
    if (!node) continue;
    const at = round(raw);
    const was = grid.positions.get(id);
    if (was && was.x === at.x && was.y === at.y) continue;
    moves[id] = at;
    const cell = cellAt(grid, center(at));
    if (cell.stage !== effectiveStage(node, journey) || (cell.lane !== undefined && cell.lane !== effectiveLane(node, lanes))) recelled.push({ id, stage: cell.stage, lane: cell.lane });
  }
  const ids = Object.keys(moves);
  if (ids.length === 0) return undefined;
  let next = moveNodes(journey, moves);
  for (const r of recelled) next = updateNode(next, r.id, { stage: r.stage, lane: r.lane });
  if (ids.length > 1) return { journey: next, label: `Move ${ids.length} nodes` };
  const only = recelled[0];
  if (!only) return { journey: next, label: `Move ${ids[0]}` };
  const stage = (journey.stages ?? []).find((s) => s.id === only.stage)?.name ?? 'no stage';
  const lane = lanes.find((l) => l.id === only.lane)?.name ?? '';
  return { journey: next, label: `Move ${only.id} to ${stage} / ${lane}` };
}

/** A node of `kind` dropped at a point of the flow: centred there, in the cell under the point. */
export function dropEdit(journey: Journey, grid: Grid, kind: string, point: Position): (CanvasEdit & { nodeId: string }) | undefined {
  let descriptor;
  try {
    descriptor = requireNodeKind(kind);
  } catch {
    return undefined;
  }
  const cell = cellAt(grid, point);
  const node = createNode(journey, kind, { position: round({ x: point.x - NODE_WIDTH / 2, y: point.y - NODE_HEIGHT / 2 }), ...(cell.stage !== undefined ? { stage: cell.stage } : {}), ...(cell.lane !== undefined ? { lane: cell.lane } : {}) });
  const what = descriptor.title.toLowerCase();
  return { journey: addNode(journey, node), nodeId: node.id, label: node.id === kind ? `Add ${what}` : `Add ${what} ${node.id}` };
}

/** The stage id of a React Flow source that is a stage header (`stage:<id>`). */
export function stageOfSource(source: string): string | undefined {
  return source.startsWith('stage:') ? source.slice('stage:'.length) || undefined : undefined;
}

/**
 * Connect two elements dragged together on the canvas. Decisions and actions go on with rules
 * (`always`); everything else waits for an event named after the target ("Book advisor" →
 * BOOK_ADVISOR). The source may be a stage header (`stage:<id>`): a stage-level edge.
 */
export function connectEdit(journey: Journey, source: string, target: string): (CanvasEdit & { edgeId: string }) | undefined {
  const stage = stageOfSource(source);
  const from = stage ?? source;
  const fromNode = journey.nodes.find((n) => n.id === source);
  const toNode = journey.nodes.find((n) => n.id === target);
  if (!toNode || from === target) return undefined;
  const how = fromNode ? connectOf(fromNode) : 'event';
  if (stage === undefined && (!fromNode || how === 'none')) return undefined;
  if (stage !== undefined && !(journey.stages ?? []).some((s) => s.id === stage)) return undefined;
  const trigger = how === 'always' ? ({ always: true } as const) : { event: eventNameFor(toNode.label || toNode.id) };
  const { journey: next, edgeId } = connect(journey, from, target, trigger);
  return { journey: next, edgeId, label: `Connect ${from} → ${target}` };
}

/** An edge's end dragged to another node (or its start to another node or stage header). */
export function reconnectEdit(journey: Journey, edgeId: string, source: string, target: string): CanvasEdit | undefined {
  const edge = journey.edges.find((e) => e.id === edgeId);
  const from = stageOfSource(source) ?? source;
  if (!edge || from === target || !journey.nodes.some((n) => n.id === target)) return undefined;
  const fromNode = journey.nodes.find((n) => n.id === from);
  if (fromNode ? connectOf(fromNode) === 'none' : !(journey.stages ?? []).some((s) => s.id === from)) return undefined;
  if (edge.from === from && edge.to === target) return undefined;
  return { journey: updateEdge(journey, edgeId, { from, to: target }), label: `Reconnect ${edgeId}: ${from} → ${target}` };
}

/** A stage renamed on its header. */
export function renameStageEdit(journey: Journey, stageId: string, name: string): CanvasEdit | undefined {
  const stages = journey.stages ?? [];
  if (!stages.some((s) => s.id === stageId && s.name !== name) || name.trim() === '') return undefined;
  return { journey: updateJourney(journey, { stages: stages.map((s) => (s.id === stageId ? { ...s, name } : s)) }), label: `Rename stage ${stageId}` };
}
