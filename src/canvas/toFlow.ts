import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { JourneyEdge } from '../../runtime/model/edge';
import type { Journey, JourneyNode, Team } from '../../runtime/model/journey';
import type { LaneKind } from '../../runtime/model/primitives';
import { connectOf } from '../../nodes/registry';
import { drawnEdges } from './drawnEdges';
import { gridOf, type Grid } from './gridOf';
import { issuesByElement, type ElementIssues } from './issuesByElement';
import { HANDLE_SIZE as HANDLE, LANE_LABEL_WIDTH, NODE_HEIGHT, NODE_WIDTH, STAGE_HEADER_HEIGHT } from './nodeSize';
import type { Selection } from './selection';
import type { CanvasOverlay, EdgeOverlay, NodeOverlay } from './canvasOverlay';

export type JourneyNodeData = { node: JourneyNode; issues: ElementIssues | undefined; team: Team | undefined; isStart: boolean; outgoing: boolean; overlay?: NodeOverlay | undefined };
export type StageNodeData = { stageId: string | undefined; name: string; count: number };
export type LaneNodeData = { laneId: string; name: string; kind: LaneKind };
export type JourneyEdgeData = { edge: JourneyEdge; issues: ElementIssues | undefined; parallelIndex: number; parallelCount: number; fromStage: boolean; overlay?: EdgeOverlay | undefined };

export type JourneyFlowNode = Node<JourneyNodeData, 'journey'>;
export type StageFlowNode = Node<StageNodeData, 'stage'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type FlowNode = JourneyFlowNode | StageFlowNode | LaneFlowNode;
export type FlowEdge = Edge<JourneyEdgeData, 'journey'>;

export interface Flow {
  nodes: FlowNode[];
  edges: FlowEdge[];
  grid: Grid;
}

/** React Flow ids of the non-journey nodes (journey ids are slugs, so they never contain ':'). */
export const stageNodeId = (stageId: string | undefined) => `stage:${stageId ?? ''}`;
export const laneNodeId = (laneId: string) => `lane:${laneId}`;
export function isJourneyFlowNode(n: FlowNode): n is JourneyFlowNode {
  return n.type === 'journey';
}

/** The class of elements an overlay with `dimOthers` does not mention. */
export const DIMMED = 'jo-dimmed';
const TARGET_HANDLE: NodeHandle = { type: 'target', position: Position.Left, x: -HANDLE / 2, y: NODE_HEIGHT / 2 - HANDLE / 2, width: HANDLE, height: HANDLE };
const SOURCE_HANDLE: NodeHandle = { type: 'source', position: Position.Right, x: NODE_WIDTH - HANDLE / 2, y: NODE_HEIGHT / 2 - HANDLE / 2, width: HANDLE, height: HANDLE };
const BOTH_HANDLES = [TARGET_HANDLE, SOURCE_HANDLE];
const TARGET_ONLY = [TARGET_HANDLE];

/**
 * The React Flow projection of a journey: pure. Nodes come with their size and handles, so React
 * Flow never has to measure them. Pass the previous flow to keep the objects of unchanged elements
 * (React Flow then skips them). An overlay (simulation results, a replay…) rides on the elements'
 * data; with `dimOthers`, the elements it does not mention are faded.
 */
