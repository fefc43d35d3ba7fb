import type { LaneKind } from '../../../runtime/model/primitives';
import { blueprintLines } from '../../canvas/blueprintLines';
import type { Grid } from '../../canvas/gridOf';
import { LANE_LABEL_WIDTH, STAGE_HEADER_HEIGHT } from '../../canvas/nodeSize';
import type { PictureTheme } from './pictureTheme';
import { tag, text } from './svgTag';
import { writeFrame, writeFrameWithin, type FramePiece } from './framePiece';
import { fitText, textWidth, wrapText } from './textLayout';
import { xml } from './xmlText';

/** A rectangle of the flow (the map's coordinates). */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ROW_TINT: Record<LaneKind, number> = { evidence: 0.02, customer: 0.05, frontstage: 0.04, backstage: 0.04, support: 0.04 };
const LINE_TINT: Record<string, LaneKind> = { interaction: 'customer', visibility: 'frontstage', internal: 'backstage' };

/** Bold text runs this much wider than the estimate's regular weight. */
const BOLD = 1.1;
const BOLD_13 = 13 * BOLD;

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/** Text this long at this size fits in this width (a generous estimate: letter spacing, bold). */
const roomFor = (s: string, size: number, spacing = 0) => textWidth(s, size) * BOLD + s.length * spacing + 8;

/** The lane rows, stage columns and blueprint lines behind the nodes, over the area and the lane gutter. */
export function gridBackground(t: PictureTheme, grid: Grid, area: Area): FramePiece[] {
  const left = area.x - LANE_LABEL_WIDTH;
  const right = area.x + area.width;
  const bottom = area.y + area.height;
  const parts: FramePiece[] = [];
  const line = (x0: number, y0: number, x1: number, y1: number, markup: string) => {
    parts.push({ box: [x0 - 2, y0 - 2, x1 + 2, y1 + 2], markup });
  };
  grid.rows.forEach((r, i) => {
    if (!overlaps(r.y0, r.y1, area.y, bottom)) return;
    const y0 = Math.max(r.y0, area.y);
    const y1 = Math.min(r.y1, bottom);
    parts.push({ box: [left, y0, right, y1], markup: tag('rect', { class: 'lane', 'data-lane': r.laneId, x: left, y: y0, width: right - left, height: y1 - y0, fill: t.lanes[r.kind], 'fill-opacity': ROW_TINT[r.kind] }) });
    if (i % 2) parts.push({ box: [left, y0, right, y1], markup: tag('rect', { x: left, y: y0, width: right - left, height: y1 - y0, fill: t.fg, 'fill-opacity': 0.03 }) });
    if (r.y0 >= area.y) line(left, r.y0, right, r.y0, tag('path', { d: `M${left} ${r.y0}H${right}`, stroke: t.border }));
  });
  line(left, bottom, right, bottom, tag('path', { d: `M${left} ${bottom}H${right}`, stroke: t.border }));
  grid.columns.forEach((c) => {
    if (!overlaps(c.x0, c.x1, area.x, right)) return;
    const x0 = Math.max(c.x0, area.x);
    const x1 = Math.min(c.x1, right);
    parts.push({ box: [x0, area.y, x1, bottom], markup: tag('rect', { class: 'stage', 'data-stage': c.stageId ?? '', x: x0, y: area.y, width: x1 - x0, height: area.height, fill: c.stageId === undefined ? 'url(#unstaged)' : 'none' }) });
    if (c.x0 >= area.x) line(c.x0, area.y, c.x0, bottom, tag('path', { d: `M${c.x0} ${area.y}V${bottom}`, stroke: t.border }));
  });
  for (const l of blueprintLines(grid.rows)) {
    const y = grid.rows[l.afterRow]!.y1;
    if (y <= area.y || y >= bottom) continue;
    const colour = t.lanes[LINE_TINT[l.kind]!];
    const label = l.label.toUpperCase();
    const room = roomFor(label, 10, 0.5);
    const path = tag('path', { d: `M${left} ${y}H${right}`, stroke: colour, 'stroke-opacity': 0.7, 'stroke-width': 1.5, 'stroke-dasharray': '5 4' });
    const labels = [
      { box: [left, y - 20, left + room, y] as const, markup: text({ x: left + 8, y: y - 6, 'font-size': 10, 'font-weight': 600, 'letter-spacing': 0.5, fill: colour }, label) },
      { box: [right - room, y - 20, right, y] as const, markup: text({ x: right - 8, y: y - 6, 'text-anchor': 'end', 'font-size': 10, 'font-weight': 600, 'letter-spacing': 0.5, fill: colour }, label) },
    ];
    const group = (children: string) => tag('g', { class: 'blueprint-line', 'data-line': l.kind }, path + children);
    parts.push({ box: [left, y - 20, right, y + 2], markup: group(writeFrame(labels)), inWindow: (window) => group(writeFrameWithin(labels, window)) });
  }
  return parts;
}

