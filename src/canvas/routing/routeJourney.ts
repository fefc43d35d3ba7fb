import type { Avoid } from './avoidTypes';
import { placeLabels, type Box, type PlacedLabel } from './placeLabels';
import { routeEdges, type RouteEdge, type RouteRect, type XY } from './routeEdges';

/** A node as the canvas has it: journey nodes are obstacles, stage headers are edge sources only. */
export interface RoutedNode {
  id: string;
  type?: string | undefined;
  position: XY;
  width?: number | undefined;
  height?: number | undefined;
}

export interface RoutedEdgeInput {
  id: string;
  source: string;
  target: string;
  fromStage: boolean;
  /** The label's text, to size its box; empty for no label. */
  label: string;
}

export interface EdgeRouting {
  points: XY[];
  label: PlacedLabel | undefined;
}

/** The label box a text needs (the canvas's `.je-label`: 10.5 px monospace, 6 px padding, clock icon). */
export function labelSize(text: string): { width: number; height: number } {
  return { width: Math.min(222, Math.ceil(text.length * 6.4 + 22)), height: 19 };
}

/** Routes and label places for the whole visible journey, in one pass. */
export function routeJourney(avoid: Avoid, nodes: readonly RoutedNode[], edges: readonly RoutedEdgeInput[]): Map<string, EdgeRouting> {
  const rects: RouteRect[] = [];
  const stages = new Map<string, RoutedNode>();
  for (const n of nodes) {
    if (n.type === 'stage') stages.set(n.id, n);
    else if (n.type === 'journey' || n.type === undefined) rects.push({ id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 });
  }
  const toRoute: RouteEdge[] = edges.map((e) => {
    const stage = e.fromStage ? stages.get(e.source) : undefined;
    return { id: e.id, source: e.source, target: e.target, sourcePoint: stage ? { x: stage.position.x + (stage.width ?? 0) / 2, y: stage.position.y + (stage.height ?? 0) } : undefined };
  });
  const routes = routeEdges(avoid, rects, toRoute);
  const boxes: Box[] = rects;
  const labels = placeLabels(
    edges.filter((e) => e.label && routes.has(e.id)).map((e) => ({ id: e.id, route: routes.get(e.id)!, ...labelSize(e.label) })),
    boxes,
  );
  const out = new Map<string, EdgeRouting>();
  for (const [id, points] of routes) out.set(id, { points, label: labels.get(id) });
  return out;
}