export function toFlow(journey: Journey, diagnostics: readonly Diagnostic[], selection: Selection, previous?: Flow, overlay?: CanvasOverlay): Flow {
  const grid = gridOf(journey);
  const issues = issuesByElement(diagnostics, journey);
  const selectedNodes = new Set(selection.nodes);
  const selectedEdges = new Set(selection.edges);
  const teams = new Map((journey.teams ?? []).map((t) => [t.id, t]));
  const prevNodes = new Map((previous?.nodes ?? []).map((n) => [n.id, n]));
  const prevEdges = new Map((previous?.edges ?? []).map((e) => [e.id, e]));

  const nodes: FlowNode[] = [];
  const headerTop = (grid.rows[0]?.y0 ?? 0) - STAGE_HEADER_HEIGHT;
  const counts = new Map<string | undefined, number>();
  for (const node of journey.nodes) {
    const c = grid.columns[grid.cells.get(node.id)?.column ?? -1]?.stageId;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  for (const column of grid.columns) {
    const next: StageFlowNode = {
      id: stageNodeId(column.stageId),
      type: 'stage',
      position: { x: column.x0, y: headerTop },
      data: { stageId: column.stageId, name: column.name, count: counts.get(column.stageId) ?? 0 },
      ...fixedSize(column.x1 - column.x0, STAGE_HEADER_HEIGHT),
      handles: column.stageId === undefined ? [] : [{ type: 'source', position: Position.Bottom, x: (column.x1 - column.x0) / 2 - HANDLE / 2, y: STAGE_HEADER_HEIGHT - HANDLE / 2, width: HANDLE, height: HANDLE }],
      selectable: false,
      draggable: false,
      focusable: false,
      connectable: column.stageId !== undefined,
    };
    nodes.push(reuse(prevNodes.get(next.id), next));
  }
  const left = grid.columns[0]?.x0 ?? 0;
  for (const row of grid.rows) {
    const next: LaneFlowNode = {
      id: laneNodeId(row.laneId),
      type: 'lane',
      position: { x: left - LANE_LABEL_WIDTH, y: row.y0 },
      data: { laneId: row.laneId, name: row.name, kind: row.kind },
      ...fixedSize(LANE_LABEL_WIDTH, row.y1 - row.y0),
      handles: [],
      selectable: false,
      draggable: false,
      focusable: false,
      connectable: false,
    };
    nodes.push(reuse(prevNodes.get(next.id), next));
  }

  const ids = new Set<string>();
  for (const node of journey.nodes) {
    if (ids.has(node.id)) continue;
    ids.add(node.id);
    const outgoing = connectOf(node) !== 'none';
    const next: JourneyFlowNode = {
      id: node.id,
      type: 'journey',
      position: grid.positions.get(node.id)!,
      data: { node, issues: issues.nodes.get(node.id), team: node.work ? teams.get(node.work.team) : undefined, isStart: journey.start === node.id, outgoing, overlay: overlay?.nodes[node.id] },
      ...fixedSize(NODE_WIDTH, NODE_HEIGHT),
      handles: outgoing ? BOTH_HANDLES : TARGET_ONLY,
      selected: selectedNodes.has(node.id),
      ...(overlay?.dimOthers && !overlay.nodes[node.id] ? { className: DIMMED } : {}),
    };
    nodes.push(reuse(prevNodes.get(next.id), next));
  }

  const edges: FlowEdge[] = drawnEdges(journey, ids).map(({ edge, parallelIndex, parallelCount, fromStage }) => {
    const next: FlowEdge = {
      id: edge.id,
      type: 'journey',
      source: fromStage ? stageNodeId(edge.from) : edge.from,
      target: edge.to,
      data: { edge, issues: issues.edges.get(edge.id), parallelIndex, parallelCount, fromStage, overlay: overlay?.edges[edge.id] },
      selected: selectedEdges.has(edge.id),
      ...(overlay?.dimOthers && !overlay.edges[edge.id] ? { className: DIMMED } : {}),
    };
    return reuse(prevEdges.get(next.id), next);
  });
  return { nodes, edges, grid };
}

function fixedSize(width: number, height: number) {
  return { width, height, measured: { width, height } };
}

/** The previous object when nothing React Flow or the views read has changed. */
function reuse<T extends FlowNode | FlowEdge>(prev: FlowNode | FlowEdge | undefined, next: T): T {
  if (!prev || prev.type !== next.type || prev.selected !== next.selected || prev.className !== next.className) return next;
  if ('position' in next && 'position' in prev) {
    if (prev.position.x !== next.position.x || prev.position.y !== next.position.y || prev.width !== next.width || prev.height !== next.height) return next;
  }
  if ('source' in next && 'source' in prev && (prev.source !== next.source || prev.target !== next.target)) return next;
  return sameData(prev.data as Record<string, unknown>, next.data as Record<string, unknown>) ? (prev as T) : next;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k of Object.keys(b)) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (k === 'issues' && x && y && (x as ElementIssues).key === (y as ElementIssues).key) continue;
    if (k === 'overlay' && x && y && sameOverlay(x as NodeOverlay & EdgeOverlay, y as NodeOverlay & EdgeOverlay)) continue;
    return false;
  }
  return true;
}

/** Overlay parts are small flat records: equal when every field is. */
function sameOverlay(a: NodeOverlay & EdgeOverlay, b: NodeOverlay & EdgeOverlay): boolean {
  return a.tone === b.tone && a.badge === b.badge && a.title === b.title && a.width === b.width && a.label === b.label;
}
