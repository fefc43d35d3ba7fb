import { beforeAll, describe, expect, it } from 'vitest';
import type { Avoid } from './avoidTypes';
import { routeEdges, type RouteEdge, type RouteRect, type XY } from './routeEdges';
import { routeFits } from './routeFits';
import { testAvoid } from './testAvoid';

let avoid: Avoid;
beforeAll(async () => {
  avoid = await testAvoid();
});

/** A stage x lane grid like the canvas's: 200 x 84 cards, 80 px between stages, 60 between lanes. */
function grid(columns: number, rows: number): RouteRect[] {
  const rects: RouteRect[] = [];
  for (let c = 0; c < columns; c++) for (let r = 0; r < rows; r++) rects.push({ id: `n${c}_${r}`, x: c * 280, y: r * 144, width: 200, height: 84 });
  return rects;
}

/** Whether segment a-b passes through the inside of a rectangle (its border shrunk by 1 px). */
function crossesInterior(a: XY, b: XY, r: RouteRect): boolean {
  const [x0, y0, x1, y1] = [r.x + 1, r.y + 1, r.x + r.width - 1, r.y + r.height - 1];
  if (a.x === b.x) return a.x > x0 && a.x < x1 && Math.max(a.y, b.y) > y0 && Math.min(a.y, b.y) < y1;
  if (a.y === b.y) return a.y > y0 && a.y < y1 && Math.max(a.x, b.x) > x0 && Math.min(a.x, b.x) < x1;
  throw new Error(`segment ${JSON.stringify([a, b])} is not orthogonal`);
}

const rects = grid(4, 3);
const edges: RouteEdge[] = [
  { id: 'skip', source: 'n0_1', target: 'n3_1' }, // over two cards in its lane
  { id: 'diag', source: 'n0_0', target: 'n3_2' },
  { id: 'back', source: 'n3_0', target: 'n0_2' }, // backwards, around everything in between
  { id: 'up', source: 'n1_2', target: 'n2_0' },
  { id: 'p1', source: 'n1_1', target: 'n2_1' },
  { id: 'p2', source: 'n1_1', target: 'n2_1' },
  { id: 'stage', source: 'stage:s', target: 'n2_2', sourcePoint: { x: 380, y: -20 } },
];

describe('routeEdges', () => {
  const routes = () => routeEdges(avoid, rects, edges);

  it('routes every edge, orthogonally, from the right of its source to the left of its target', () => {
    const r = routes();
    expect([...r.keys()].sort()).toEqual(edges.map((e) => e.id).sort());
    for (const e of edges.filter((x) => !x.sourcePoint)) {
      const pts = r.get(e.id)!;
      const [s, t] = [rects.find((x) => x.id === e.source)!, rects.find((x) => x.id === e.target)!];
      expect(pts[0]!.x).toBeCloseTo(s.x + s.width);
      expect(pts.at(-1)!.x).toBeCloseTo(t.x);
      for (let i = 1; i < pts.length; i++) expect(pts[i]!.x === pts[i - 1]!.x || pts[i]!.y === pts[i - 1]!.y).toBe(true);
    }
  });

  it('never runs through a node other than its own ends', () => {
    const r = routes();
    for (const e of edges) {
      const pts = r.get(e.id)!;
      for (const rect of rects) {
        if (rect.id === e.source || rect.id === e.target) continue;
        for (let i = 1; i < pts.length; i++) expect(crossesInterior(pts[i - 1]!, pts[i]!, rect), `${e.id} through ${rect.id}`).toBe(false);
      }
    }
  });

  it('draws two edges between the same pair of nodes apart', () => {
    const r = routes();
    const [a, b] = [r.get('p1')!, r.get('p2')!];
    // Their horizontal runs (every point but the shared x of the ends) are at least a few px apart.
    const ysA = new Set(a.map((p) => p.y));
    const closest = Math.min(...b.map((p) => Math.min(...[...ysA].map((y) => Math.abs(y - p.y)))));
    expect(closest).toBeGreaterThanOrEqual(4);
  });

  it('routes every edge into a card with many incoming ones, their ends spread along its left side (none falls back to the plain path)', () => {
    // 20 cards in 4 columns x 5 rows, each with an edge into one hub card right of them all.
    const cards = [...grid(4, 5), { id: 'hub', x: 4 * 280, y: 2 * 144, width: 200, height: 84 }];
    const into = cards.filter((c) => c.id !== 'hub').map((c): RouteEdge => ({ id: `${c.id}-hub`, source: c.id, target: 'hub' }));
    const r = routeEdges(avoid, cards, into);
    const hub = cards.at(-1)!;
    expect(r.size).toBe(into.length);
    const endYs = new Set<number>();
    for (const e of into) {
      const pts = r.get(e.id)!;
      const s = cards.find((c) => c.id === e.source)!;
      // What the canvas checks before it draws a route (JourneyEdgeView): its ends at the handles.
      expect(routeFits(pts, { x: s.x + s.width + 7, y: s.y + s.height / 2 }, { x: hub.x - 7, y: hub.y + hub.height / 2 }), e.id).toBe(true);
      const end = pts.at(-1)!;
      expect(end.x).toBeCloseTo(hub.x);
      expect(end.y).toBeGreaterThanOrEqual(hub.y);
      expect(end.y).toBeLessThanOrEqual(hub.y + hub.height);
      endYs.add(Math.round(end.y));
    }
    expect(endYs.size, 'the ends are spread along the side').toBe(into.length);
  });

  it('gives no route into a card whose left side other cards wall in, and still routes the rest', () => {
    // A card laid over the left part of 'boxed', and cards against its left side above and below.
    const boxed = { id: 'boxed', x: 1000, y: 300, width: 200, height: 84 };
    const cards = [boxed, { id: 'over', x: 850, y: 350, width: 200, height: 84 }, { id: 'above', x: 850, y: 200, width: 200, height: 84 }, { id: 'left', x: 780, y: 290, width: 200, height: 84 }, { id: 'a', x: 0, y: 300, width: 200, height: 84 }, { id: 'b', x: 400, y: 600, width: 200, height: 84 }];
    const r = routeEdges(avoid, cards, [{ id: 'walled', source: 'a', target: 'boxed' }, { id: 'free', source: 'a', target: 'b' }]);
    expect(r.has('walled')).toBe(false);
    expect(r.has('free')).toBe(true);
  });

  it('skips edges with an unknown end or a loop', () => {
    const r = routeEdges(avoid, rects, [{ id: 'x', source: 'nope', target: 'n0_0' }, { id: 'loop', source: 'n0_0', target: 'n0_0' }]);
    expect(r.size).toBe(0);
  });
});
