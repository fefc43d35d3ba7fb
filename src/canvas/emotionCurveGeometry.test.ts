import { describe, expect, it } from 'vitest';
import { gridOf } from './gridOf';
import { emotionPoints } from './emotionPoints';
import { axisTicks, curvePath, curvePoints, emotionInWords, emotionY, POINT_SPACING, spreadPoints, stageBands, starPath, tooltipLeft, type CurveBox, type CurveViewport } from './emotionCurveGeometry';
import { NODE_WIDTH } from './nodeSize';
import { mortgage } from './testJourneys';
import type { Journey } from '../../runtime/model/journey';
import contactCentre from '../../samples/contact-centre-support.journey.json';

const BOX: CurveBox = { width: 1200, height: 120, gutter: 90, padTop: 20, padBottom: 10 };
const j = mortgage();
const grid = gridOf(j);
const series = emotionPoints(j);
const at = (v: CurveViewport, box: CurveBox = BOX) => new Map(curvePoints(series.points, grid, v, box).map((p) => [p.nodeId, p]));

describe('emotion curve geometry', () => {
  it('puts each point at the screen x of its node’s centre, at the height of its emotion', () => {
    const v = { x: 37, y: -12, zoom: 0.8 };
    const pts = at(v);
    expect(pts.size).toBe(j.nodes.filter((n) => n.emotion !== undefined).length);
    for (const n of j.nodes.filter((n) => n.emotion !== undefined)) {
      const p = pts.get(n.id)!;
      expect(p.x).toBeCloseTo((n.position!.x + NODE_WIDTH / 2) * 0.8 + 37, 6);
      expect(p.y).toBeCloseTo(emotionY(typeof n.emotion === 'number' ? n.emotion : 0, BOX), 6);
    }
  });

  it('moves every point by dx when the map pans by dx; the heights stay', () => {
    const a = at({ x: 0, y: 0, zoom: 1 });
    const b = at({ x: 123, y: 45, zoom: 1 });
    for (const [id, p] of a) {
      expect(b.get(id)!.x - p.x).toBeCloseTo(123, 6);
      expect(b.get(id)!.y).toBe(p.y);
    }
  });

  it('doubles the distances from the origin when zooming by 2 about it', () => {
    const a = at({ x: 0, y: 0, zoom: 0.5 });
    const b = at({ x: 0, y: 0, zoom: 1 });
    for (const [id, p] of a) expect(b.get(id)!.x).toBeCloseTo(p.x * 2, 6);
  });

  it('clips points under the axis gutter and past the right edge, and orders points by x', () => {
    const first = grid.positions.get(series.points[0]!.nodeId)!.x + NODE_WIDTH / 2;
    const pts = curvePoints(series.points, grid, { x: -first + 10, y: 0, zoom: 1 }, BOX);
    expect(pts.find((p) => p.nodeId === series.points[0]!.nodeId)!.visible).toBe(false);
    for (const p of pts) expect(p.visible).toBe(p.x >= BOX.gutter && p.x <= BOX.width);
    for (let i = 1; i < pts.length; i++) expect(pts[i]!.x).toBeGreaterThanOrEqual(pts[i - 1]!.x);
    expect(pts.some((p) => p.visible)).toBe(true);
  });

  it('has the map’s stage columns at the same screen x, and an axis −2…+2 with words', () => {
    const v = { x: 50, y: 0, zoom: 0.6 };
    const bands = stageBands(grid, v, { ...BOX, width: 10_000 });
    expect(bands.map((b) => b.x0)).toEqual(grid.columns.map((c) => c.x0 * 0.6 + 50));
    const ticks = axisTicks(BOX);
    expect(ticks.map((t) => t.label)).toEqual(['+2', '+1', '0', '−1', '−2']);
    expect(ticks.map((t) => t.words)).toEqual(['delighted', 'happy', 'neutral', 'unhappy', 'very unhappy']);
    expect(ticks[0]!.y).toBe(BOX.padTop);
    expect(ticks[4]!.y).toBe(BOX.height - BOX.padBottom);
  });

  it('draws the line through numeric emotions only, and says emotions in words', () => {
    const pts = curvePoints(series.points, grid, { x: 0, y: 0, zoom: 1 }, BOX);
    expect(curvePath(pts).split(/[ML]/).filter(Boolean)).toHaveLength(pts.filter((p) => p.value !== undefined).length);
    expect(emotionInWords({ value: -2 })).toBe('very unhappy (−2)');
    expect(emotionInWords({ value: 1 })).toBe('happy (+1)');
    expect(emotionInWords({ value: undefined, expr: 'customer.nps' })).toContain('expression');
  });

  it('keeps a tooltip inside the box', () => {
    expect(tooltipLeft(5, 100, 400)).toBe(4);
    expect(tooltipLeft(398, 100, 400)).toBe(296);
    expect(tooltipLeft(200, 100, 400)).toBe(150);
    // right of the axis gutter when it fits there, over it when it does not
    expect(tooltipLeft(120, 100, 400, 100)).toBe(104);
    expect(tooltipLeft(120, 350, 400, 100)).toBe(4);
  });

  it('draws a closed ten-point star', () => {
    const d = starPath(10, 10, 6);
    expect(d.startsWith('M10.00,4.00')).toBe(true);
    expect(d.split('L')).toHaveLength(10);
    expect(d.endsWith('Z')).toBe(true);
  });
});

