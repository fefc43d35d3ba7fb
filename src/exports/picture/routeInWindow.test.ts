import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Position } from '@xyflow/system';
import { edgeRoute } from '../../canvas/edgeRoute';
import { routeInWindow, type Box } from './routeInWindow';
import { roundPath } from './svgTag';

const numbers = (d: string) => (d.match(/-?\d*\.?\d+/g) ?? []).map(Number);
const points = (d: string) => {
  const n = numbers(d);
  return Array.from({ length: n.length / 2 }, (_, i) => [n[2 * i]!, n[2 * i + 1]!] as const);
};
const inside = (box: Box, slack: number) => (p: readonly [number, number]) => p[0] >= box[0] - slack && p[0] <= box[2] + slack && p[1] >= box[1] - slack && p[1] <= box[3] + slack;

/** A route's length up to a point on it (on a straight stretch, or where a corner starts), the corners measured finely. */
function lengthTo(d: string, x: number, y: number): number {
  const n = numbers(d);
  const commands = d.match(/[LQ]/g) ?? [];
  let length = 0;
  let [px, py] = [n[0]!, n[1]!];
  let i = 2;
  for (const c of commands) {
    if (px === x && py === y) return length;
    if (c === 'L') {
      const [qx, qy] = [n[i]!, n[i + 1]!];
      i += 2;
      const along = Math.hypot(x - px, y - py);
      if (Math.abs(along + Math.hypot(qx - x, qy - y) - Math.hypot(qx - px, qy - py)) < 1e-6) return length + along;
      length += Math.hypot(qx - px, qy - py);
      [px, py] = [qx, qy];
    } else {
      const [cx, cy, qx, qy] = [n[i]!, n[i + 1]!, n[i + 2]!, n[i + 3]!];
      i += 4;
      let [lx, ly] = [px, py];
      for (let k = 1; k <= 1000; k++) {
        const t = k / 1000;
        const [ax, ay] = [(1 - t) * (1 - t) * px + 2 * (1 - t) * t * cx + t * t * qx, (1 - t) * (1 - t) * py + 2 * (1 - t) * t * cy + t * t * qy];
        length += Math.hypot(ax - lx, ay - ly);
        [lx, ly] = [ax, ay];
      }
      [px, py] = [qx, qy];
    }
  }
  throw new Error(`(${x}, ${y}) is not on ${d}`);
}

describe('routeInWindow', () => {
  const long = 'M204 202L 8425,202Q 8437,202 8437,190L 8437,162Q 8437,150 8449,150L16670 150';

  it('gives back a route inside the window as it is, from its start to its end', () => {
    const cut = routeInWindow(long, [0, 0, 20_000, 1000])!;
    expect(points(cut.d)).toEqual(points(long));
    expect(cut.start).toBe(0);
    expect(cut.end).toBe(true);
  });

  it('cuts a long route to the window: only what meets it, from where it enters, and how far along the route that is', () => {
    const box: Box = [12_000, 0, 13_100, 1700];
    const cut = routeInWindow(long, box)!;
    expect(cut.d).toBe('M12000 150L13100 150');
    expect(cut.end).toBe(false);
    // 8221 along the first stretch, two corners of radius 12 and 28 down, then 12000 − 8449 along the last
    expect(cut.start).toBeCloseTo(lengthTo(long, 12_000, 150), 0);
  });

  it('keeps the corners a window holds whole, and the route’s end (where its arrow is) when the window reaches it', () => {
    const box: Box = [8000, 0, 17_000, 1000];
    const cut = routeInWindow(long, box)!;
    expect(cut.d).toBe('M8000 202L8425 202Q8437 202 8437 190L8437 162Q8437 150 8449 150L16670 150');
    expect(cut.start).toBe(8000 - 204);
    expect(cut.end).toBe(true);
  });

  it('misses a window the route does not cross, and gives back path data it does not know whole', () => {
    expect(routeInWindow(long, [0, 400, 20_000, 800])).toBeUndefined();
    expect(routeInWindow(long, [9000, 0, 12_000, 100])).toBeUndefined();
    const arc = 'M0 0A10 10 0 0 1 20 0';
    expect(routeInWindow(arc, [100, 100, 200, 200])).toEqual({ d: arc, start: 0, end: true });
  });

  it('measures a corner as Chromium dashes it (Skia: chords of its halves while they bend over half a device pixel), so that the dashes go on where the whole route has them', () => {
    const d = 'M0 0L100 0Q112 0 112 12L112 100Q112 112 124 112L1000 112';
    const chords = (s: number) => routeInWindow(d, [500, -100, 600, 200], s)!.start - (100 + 88 + (500 - 124));
    // a 12-pixel corner is 19.479 long; at scale 1 Skia measures it as 4 chords, 19.353
    expect(chords(1) / 2).toBeCloseTo(19.353, 3);
    // finer at larger scales (8 chords at 3×), coarser at smaller ones
    expect(chords(3) / 2).toBeGreaterThan(chords(1) / 2);
    expect(chords(3) / 2).toBeLessThan(19.479);
    expect(chords(0.5) / 2).toBeLessThan(chords(1) / 2);
  });

  it('keeps every point of the cut part near the window (a corner at most its radius beyond it)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 6000 }), fc.integer({ min: -1500, max: 1500 }), fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 50, max: 1100 }), (dx, dy, x0, w) => {
        const route = edgeRoute({ sourceX: 0, sourceY: 0, sourcePosition: Position.Right, targetX: dx, targetY: dy, targetPosition: Position.Left });
        const d = roundPath(route.path);
        const box: Box = [x0, -2000, x0 + w, 2000];
        const cut = routeInWindow(d, box);
        if (!cut) return;
        expect(points(cut.d).every(inside(box, 12.1))).toBe(true);
        // as far along as the route's length to there: the chords fall short of a corner's curve by under half a pixel
        const [x, y] = numbers(cut.d);
        const exact = lengthTo(d, x!, y!);
        expect(cut.start).toBeLessThanOrEqual(exact + 1e-6);
        expect(cut.start).toBeGreaterThanOrEqual(exact - 0.45 * (d.match(/Q/g) ?? []).length);
      }),
      { numRuns: 300 },
    );
  });
});
