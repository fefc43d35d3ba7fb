import type { Grid } from './gridOf';
import { NODE_WIDTH } from './nodeSize';
import type { EmotionPoint } from './emotionPoints';

/** React Flow's viewport: screen = flow × zoom + (x, y). */
export interface CurveViewport {
  x: number;
  y: number;
  zoom: number;
}

/** The curve's box on screen: its width and height, the axis gutter on its left, the plot's vertical padding. */
export interface CurveBox {
  width: number;
  height: number;
  /** Points left of this x are under the axis gutter: clipped. */
  gutter: number;
  padTop: number;
  padBottom: number;
  /** The x of the map pane's left edge in the curve's box (0 when they are aligned). */
  offsetX?: number;
}

export interface CurvePointAt extends EmotionPoint {
  /** Screen x in the curve's box: the x of the node's centre on the map (spread apart from points that would cover it, see spreadPoints). */
  x: number;
  /** The x of the node's centre on the map, on screen (before any spreading). */
  mapX: number;
  y: number;
  /** Inside the plot (not under the gutter, not past the right edge). */
  visible: boolean;
}

export interface AxisTick {
  value: number;
  y: number;
  /** "+1", "0", "−2" (a real minus sign). */
  label: string;
  words: string;
}

export interface StageBand {
  name: string;
  /** Screen x of the column's left and right boundaries (not clipped). */
  x0: number;
  x1: number;
  odd: boolean;
}

/** The emotions in words, −2…+2. */
export const EMOTION_WORDS: Readonly<Record<number, string>> = { [-2]: 'very unhappy', [-1]: 'unhappy', 0: 'neutral', 1: 'happy', 2: 'delighted' };

/** An emotion in words ("happy (+1)"); an expression's is "set by an expression". */
export function emotionInWords(p: Pick<EmotionPoint, 'value' | 'expr'>): string {
  if (p.value === undefined) return `emotion set by an expression (${p.expr ?? ''})`;
  return `${EMOTION_WORDS[Math.round(p.value)] ?? ''} (${signed(p.value)})`;
}

/** "+1", "0", "−2". */
export function signed(v: number): string {
  return v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0';
}

/** The screen x of a flow x. */
export function screenX(flowX: number, v: CurveViewport, box: Pick<CurveBox, 'offsetX'>): number {
  return flowX * v.zoom + v.x + (box.offsetX ?? 0);
}

/** The y of an emotion (−2 at the bottom of the plot, +2 at its top). */
export function emotionY(value: number, box: CurveBox): number {
  const plot = Math.max(1, box.height - box.padTop - box.padBottom);
  const v = Math.max(-2, Math.min(2, value));
  return box.padTop + ((2 - v) / 4) * plot;
}

/** The width of a point's button: points closer than this at the same height are spread apart. */
export const POINT_SPACING = 18;

/**
 * Where each point is drawn: at the screen x of its node's centre on the map (so the curve pans
 * and zooms with the map), at the height of its emotion (an expression's on the neutral line);
 * ordered by x. Points that would cover each other (nodes of one column with the same emotion)
 * are spread side by side (see spreadPoints). Points without a position in the grid are left out.
 */
export function curvePoints(points: readonly EmotionPoint[], grid: Grid, v: CurveViewport, box: CurveBox): CurvePointAt[] {
  const placed: { p: EmotionPoint; x: number; y: number; mapY: number }[] = [];
  for (const p of points) {
    const at = grid.positions.get(p.nodeId);
    if (!at) continue;
    placed.push({ p, x: screenX(at.x + NODE_WIDTH / 2, v, box), y: emotionY(p.value ?? 0, box), mapY: at.y });
  }
  const xs = spreadPoints(placed, POINT_SPACING);
  return placed.map(({ p, x: mapX, y }, i) => ({ ...p, x: xs[i]!, mapX, y, visible: xs[i]! >= box.gutter && xs[i]! <= box.width })).sort((a, b) => a.x - b.x || a.mapX - b.mapX);
}

/**
 * The x to draw each point at so that no two at about the same height (closer than `spacing`)
 * cover each other: each run of such points is spread `spacing` apart, centred on where its points
 * are, in the order of their x and then of their node's height on the map (top lane first);
 * runs that then meet are merged. Points clear of the others keep their x.
 */
export function spreadPoints(points: readonly { x: number; y: number; mapY: number }[], spacing: number): number[] {
  const out = points.map((p) => p.x);
  // Rows: points at about the same height.
  const byY = points.map((_, i) => i).sort((a, b) => points[a]!.y - points[b]!.y);
  const rows: number[][] = [];
  for (const i of byY) {
    const row = rows.at(-1);
    if (row && points[i]!.y - points[row.at(-1)!]!.y < spacing) row.push(i);
    else rows.push([i]);
  }
  for (const row of rows) {
    row.sort((a, b) => points[a]!.x - points[b]!.x || points[a]!.mapY - points[b]!.mapY);
    // Runs of points closer than `spacing`, merged while a spread run reaches its neighbour.
    let runs = row.map((i) => [i]);
    const spread = (run: number[]) => {
      const mid = run.reduce((s, i) => s + points[i]!.x, 0) / run.length;
      return run.map((_, k) => mid + (k - (run.length - 1) / 2) * spacing);
    };
    for (let merged = true; merged; ) {
      merged = false;
      const next: number[][] = [];
      for (const run of runs) {
        const prev = next.at(-1);
        if (prev && spread(run)[0]! - spread(prev).at(-1)! < spacing) {
          prev.push(...run);
          merged = true;
        } else next.push([...run]);
      }
      runs = next;
    }
    for (const run of runs) spread(run).forEach((x, k) => (out[run[k]!] = x));
  }
  return out;
}

/** The line through the points with a numeric emotion, in x order (an SVG path; empty without points). */
export function curvePath(points: readonly CurvePointAt[]): string {
  return points
    .filter((p) => p.value !== undefined)
    .map((p, k) => `${k === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join(' ');
}

/** The y axis: −2…+2, top to bottom from +2, with words. */
export function axisTicks(box: CurveBox): AxisTick[] {
  return [2, 1, 0, -1, -2].map((value) => ({ value, y: emotionY(value, box), label: signed(value), words: EMOTION_WORDS[value]! }));
}

/** The map's stage columns on screen, those at least partly right of the gutter and left of the box's right edge. */
export function stageBands(grid: Grid, v: CurveViewport, box: CurveBox): StageBand[] {
  return grid.columns
    .map((c, i) => ({ name: c.name, x0: screenX(c.x0, v, box), x1: screenX(c.x1, v, box), odd: i % 2 === 1 }))
    .filter((b) => b.x1 > box.gutter && b.x0 < box.width);
}

/**
 * The left of a tooltip `tipWidth` wide centred on `x`, kept inside [lo + margin, hi − margin]; when
 * it is wider than that, inside [margin, hi − margin] (over the gutter `lo`).
 */
export function tooltipLeft(x: number, tipWidth: number, hi: number, lo = 0, margin = 4): number {
  const min = tipWidth <= hi - lo - 2 * margin ? lo + margin : margin;
  return Math.max(min, Math.min(hi - margin - tipWidth, x - tipWidth / 2));
}

/** A five-pointed star centred on (cx, cy), outer radius r (an SVG path). */
export function starPath(cx: number, cy: number, r: number): string {
  const inner = r * 0.45;
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : inner;
    pts.push(`${(cx + rr * Math.cos(a)).toFixed(2)},${(cy + rr * Math.sin(a)).toFixed(2)}`);
  }
  return `M${pts.join('L')}Z`;
}
