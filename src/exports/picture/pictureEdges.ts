import { Position } from '@xyflow/system';
import type { CanvasOverlay } from '../../canvas/canvasOverlay';
import type { DrawnEdge } from '../../canvas/drawnEdges';
import { edgeRoute } from '../../canvas/edgeRoute';
import type { Grid } from '../../canvas/gridOf';
import { HANDLE_SIZE, NODE_HEIGHT, NODE_WIDTH, STAGE_HEADER_HEIGHT } from '../../canvas/nodeSize';
import { triggerLabel, type TriggerType } from '../../canvas/triggerLabel';
import { polylinePath } from '../../canvas/routing/polylinePath';
import { routeFits } from '../../canvas/routing/routeFits';
import type { EdgeRouting } from '../../canvas/routing/routeJourney';
import type { PictureTheme } from './pictureTheme';
import { cutRoute, parseRoute, type Box, type Route } from './routeInWindow';
import { num, roundPath, tag, text, title } from './svgTag';
import { fitText, textWidth } from './textLayout';

/** How an edge is stroked: its trigger's colour, or the overlay's flow colour. */
type Stroke = 'event' | 'after' | 'always' | 'plain' | 'heat' | 'heat-none';

export interface RoutedEdge {
  drawn: DrawnEdge;
  path: string;
  labelX: number;
  labelY: number;
  /** Where the label's leader line meets the route, when the label was pushed off it. */
  leader?: { x: number; y: number } | undefined;
  /** The route's extent: [x0, y0, x1, y1]. */
  box: [number, number, number, number];
  /** The extent of each stretch between two points of the route, with the width of a line and its arrow. */
  segments: [number, number, number, number][];
}