/** The stage headers above the area: name and node count (a stage cut by the area keeps its name in view). */
export function stageHeaders(t: PictureTheme, grid: Grid, area: Area, counts: ReadonlyMap<string | undefined, number>): FramePiece[] {
  const top = area.y - STAGE_HEADER_HEIGHT;
  const right = area.x + area.width;
  const parts: FramePiece[] = [];
  for (const c of grid.columns) {
    if (!overlaps(c.x0, c.x1, area.x, right)) continue;
    const x0 = Math.max(c.x0, area.x);
    const x1 = Math.min(c.x1, right);
    const count = String(counts.get(c.stageId) ?? 0);
    const countW = textWidth(count, 10.5) + 12;
    const unstaged = c.stageId === undefined;
    const name = fitText(c.name, x1 - x0 - 28 - countW - 8, BOLD_13);
    const nameW = textWidth(name, BOLD_13);
    const cy = top + STAGE_HEADER_HEIGHT / 2;
    parts.push({
      box: [Math.min(x0, c.x0) - 2, top, x1 + 2, area.y],
      markup: tag(
        'g',
        { class: 'stage-header', 'data-stage': c.stageId ?? '' },
        (c.x0 >= area.x ? tag('path', { d: `M${c.x0} ${top}V${area.y}`, stroke: t.border }) : '') +
          text({ class: 'stage-name', x: x0 + 14, y: cy + 4.5, 'font-size': 13, 'font-weight': unstaged ? 500 : 600, 'font-style': unstaged ? 'italic' : undefined, fill: unstaged ? t.muted : t.fgStrong }, name) +
          tag('rect', { x: x0 + 14 + nameW + 8, y: cy - 8, width: countW, height: 16, rx: 8, fill: t.fg, 'fill-opacity': 0.1 }) +
          text({ x: x0 + 14 + nameW + 8 + countW / 2, y: cy + 3.7, 'text-anchor': 'middle', 'font-size': 10.5, fill: t.muted }, count),
      ),
    });
  }
  parts.push({ box: [area.x - LANE_LABEL_WIDTH, area.y - 3, right, area.y + 1], markup: tag('path', { d: `M${area.x - LANE_LABEL_WIDTH} ${area.y - 1}H${right}`, stroke: t.borderStrong, 'stroke-width': 2 }) });
  return parts;
}

/** The lane names in the gutter left of the area (for a lane cut by the area, centred on what shows). */
export function laneLabels(t: PictureTheme, grid: Grid, area: Area): FramePiece[] {
  const x = area.x - LANE_LABEL_WIDTH;
  const bottom = area.y + area.height;
  const parts: FramePiece[] = [];
  for (const r of grid.rows) {
    if (!overlaps(r.y0, r.y1, area.y, bottom)) continue;
    const y0 = Math.max(r.y0, area.y);
    const y1 = Math.min(r.y1, bottom);
    const { lines } = wrapText(r.name, LANE_LABEL_WIDTH - 30, 12.5 * BOLD, 3);
    const block = lines.length * 15.6 + 14;
    const first = (y0 + y1) / 2 - block / 2 + 12;
    const tspans = lines.map((l, i) => tag('tspan', { x: x + 16, dy: i === 0 ? 0 : 15.6 }, xml(l))).join('');
    parts.push({
      box: [x, y0, area.x, y1],
      markup: tag(
        'g',
        { class: 'lane-label', 'data-lane': r.laneId },
        tag('text', { class: 'lane-name', x: x + 16, y: first, 'font-size': 12.5, 'font-weight': 600, fill: t.fgStrong }, tspans) +
          text({ x: x + 16, y: first + lines.length * 15.6 + 1, 'font-size': 10, 'letter-spacing': 0.6, fill: t.faint }, r.kind.toUpperCase()),
      ),
    });
  }
  parts.push({ box: [area.x - 3, area.y, area.x + 1, bottom], markup: tag('path', { d: `M${area.x - 1} ${area.y}V${bottom}`, stroke: t.borderStrong, 'stroke-width': 2 }) });
  return parts;
}
