import { describe, expect, it } from 'vitest';
import { gridOf } from './gridOf';
import { emotionPoints } from './emotionPoints';
import { axisTicks, curvePath, curvePoints, emotionInWords, emotionY, stageBands, starPath, tooltipLeft, type CurveBox, type CurveViewport } from './emotionCurveGeometry';
import { NODE_WIDTH } from './nodeSize';
import { mortgage } from './testJourneys';

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