describe('points that would cover each other', () => {
  /** Three nodes of one column in three lanes, two of them with the same emotion, and one alone further on. */
  function column(): ReturnType<typeof mortgage> {
    const journey = mortgage();
    const [a, b, c, d] = journey.nodes.filter((n) => n.kind !== 'outcome');
    Object.assign(a!, { position: { x: 1000, y: 0 }, emotion: 1 });
    Object.assign(b!, { position: { x: 1000, y: 320 }, emotion: 1 });
    Object.assign(c!, { position: { x: 1000, y: 160 }, emotion: 1 });
    Object.assign(d!, { position: { x: 1000, y: 480 }, emotion: -2 });
    journey.nodes = [a!, b!, c!, d!];
    journey.edges = [];
    return journey;
  }

  it('spreads the points of one column with the same emotion side by side, top lane first, each a button apart', () => {
    const journey = column();
    const v = { x: 0, y: 0, zoom: 0.5 };
    const pts = curvePoints(emotionPoints(journey).points, gridOf(journey), v, BOX);
    const [a, b, c, d] = journey.nodes.map((n) => pts.find((p) => p.nodeId === n.id)!);
    const centre = (1000 + NODE_WIDTH / 2) * 0.5;
    // The three at +1: in lane order (a at y 0, c at 160, b at 320), POINT_SPACING apart, centred on the column.
    expect([a!.x, c!.x, b!.x]).toEqual([centre - POINT_SPACING, centre, centre + POINT_SPACING]);
    for (const p of [a!, b!, c!]) expect(p.mapX).toBeCloseTo(centre, 6);
    // The one at −2 is alone at its height: it keeps its x.
    expect(d!.x).toBeCloseTo(centre, 6);
  });

  it('leaves no two points of a sample closer than a button at the same height, at any zoom', () => {
    // The contact-centre sample has nodes of one column with the same emotion.
    const sample = contactCentre as unknown as Journey;
    for (const zoom of [0.2, 0.5, 1]) {
      const pts = curvePoints(emotionPoints(sample).points, gridOf(sample), { x: 0, y: 0, zoom }, BOX);
      expect(pts.filter((p) => p.x !== p.mapX).length, 'some points spread').toBeGreaterThan(0);
      for (let i = 0; i < pts.length; i++)
        for (let k = i + 1; k < pts.length; k++) {
          const [p, q] = [pts[i]!, pts[k]!];
          if (Math.abs(p.y - q.y) < POINT_SPACING) expect(Math.abs(p.x - q.x), `${p.nodeId} and ${q.nodeId} at zoom ${zoom}`).toBeGreaterThanOrEqual(POINT_SPACING - 1e-6);
        }
    }
  });

  it('moves no point that covers no other', () => {
    expect(spreadPoints([{ x: 0, y: 0, mapY: 0 }, { x: 40, y: 0, mapY: 0 }, { x: 5, y: 30, mapY: 0 }], POINT_SPACING)).toEqual([0, 40, 5]);
    // Two runs that meet once spread become one run.
    const xs = spreadPoints([0, 1, 2, 20, 21, 22].map((x) => ({ x, y: 0, mapY: 0 })), 10);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeCloseTo(10, 6);
  });
});
