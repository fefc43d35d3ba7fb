import type { XY } from './routeEdges';

/** An axis-aligned box: left, top, width, height. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelToPlace {
  id: string;
  route: readonly XY[];
  width: number;
  height: number;
}

/** Where a label sits (its centre) and the point of its route it belongs to; `leader` when it was pushed off the route. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: XY;
  leader: boolean;
}

/** Kept free around every label. */
export const LABEL_GAP = 3;

/** Where along the route a label may sit, in order of preference (fractions of its length). */
const ON_ROUTE = [0.5, 0.38, 0.62, 0.26, 0.74, 0.44, 0.56, 0.15, 0.85, 0.32, 0.68];

/**
 * Each label on its route where it overlaps no node and no label placed before it; when no point
 * of its route is free, the nearest free spot around it, to be joined to the route by a leader line.
 */
export function placeLabels(labels: readonly LabelToPlace[], nodes: readonly Box[]): Map<string, PlacedLabel> {
  const placed: Box[] = [];
  const out = new Map<string, PlacedLabel>();
  const free = (b: Box) => !nodes.some((n) => overlaps(b, n, LABEL_GAP)) && !placed.some((p) => overlaps(b, p, LABEL_GAP));
  for (const label of labels) {
    const anchors = ON_ROUTE.map((t) => pointAlong(label.route, t));
    const box = (c: XY): Box => ({ x: c.x - label.width / 2, y: c.y - label.height / 2, width: label.width, height: label.height });
    let chosen: PlacedLabel | undefined;
    for (const a of anchors) {
      if (free(box(a))) {
        chosen = { x: a.x, y: a.y, anchor: a, leader: false };
        break;
      }
    }
    if (!chosen) {
      const offsets = nearOffsets(label.width, label.height);
      search: for (const a of anchors.slice(0, 5)) {
        for (const o of offsets) {
          const spot = { x: a.x + o.x, y: a.y + o.y };
          if (free(box(spot))) {
            chosen = { ...spot, anchor: a, leader: true };
            break search;
          }
        }
      }
    }
    chosen ??= { x: anchors[0]!.x, y: anchors[0]!.y, anchor: anchors[0]!, leader: false };
    placed.push(box(chosen));
    out.set(label.id, chosen);
  }
  return out;
}

/** Spots around a point where a pushed-off label may go, nearest first (up to 10 label heights away). */
function nearOffsets(width: number, height: number): XY[] {
  const offsets: XY[] = [];
  for (let i = -4; i <= 4; i++) for (let j = -10; j <= 10; j++) if (i !== 0 || j !== 0) offsets.push({ x: (i * width) / 3, y: j * (height + LABEL_GAP * 2) });
  return offsets.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y));
}

/** Whether two boxes come closer than `gap`. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** The point at fraction `t` of a polyline's length. */
export function pointAlong(route: readonly XY[], t: number): XY {
  const lengths = route.slice(1).map((p, i) => Math.hypot(p.x - route[i]!.x, p.y - route[i]!.y));
  let left = lengths.reduce((s, l) => s + l, 0) * t;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (left <= l && l > 0) {
      const [a, b] = [route[i]!, route[i + 1]!];
      return { x: a.x + ((b.x - a.x) * left) / l, y: a.y + ((b.y - a.y) * left) / l };
    }
    left -= l;
  }
  return route[route.length - 1] ?? { x: 0, y: 0 };
}
