// An edge's route cut to the part a tile of the picture shows. A long route (a timer from the first
// stage to an outcome in the last) crosses every tile, and a browser strokes and dashes the whole of
// a path even where the tile clips it away: cut, each tile strokes only its own stretch. The cut
// part starts where the route enters the window and ends where it leaves it (on its straight
// stretches; a corner is kept whole), and says how far along the route it starts, so that its dashes
// continue the whole route's (stroke-dashoffset).
import { num } from './svgTag';

/** A rectangle: [x0, y0, x1, y1]. */
export type Box = readonly [number, number, number, number];

export interface RouteCut {
  /** The path data of the cut part. */
  d: string;
  /** How far along the whole route the cut part starts, as a browser measures it for dashing. */
  start: number;
  /** Whether the cut part ends where the route does (where its arrow head is drawn). */
  end: boolean;
}

type Point = readonly [number, number];
type Segment = { to: Point; c?: Point };

/** The route's start and its stretches (lines, and quadratic corners with a control point `c`), or undefined for path data other than absolute M, L and Q. */
function parse(d: string): { from: Point; segments: Segment[] } | undefined {
  const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const segments: Segment[] = [];
  let from: Point | undefined;
  let i = 0;
  const point = (): Point | undefined => {
    const x = Number(tokens[i]);
    const y = Number(tokens[i + 1]);
    i += 2;
    return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : undefined;
  };
  while (i < tokens.length) {
    const command = tokens[i++];
    if (command === 'M' && !from) from = point();
    else if (command === 'L' && from) {
      const to = point();
      if (!to) return undefined;
      segments.push({ to });
    } else if (command === 'Q' && from) {
      const c = point();
      const to = point();
      if (!c || !to) return undefined;
      segments.push({ c, to });
    } else return undefined;
    if (!from) return undefined;
  }
  return from ? { from, segments } : undefined;
}

const distance = (a: Point, b: Point) => Math.hypot(b[0] - a[0], b[1] - a[1]);

/**
 * A quadratic's length as Skia measures it for dashing (SkContourMeasure, Chromium's): the chords of
 * its halves, halved again while a half bends more than 0.5 device pixels from its chord.
 */
function quadLength(p0: Point, c: Point, p2: Point, tolerance: number, depth = 0): number {
  const dx = c[0] / 2 - (p0[0] + p2[0]) / 4;
  const dy = c[1] / 2 - (p0[1] + p2[1]) / 4;
  if (depth < 20 && Math.max(Math.abs(dx), Math.abs(dy)) > tolerance) {
    const a: Point = [(p0[0] + c[0]) / 2, (p0[1] + c[1]) / 2];
    const b: Point = [(c[0] + p2[0]) / 2, (c[1] + p2[1]) / 2];
    const m: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    return quadLength(p0, a, m, tolerance, depth + 1) + quadLength(m, b, p2, tolerance, depth + 1);
  }
  return distance(p0, p2);
}

/** The part [t0, t1] of the line a→b inside the box (Liang–Barsky), or undefined when it misses it. */
function clipLine(a: Point, b: Point, box: Box): [number, number] | undefined {
  let t0 = 0;
  let t1 = 1;
  const d = [b[0] - a[0], b[1] - a[1]] as const;
  for (let axis = 0; axis < 2; axis++) {
    const lo = box[axis]! - a[axis]!;
    const hi = box[axis + 2]! - a[axis]!;
    const v = d[axis]!;
    if (v === 0) {
      if (lo > 0 || hi < 0) return undefined;
      continue;
    }
    const [ta, tb] = v > 0 ? [lo / v, hi / v] : [hi / v, lo / v];
    t0 = Math.max(t0, ta);
    t1 = Math.min(t1, tb);
    if (t0 > t1) return undefined;
  }
  return [t0, t1];
}

/** Whether the extent of three points meets the box. */
const meets = (box: Box, a: Point, b: Point, c: Point): boolean =>
  Math.min(a[0], b[0], c[0]) <= box[2] && Math.max(a[0], b[0], c[0]) >= box[0] && Math.min(a[1], b[1], c[1]) <= box[3] && Math.max(a[1], b[1], c[1]) >= box[1];

const at = (a: Point, b: Point, t: number): Point => [Number(num(a[0] + (b[0] - a[0]) * t)), Number(num(a[1] + (b[1] - a[1]) * t))];
const write = (p: Point) => `${num(p[0])} ${num(p[1])}`;

/** A route read once (parseRoute), to be cut to many windows (cutRoute). */
export interface Route {
  d: string;
  from: Point;
  segments: Segment[];
  /** Where each stretch starts. */
  starts: Point[];
  /** Each stretch's length, as measured at a scale (see cutRoute). */
  lengths: Map<number, number[]>;
}

/** A route's path data read for cutRoute; undefined for path data other than absolute M, L and Q. */
export function parseRoute(d: string): Route | undefined {
  const route = parse(d);
  if (!route) return undefined;
  const starts: Point[] = [];
  let p = route.from;
  for (const s of route.segments) {
    starts.push(p);
    p = s.to;
  }
  return { d, ...route, starts, lengths: new Map() };
}

function lengthsAt(route: Route, scale: number): number[] {
  let lengths = route.lengths.get(scale);
  if (!lengths) {
    const tolerance = 0.5 / scale;
    lengths = route.segments.map((s, i) => (s.c ? quadLength(route.starts[i]!, s.c, s.to, tolerance) : distance(route.starts[i]!, s.to)));
    route.lengths.set(scale, lengths);
  }
  return lengths;
}

/**
 * The part of a route (path data of absolute M, L and Q commands, as edgeRoute writes them) that
 * meets `box`, from the first stretch that meets it to the last, straight ends cut at the box;
 * undefined when no stretch meets it. `scale` is the drawing's (device pixels per unit): a browser
 * measures curves for dashing more finely at larger scales. Other path data comes back whole.
 */
export function routeInWindow(d: string, box: Box, scale = 1): RouteCut | undefined {
  const route = parseRoute(d);
  return route ? cutRoute(route, box, scale) : { d, start: 0, end: true };
}

/** routeInWindow for a route read once. */
export function cutRoute(route: Route, box: Box, scale = 1): RouteCut | undefined {
  const { from, segments, starts, d } = route;
  const hit = segments.map((s, i) => (s.c ? meets(box, starts[i]!, s.c, s.to) : clipLine(starts[i]!, s.to, box) !== undefined));
  const first = hit.indexOf(true);
  const last = hit.lastIndexOf(true);
  if (first < 0) return segments.length === 0 && meets(box, from, from, from) ? { d, start: 0, end: true } : undefined;

  const lengths = lengthsAt(route, scale);
  let start = 0;
  for (let i = 0; i < first; i++) start += lengths[i]!;
  let begin = starts[first]!;
  const out: string[] = [];
  let cutEnd = last < segments.length - 1;
  for (let i = first; i <= last; i++) {
    const s = segments[i]!;
    const a = starts[i]!;
    if (s.c) {
      out.push(`Q${write(s.c)} ${write(s.to)}`);
      continue;
    }
    const [t0, t1] = clipLine(a, s.to, box) ?? [0, 1];
    let to = s.to;
    if (i === first && t0 > 0) {
      begin = at(a, s.to, t0);
      start += distance(a, begin);
    }
    if (i === last && t1 < 1) {
      to = at(a, s.to, t1);
      cutEnd = true;
    }
    out.push(`L${write(to)}`);
  }
  return { d: `M${write(begin)}${out.join('')}`, start, end: !cutEnd };
}
