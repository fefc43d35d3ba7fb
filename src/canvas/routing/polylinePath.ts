import type { XY } from './routeEdges';

/** SVG path data (absolute M, L and Q commands) of a polyline, its corners rounded by up to `radius`. */
export function polylinePath(points: readonly XY[], radius = 8): string {
  if (points.length === 0) return '';
  const f = (n: number) => Math.round(n * 10) / 10;
  let d = `M${f(points[0]!.x)},${f(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const into = towards(b, a, r);
    const out = towards(b, c, r);
    d += ` L${f(into.x)},${f(into.y)} Q${f(b.x)},${f(b.y)} ${f(out.x)},${f(out.y)}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${f(last.x)},${f(last.y)}`;
}

function towards(from: XY, to: XY, distance: number): XY {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / length) * distance, y: from.y + ((to.y - from.y) / length) * distance };
}
