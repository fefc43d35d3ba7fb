import type { Journey } from '../../../runtime/model/journey';
import { emotionPoints } from '../../canvas/emotionPoints';
import type { Grid } from '../../canvas/gridOf';
import { LANE_LABEL_WIDTH } from '../../canvas/nodeSize';
import type { Area } from './pictureGrid';
import { emotionColour, type PictureTheme } from './pictureTheme';
import type { FramePiece } from './framePiece';
import { num, tag, text, title } from './svgTag';
import { textWidth } from './textLayout';

export const EMOTION_HEIGHT = 132;
const PAD_TOP = 22;
const PAD_BOTTOM = 14;

/**
 * The emotion curve under the map (the canvas's EmotionCurve): one point per node with an emotion,
 * in the canvas's order, each stage's points spread over its column so that the curve lines up with
 * the map. Numeric emotions are filled, CEL ones hollow on the neutral line, moments of truth stars.
 * Drawn from `top` down, in the map's coordinates; the axis in the lane gutter. The frame's parts
 * and the points come with their extents, so that a tile of the picture can leave out what it misses.
 */
export function emotionCurve(t: PictureTheme, journey: Journey, grid: Grid, area: Area, top: number): { frame: FramePiece[]; points: { box: [number, number, number, number]; markup: string }[] } {
  const series = emotionPoints(journey);
  const left = area.x - LANE_LABEL_WIDTH;
  const right = area.x + area.width;
  const bottom = top + EMOTION_HEIGHT;
  const plotTop = top + PAD_TOP;
  const plotH = EMOTION_HEIGHT - PAD_TOP - PAD_BOTTOM;
  const y = (v: number) => plotTop + ((2 - v) / 4) * plotH;
  const parts: FramePiece[] = [
    { box: [left, top, right, bottom], markup: tag('rect', { x: left, y: top, width: right - left, height: EMOTION_HEIGHT, fill: t.panelBg }) },
    { box: [left, top - 2, right, top + 2], markup: tag('path', { d: `M${left} ${top}H${right}`, stroke: t.borderStrong }) },
    { box: [left, top, area.x, top + PAD_TOP], markup: text({ x: left + 16, y: top + 15, 'font-size': 11, 'font-weight': 600, 'letter-spacing': 0.6, fill: t.fgStrong }, 'EMOTION') },
  ];
  grid.columns.forEach((c, i) => {
    if (i % 2) parts.push({ box: [c.x0, top, c.x1, bottom], markup: tag('rect', { x: c.x0, y: top, width: c.x1 - c.x0, height: EMOTION_HEIGHT, fill: t.fg, 'fill-opacity': 0.035 }) });
  });
  for (const v of [2, 1, 0, -1, -2]) {
    parts.push({ box: [area.x - 2, y(v) - 2, right + 2, y(v) + 2], markup: tag('path', { d: `M${area.x} ${y(v)}H${right}`, stroke: t.fg, 'stroke-opacity': v === 0 ? 0.22 : 0.08, 'stroke-dasharray': v === 0 ? '3 3' : undefined }) });
    parts.push({ box: [left, y(v) - 12, area.x, y(v) + 8], markup: text({ x: area.x - 8, y: y(v) + 3.5, 'text-anchor': 'end', 'font-size': 10, fill: t.faint }, v > 0 ? `+${v}` : String(v)) });
  }
  if (series.points.length === 0) {
    parts.push({ box: [area.x, y(0) - 24, area.x + 16 + textWidth('No step has an emotion yet.', 11) * 1.2 + 8, y(0)], markup: text({ x: area.x + 16, y: y(0) - 6, 'font-size': 11, fill: t.muted }, 'No step has an emotion yet.') });
    return { frame: parts, points: [] };
  }
  // Each column's points spread evenly over it.
  const xs: number[] = [];
  for (const s of series.stages) {
    const c = grid.columns[series.points[s.first]!.column]!;
    const n = s.last - s.first + 1;
    for (let k = 0; k < n; k++) xs[s.first + k] = c.x0 + ((k + 0.5) * (c.x1 - c.x0)) / n;
  }
  const numeric = series.points.map((p, i) => ({ p, i })).filter(({ p }) => p.value !== undefined);
  if (numeric.length > 1) parts.push({ markup: tag('path', { class: 'emotion-line', d: numeric.map(({ p, i }, k) => `${k === 0 ? 'M' : 'L'}${num(xs[i]!)},${num(y(p.value!))}`).join(' '), fill: 'none', stroke: t.fg, 'stroke-opacity': 0.55, 'stroke-width': 1.5, 'stroke-linejoin': 'round' }) });
  const points: { box: [number, number, number, number]; markup: string }[] = [];
  series.points.forEach((p, i) => {
    const cx = xs[i]!;
    const cy = y(p.value ?? 0);
    const fill = p.value === undefined ? t.panelBg : emotionColour(t, p.value);
    const tip = `${p.label}: ${p.value === undefined ? `emotion = ${p.expr}` : `emotion ${p.value > 0 ? '+' : ''}${p.value}`}${p.momentOfTruth ? ' · moment of truth' : ''}`;
    const mark = p.momentOfTruth
      ? text({ x: cx, y: cy + 5, 'text-anchor': 'middle', 'font-size': 15, fill: p.value === undefined ? 'none' : fill, stroke: p.value === undefined ? t.muted : t.panelBg, 'stroke-width': p.value === undefined ? 1 : 0.6 }, '★')
      : tag('circle', { cx, cy, r: 4.5, fill, stroke: p.value === undefined ? t.muted : t.panelBg, 'stroke-width': 1.5 });
    points.push({ box: [cx - 9, cy - 9, cx + 9, cy + 9], markup: tag('g', { class: 'emotion-point', 'data-node': p.nodeId }, title(tip) + mark) });
  });
  return { frame: parts, points };
}
