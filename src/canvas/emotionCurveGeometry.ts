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
  /** Screen x in the curve's box: the x of the node's centre on the map. */
  x: number;
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

/**
 * Where each point is drawn: at the screen x of its node's centre on the map (so the curve pans
 * and zooms with the map), at the height of its emotion (an expression's on the neutral line);
 * ordered by x. Points without a position in the grid are left out.
 */
export function curvePoints(points: readonly EmotionPoint[], grid: Grid, v: CurveViewport, box: CurveBox): CurvePointAt[] {
  const out: CurvePointAt[] = [];
  for (const p of points) {
    const at = grid.positions.get(p.nodeId);
    if (!at) continue;
    const x = screenX(at.x + NODE_WIDTH / 2, v, box);
    out.push({ ...p, x, y: emotionY(p.value ?? 0, box), visible: x >= box.gutter && x <= box.width });
  }
  return out.sort((a, b) => a.x - b.x);
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
