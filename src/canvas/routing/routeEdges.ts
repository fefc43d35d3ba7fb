import type { Avoid } from './avoidTypes';

export interface XY {
  x: number;
  y: number;
}

/** A node's box on the canvas (flow coordinates). */
export interface RouteRect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An edge to route: from the right side of `source` to the left side of `target`, or from a fixed point (a stage header's handle). */
export interface RouteEdge {
  id: string;
  source: string;
  target: string;
  sourcePoint?: XY | undefined;
}

/** Space kept between a route and the nodes it passes, and between parallel segments. */
export const ROUTE_CLEARANCE = 14;
export const ROUTE_SPACING = 10;

const OUT_PIN = 1;
const IN_PIN = 2;

/**
 * Orthogonal routes for every edge in one pass of libavoid: every node an obstacle, every edge a
 * connector leaving its source on the right and entering its target on the left; parallel
 * segments nudged apart, and so are the ends of the edges that share a card's side (libavoid
 * spreads them along it). Edges whose ends are unknown (or that loop on one node) get no route,
 * nor do those libavoid cannot route: an end walled in by cards laid over or against its card
 * (libavoid then gives a straight line between the cards' centres).
 */
export function routeEdges(avoid: Avoid, rects: readonly RouteRect[], edges: readonly RouteEdge[]): Map<string, XY[]> {
  const router = new avoid.Router(avoid.OrthogonalRouting);
  router.setRoutingParameter(avoid.shapeBufferDistance, ROUTE_CLEARANCE);
  router.setRoutingParameter(avoid.idealNudgingDistance, ROUTE_SPACING);
  router.setRoutingParameter(avoid.segmentPenalty, 50);
  router.setRoutingOption(avoid.nudgeOrthogonalSegmentsConnectedToShapes, true);
  router.setRoutingOption(avoid.nudgeSharedPathsWithCommonEndPoint, true);
  try {
    const shapes = new Map<string, object>();
    for (const r of rects) {
      const shape = new avoid.ShapeRef(router, new avoid.Rectangle(new avoid.Point(r.x, r.y), new avoid.Point(r.x + r.width, r.y + r.height)));
      new avoid.ShapeConnectionPin(shape, OUT_PIN, 1, 0.5, true, 0, avoid.ConnDirRight).setExclusive(false);
      new avoid.ShapeConnectionPin(shape, IN_PIN, 0, 0.5, true, 0, avoid.ConnDirLeft).setExclusive(false);
      shapes.set(r.id, shape);
    }
    const connectors: [string, ReturnType<typeof connect>][] = [];
    function connect(src: object, dst: object) {
      return new avoid.ConnRef(router, src, dst);
    }
    const byId = new Map(rects.map((r) => [r.id, r]));
    const ends = new Map<string, { from: number; to: number }>();
    for (const e of edges) {
      const target = shapes.get(e.target);
      const source = e.sourcePoint ? new avoid.ConnEnd(new avoid.Point(e.sourcePoint.x, e.sourcePoint.y)) : shapes.has(e.source) ? new avoid.ConnEnd(shapes.get(e.source)!, OUT_PIN) : undefined;
      if (!target || !source || e.source === e.target) continue;
      const s = byId.get(e.source);
      const t = byId.get(e.target)!;
      ends.set(e.id, { from: e.sourcePoint ? e.sourcePoint.x : s!.x + s!.width, to: t.x });
      connectors.push([e.id, connect(source, new avoid.ConnEnd(target, IN_PIN))]);
    }
    router.processTransaction();
    const routes = new Map<string, XY[]>();
    for (const [id, conn] of connectors) {
      const line = conn.displayRoute();
      const points: XY[] = [];
      for (let i = 0; i < line.size(); i++) {
        const p = line.get_ps(i);
        points.push({ x: p.x, y: p.y });
      }
      if (isRoute(points, ends.get(id)!)) routes.set(id, points);
    }
    return routes;
  } finally {
    avoid.destroy(router);
  }
}

/** Whether libavoid routed a connector: an orthogonal line from its source's side (or point) to its target's left side. */
function isRoute(points: readonly XY[], ends: { from: number; to: number }): boolean {
  if (points.length < 2) return false;
  for (let i = 1; i < points.length; i++) if (points[i]!.x !== points[i - 1]!.x && points[i]!.y !== points[i - 1]!.y) return false;
  return Math.abs(points[0]!.x - ends.from) < 1 && Math.abs(points[points.length - 1]!.x - ends.to) < 1;
}