/** The extent of a route and of its stretches (its path holds only absolute coordinates, in pairs). */
function extentOf(path: string): { box: [number, number, number, number]; segments: [number, number, number, number][] } {
  const n = (path.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const segments: [number, number, number, number][] = [];
  const pad = 8;
  for (let i = 0; i + 1 < n.length; i += 2) {
    const [x, y] = [n[i]!, n[i + 1]!];
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
    if (i >= 2) segments.push([Math.min(x, n[i - 2]!) - pad, Math.min(y, n[i - 1]!) - pad, Math.max(x, n[i - 2]!) + pad, Math.max(y, n[i - 1]!) + pad]);
  }
  return { box: [x0, y0, x1, y1], segments };
}

/**
 * Each edge's route, from the handles the canvas gives nodes (toFlow: a source on the card's right
 * edge, a target on its left, a stage's source under its header): the route the canvas draws it
 * along (`routes`, libavoid's, with its label's place) while it still meets those handles, else the
 * canvas's plain path, as the canvas draws it before routing.
 */
export function routeEdges(grid: Grid, edges: readonly DrawnEdge[], routes?: ReadonlyMap<string, EdgeRouting>): RoutedEdge[] {
  const headerTop = (grid.rows[0]?.y0 ?? 0) - STAGE_HEADER_HEIGHT;
  const columns = new Map(grid.columns.map((c) => [c.stageId, c]));
  const out: RoutedEdge[] = [];
  for (const drawn of edges) {
    const { edge } = drawn;
    const to = grid.positions.get(edge.to);
    if (!to) continue;
    let source: { x: number; y: number; position: Position };
    if (drawn.fromStage) {
      const c = columns.get(edge.from);
      if (!c) continue;
      source = { x: (c.x0 + c.x1) / 2, y: headerTop + STAGE_HEADER_HEIGHT + HANDLE_SIZE / 2, position: Position.Bottom };
    } else {
      const from = grid.positions.get(edge.from)!;
      source = { x: from.x + NODE_WIDTH + HANDLE_SIZE / 2, y: from.y + NODE_HEIGHT / 2, position: Position.Right };
    }
    const target = { x: to.x - HANDLE_SIZE / 2, y: to.y + NODE_HEIGHT / 2 };
    const routing = routes?.get(edge.id);
    if (routing && routeFits(routing.points, source, target)) {
      const path = polylinePath(routing.points);
      const label = routing.label ?? { x: routing.points[0]!.x, y: routing.points[0]!.y, anchor: routing.points[0]!, leader: false };
      out.push({ drawn, path, labelX: label.x, labelY: label.y, leader: label.leader ? label.anchor : undefined, ...extentOf(path) });
      continue;
    }
    const route = edgeRoute(
      { sourceX: source.x, sourceY: source.y, sourcePosition: source.position, targetX: target.x, targetY: target.y, targetPosition: Position.Left },
      drawn.parallelIndex,
      drawn.parallelCount,
    );
    const path = roundPath(route.path);
    out.push({ drawn, path, labelX: route.labelX, labelY: route.labelY, ...extentOf(path) });
  }
  return out;
}

function strokeOf(type: TriggerType, heat: boolean, heatTone: string | undefined): Stroke {
  if (heat) return heatTone === 'none' ? 'heat-none' : 'heat';
  return type === 'event' || type === 'after' || type === 'always' ? type : 'plain';
}

function strokeColour(t: PictureTheme, s: Stroke): { colour: string; alpha: number } {
  switch (s) {
    case 'event':
      return { colour: t.edgeEvent, alpha: 0.8 };
    case 'after':
      return { colour: t.edgeAfter, alpha: 0.8 };
    case 'always':
      return { colour: t.edgeAlways, alpha: 0.8 };
    case 'heat':
      return { colour: t.flow, alpha: 0.72 };
    case 'heat-none':
      return { colour: t.tones.none, alpha: 0.6 };
    default:
      return { colour: t.fg, alpha: 0.45 };
  }
}

const STROKES: Stroke[] = ['event', 'after', 'always', 'plain', 'heat', 'heat-none'];

/** The arrow heads, one per stroke (as EdgeMarkers defines them on the canvas). */
export function arrowMarkers(t: PictureTheme): string {
  return STROKES.map((s) => {
    const { colour, alpha } = strokeColour(t, s);
    return tag('marker', { id: `arrow-${s}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' }, tag('path', { d: 'M0,0 L10,5 L0,10 z', fill: colour, 'fill-opacity': Math.min(1, alpha + 0.1) }));
  }).join('');
}

/** An edge's line: the whole path, or (for a tile of the picture) only its part in a window (see cutRoute); '' when it misses the window. */
export type EdgeLine = (window?: Box, scale?: number) => string;

/** Dash patterns repeat: an offset into one is written within its period. */
const dashPhase = (dash: string, start: number): string => {
  const period = dash.split(' ').reduce((a, b) => a + Number(b), 0);
  return String(Math.round((start % period) * 1000) / 1000);
};

/** The edges' lines (one element each). */
export function edgeLines(t: PictureTheme, routed: readonly RoutedEdge[], overlay: CanvasOverlay | undefined): EdgeLine[] {
  return routed.map(({ drawn, path }): EdgeLine => {
    const heat = overlay?.edges[drawn.edge.id];
    const s = strokeOf(triggerLabel(drawn.edge).type, !!heat, heat?.tone);
    const { colour, alpha } = strokeColour(t, s);
    const dash = s === 'after' ? '6 4' : s === 'heat-none' ? '3 4' : undefined;
    const dimmed = overlay?.dimOthers && !heat;
    const line = (d: string, offset: string | undefined, arrow: boolean) =>
      tag('path', {
        class: 'edge',
        'data-edge': drawn.edge.id,
        d,
        fill: 'none',
        stroke: colour,
        'stroke-opacity': alpha,
        'stroke-width': heat?.width ? Math.max(1, Math.min(12, heat.width)) : 1.5,
        'stroke-dasharray': dash,
        'stroke-dashoffset': offset,
        'stroke-linecap': heat ? 'round' : undefined,
        'marker-end': arrow ? `url(#arrow-${s})` : undefined,
        opacity: dimmed ? 0.35 : undefined,
      });
    let route: Route | undefined;
    return (window, scale) => {
      if (!window) return line(path, undefined, true);
      route ??= parseRoute(path);
      const cut = route ? cutRoute(route, window, scale) : { d: path, start: 0, end: true };
      if (!cut) return '';
      return line(cut.d, dash && cut.start > 0 ? dashPhase(dash, cut.start) : undefined, cut.end);
    };
  });
}

const LABEL_SIZE = 10.5;

/** The edges' labels (one group each): the trigger (`APPLY`, a clock and `3d`, `rule`, an `if` for a guard) or the overlay's figures. */
export function edgeLabels(t: PictureTheme, routed: readonly RoutedEdge[], overlay: CanvasOverlay | undefined): string[] {
  return routed
    .map(({ drawn, labelX, labelY, leader }) => {
      const heat = overlay?.edges[drawn.edge.id];
      const label = triggerLabel(drawn.edge);
      const figures = heat?.label;
      const shown = fitText(figures ?? (label.type === 'after' ? label.text.slice(2) : label.text), 200, LABEL_SIZE, true);
      const clock = !figures && label.type === 'after';
      const guard = !figures && !!drawn.edge.guard;
      const colour = figures ? t.fg : label.type === 'event' ? t.edgeEvent : label.type === 'after' ? t.edgeAfter : label.type === 'always' ? t.edgeAlways : t.fg;
      const border = figures ? t.flow : colour;
      const textW = textWidth(shown, LABEL_SIZE, true);
      const w = 12 + (clock ? 14 : 0) + textW + (guard ? 17 : 0);
      const x0 = labelX - w / 2;
      const parts = [
        ...(leader ? [tag('path', { class: 'edge-leader', d: `M${num(labelX)},${num(labelY)} L${num(leader.x)},${num(leader.y)}`, fill: 'none', stroke: border, 'stroke-opacity': 0.55, 'stroke-dasharray': '2 2' })] : []),
        tag('rect', { x: x0, y: labelY - 8.5, width: w, height: 17, rx: 8.5, fill: t.widgetBg, stroke: border, 'stroke-opacity': figures ? 0.55 : 0.45 }),
      ];
      let x = x0 + 6;
      if (clock) {
        parts.push(tag('circle', { cx: x + 5, cy: labelY, r: 4.2, fill: 'none', stroke: colour, 'stroke-width': 1.2 }) + tag('path', { d: `M${x + 5} ${labelY - 2.4}V${labelY}l1.6 1`, fill: 'none', stroke: colour, 'stroke-width': 1.2, 'stroke-linecap': 'round' }));
        x += 14;
      }
      parts.push(text({ class: 'edge-label', x, y: labelY + 3.7, 'font-family': t.mono, 'font-size': LABEL_SIZE, 'font-weight': 600, 'font-style': label.type === 'always' && !figures ? 'italic' : undefined, fill: colour }, shown));
      if (guard) {
        x += textW + 3;
        parts.push(tag('rect', { x, y: labelY - 6, width: 13, height: 12, rx: 3, fill: colour, 'fill-opacity': 0.18 }) + text({ x: x + 6.5, y: labelY + 3.2, 'text-anchor': 'middle', 'font-size': 9.5, fill: colour }, 'if'));
      }
      const dimmed = overlay?.dimOthers && !heat;
      return tag('g', { class: 'edge-tag', 'data-edge': drawn.edge.id, opacity: dimmed ? 0.35 : undefined }, title(label.title) + parts.join(''));
    });
}
