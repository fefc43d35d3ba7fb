import type { Journey } from '../../../runtime/model/journey';
import type { CanvasOverlay } from '../../canvas/canvasOverlay';
import { drawnEdges } from '../../canvas/drawnEdges';
import { CELL_PAD_X, CELL_PAD_Y, gridOf, type Grid } from '../../canvas/gridOf';
import { LANE_LABEL_WIDTH, NODE_HEIGHT, NODE_WIDTH, STAGE_HEADER_HEIGHT } from '../../canvas/nodeSize';
import { arrowMarkers, edgeLabels, edgeLines, routeEdges, type EdgeLine } from './pictureEdges';
import { EMOTION_HEIGHT, emotionCurve } from './pictureEmotion';
import { writeFrame, writeFrameWithin, type FramePiece } from './framePiece';
import { gridBackground, laneLabels, stageHeaders, type Area } from './pictureGrid';
import { KEY_HEIGHT, pictureKey } from './pictureKey';
import { pictureNode } from './pictureNode';
import type { PictureTheme } from './pictureTheme';
import { attrs, num, tag, title } from './svgTag';
import { titleBlock, titleHeight, titleWidth } from './pictureTitle';
import type { EdgeRouting } from '../../canvas/routing/routeJourney';
import { xml } from './xmlText';

export type { Area } from './pictureGrid';

export interface MapPictureOptions {
  theme: PictureTheme;
  /** When the canvas shows one: simulation results, a replay, a comparison. */
  overlay?: CanvasOverlay | undefined;
  /** The part of the map to draw, in the map's coordinates (the canvas's visible area); default the whole map. */
  area?: Area | undefined;
  /** When the picture was taken, as the reader reads dates. */
  date: string;
  /** The run the overlay shows ("10,000 customers · seed 7 · fast · cohort …"). */
  run?: string | undefined;
  /** The routes the canvas draws the edges along (by edge id), to draw them the same; without, the canvas's plain paths. */
  routes?: ReadonlyMap<string, EdgeRouting> | undefined;
}

export interface MapPicture {
  svg: string;
  width: number;
  height: number;
}

/** A piece of the picture in PNG pixels, as its own SVG document (see pictureTiles). */
export interface PictureTile {
  x: number;
  y: number;
  width: number;
  height: number;
  svg: string;
}

/** A node's or an edge's markup with its extent in the map's coordinates: [x0, y0, x1, y1]. */
interface Piece {
  box: readonly [number, number, number, number];
  /** A long edge: the extents of its stretches (a tile its box crosses may still miss them all). */
  segments?: readonly (readonly [number, number, number, number])[];
  markup: string;
  /** A long edge's line cut to a tile's window (its box in the map's coordinates), at the tile's scale. */
  cut?: EdgeLine;
}

/** The picture before it is written out: what every tile has, and the pieces a tile may leave out. */
interface Layers {
  width: number;
  height: number;
  ox: number;
  oy: number;
  root: (width: number, height: number, viewBox: string) => string;
  /** The title, description, definitions and background. */
  head: string;
  /** In the picture's coordinates. */
  titleBlock: FramePiece;
  mapOpen: string;
  /** These in the map's coordinates. */
  grid: FramePiece[];
  headers: FramePiece[];
  lanes: FramePiece[];
  edges: Piece[];
  nodes: Piece[];
  labels: Piece[];
  curve: FramePiece[];
  points: Piece[];
  /** In the picture's coordinates. */
  key: FramePiece;
}

const MARGIN = 40;
const GAP = 20;
/** Badges and rings stick out of a card this far. */
const BLEED = 12;
/** An edge cut to a tile runs this far past the tile's window: its ends, caps and arrow heads stay out of sight. */
const CUT_BLEED = 24;

/**
 * The whole map: its table, from the first stage column to the last and the first lane row to the
 * last, grown to hold any node drawn outside it (a node of an unknown stage keeps its position).
 */
export function wholeArea(grid: Grid): Area {
  let x0 = grid.columns[0]?.x0 ?? 0;
  let y0 = grid.rows[0]?.y0 ?? 0;
  let x1 = grid.columns.at(-1)?.x1 ?? x0 + 400;
  let y1 = grid.rows.at(-1)?.y1 ?? y0 + 200;
  for (const p of grid.positions.values()) {
    x0 = Math.min(x0, p.x - CELL_PAD_X);
    y0 = Math.min(y0, p.y - CELL_PAD_Y);
    x1 = Math.max(x1, p.x + NODE_WIDTH + CELL_PAD_X);
    y1 = Math.max(y1, p.y + NODE_HEIGHT + CELL_PAD_Y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The part of `a` inside `b`, or undefined when they do not meet. */
function intersect(a: Area, b: Area): Area | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const r = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return r - x > 1 && bottom - y > 1 ? { x, y, width: r - x, height: bottom - y } : undefined;
}

const meets = (a: Area, x0: number, y0: number, x1: number, y1: number): boolean => x0 < a.x + a.width && a.x < x1 && y0 < a.y + a.height && a.y < y1;

/** Everything the picture draws, laid out (see mapPicture); `onSize` hears the picture's size first, before the slow part. */
function layersOf(journey: Journey, options: MapPictureOptions, onSize?: (width: number, height: number) => void): Layers {
  const t = options.theme;
  const overlay = options.overlay;
  const grid = gridOf(journey);
  const whole = wholeArea(grid);
  const area = (options.area && intersect(options.area, whole)) ?? whole;

  const nodeIds = new Set<string>();
  const counts = new Map<string | undefined, number>();
  for (const n of journey.nodes) {
    if (nodeIds.has(n.id)) continue;
    nodeIds.add(n.id);
    const c = grid.columns[grid.cells.get(n.id)?.column ?? -1]?.stageId;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const date = options.date;
  const block = {
    name: journey.name || journey.id,
    meta: `Customer journey map · ${nodeIds.size} step${nodeIds.size === 1 ? '' : 's'} · ${grid.columns.length} stage${grid.columns.length === 1 ? '' : 's'} · ${grid.rows.length} lane${grid.rows.length === 1 ? '' : 's'}${area === whole ? '' : ' · part of the map'} · exported ${date}`,
    run: options.run,
  };
  const width = Math.ceil(Math.max(2 * MARGIN + LANE_LABEL_WIDTH + area.width, 2 * MARGIN + titleWidth(block, overlay)));
  const headerTop = MARGIN + titleHeight(block, overlay) + GAP;
  const ox = MARGIN + LANE_LABEL_WIDTH - area.x;
  const oy = headerTop + STAGE_HEADER_HEIGHT - area.y;
  const curveTop = area.y + area.height + GAP;
  const keyY = oy + curveTop + EMOTION_HEIGHT + GAP;
  const height = Math.ceil(keyY + KEY_HEIGHT + MARGIN);
  onSize?.(width, height);

  const routed = routeEdges(grid, drawnEdges(journey, nodeIds), options.routes).filter((r) => {
    const from = grid.positions.get(r.drawn.edge.from);
    const to = grid.positions.get(r.drawn.edge.to)!;
    const xs = [to.x, from ? from.x + NODE_WIDTH : r.labelX];
    const ys = [to.y + NODE_HEIGHT / 2, from ? from.y + NODE_HEIGHT / 2 : area.y, r.labelY];
    return meets(area, Math.min(...xs) - 60, Math.min(...ys) - 60, Math.max(...xs) + 60, Math.max(...ys) + 60);
  });

  const nodes: Piece[] = [];
  const teams = new Map((journey.teams ?? []).map((x) => [x.id, x]));
  const drawnIds = new Set<string>();
  for (const node of journey.nodes) {
    if (drawnIds.has(node.id)) continue;
    drawnIds.add(node.id);
    const at = grid.positions.get(node.id)!;
    const box = [at.x - BLEED, at.y - BLEED, at.x + NODE_WIDTH + BLEED, at.y + NODE_HEIGHT + BLEED] as const;
    if (!meets(area, ...box)) continue;
    const o = overlay?.nodes[node.id];
    nodes.push({ box, markup: pictureNode(t, { node, at, team: node.work ? teams.get(node.work.team) : undefined, isStart: journey.start === node.id, overlay: o, dimmed: !!overlay?.dimOthers && !o }) });
  }
  const lines = edgeLines(t, routed, overlay);
  const edges = routed.map((r, i): Piece => ({ box: [r.box[0] - 8, r.box[1] - 8, r.box[2] + 8, r.box[3] + 8], segments: r.segments, markup: lines[i]!(), cut: lines[i]! }));
  const tags = edgeLabels(t, routed, overlay);
  const labels = routed.map((r, i): Piece => {
    const [ax, ay] = r.leader ? [r.leader.x, r.leader.y] : [r.labelX, r.labelY];
    return { box: [Math.min(r.labelX, ax) - 120, Math.min(r.labelY, ay) - 10, Math.max(r.labelX, ax) + 120, Math.max(r.labelY, ay) + 10], markup: tags[i]! };
  });

  const left = area.x - LANE_LABEL_WIDTH;
  const defs = [
    arrowMarkers(t),
    tag('linearGradient', { id: 'mot-glow', x1: 0, y1: 0, x2: 1, y2: 1 }, tag('stop', { offset: 0, 'stop-color': t.mot, 'stop-opacity': 0.16 }) + tag('stop', { offset: 0.42, 'stop-color': t.mot, 'stop-opacity': 0 })),
    tag('pattern', { id: 'unstaged', width: 24, height: 24, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, tag('rect', { x: 0, y: 0, width: 12, height: 24, fill: t.fg, 'fill-opacity': 0.025 })),
    tag('clipPath', { id: 'clip-map' }, tag('rect', { x: area.x, y: area.y, width: area.width, height: area.height })),
    tag('clipPath', { id: 'clip-header' }, tag('rect', { x: left, y: area.y - STAGE_HEADER_HEIGHT, width: area.width + LANE_LABEL_WIDTH, height: STAGE_HEADER_HEIGHT })),
    tag('clipPath', { id: 'clip-curve' }, tag('rect', { x: left, y: curveTop, width: area.width + LANE_LABEL_WIDTH, height: EMOTION_HEIGHT })),
  ].join('');

  const curve = emotionCurve(t, journey, grid, area, curveTop);
  return {
    width,
    height,
    ox,
    oy,
    root: (w, h, viewBox) => `<?xml version="1.0" encoding="UTF-8"?>\n<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', width: w, height: h, viewBox, 'font-family': t.font, 'data-journey': journey.id })}>`,
    head: [title(block.name), tag('desc', {}, xml(`${block.meta}${block.run ? ` · run ${block.run}` : ''}`)), tag('defs', {}, defs), tag('rect', { class: 'background', x: 0, y: 0, width, height, fill: t.bg })].join(''),
    titleBlock: { box: [MARGIN, MARGIN, MARGIN + Math.min(width - 2 * MARGIN, 1.3 * titleWidth(block, overlay) + 40), MARGIN + titleHeight(block, overlay)], markup: titleBlock(t, block, overlay, MARGIN, MARGIN, width - 2 * MARGIN) },
    mapOpen: `<g${attrs({ class: 'map', transform: `translate(${num(ox)} ${num(oy)})` })}>`,
    grid: gridBackground(t, grid, area),
    headers: stageHeaders(t, grid, area, counts),
    lanes: laneLabels(t, grid, area),
    edges,
    nodes,
    labels,
    curve: curve.frame,
    points: curve.points,
    key: pictureKey(t, MARGIN, keyY),
  };
}

/** Tooltips: a PNG cannot show them, and every element costs the browser's decoding. */
const TOOLTIPS = /<title>[^<]*<\/title>/g;

/** How the layers are written: the frame's parts (in the map's coordinates or the picture's) and the pieces. */
interface Writer {
  frame(pieces: readonly FramePiece[], inMap: boolean): string;
  pick(pieces: readonly Piece[]): string;
}

const WHOLE: Writer = { frame: writeFrame, pick: (pieces) => pieces.map((p) => p.markup).join('') };

/** Only what meets a window of the picture (in its coordinates) drawn at a scale, the long edges cut to the window. */
function tileWriter(l: Layers, window: Area, scale: number): Writer {
  const flow = { x: window.x - l.ox, y: window.y - l.oy, width: window.width, height: window.height };
  const inMap = [flow.x, flow.y, flow.x + flow.width, flow.y + flow.height] as const;
  const inPicture = [window.x, window.y, window.x + window.width, window.y + window.height] as const;
  const cutBox = [flow.x - CUT_BLEED, flow.y - CUT_BLEED, flow.x + flow.width + CUT_BLEED, flow.y + flow.height + CUT_BLEED] as const;
  return {
    frame: (pieces, map) => writeFrameWithin(pieces, map ? inMap : inPicture),
    pick: (pieces) =>
      pieces
        .filter((p) => meets(flow, ...p.box) && (!p.segments || p.segments.some((b) => meets(flow, ...b))))
        .map((p) => (p.cut ? p.cut(cutBox, scale) : p.markup))
        .join(''),
  };
}

/** The picture written out, whole or (with a tileWriter) a tile of it. */
function write(l: Layers, root: string, w: Writer = WHOLE): string {
  return [
    root,
    l.head,
    w.frame([l.titleBlock], false),
    l.mapOpen,
    w.frame(l.grid, true),
    `<g clip-path="url(#clip-header)">${w.frame(l.headers, true)}</g>`,
    w.frame(l.lanes, true),
    `<g clip-path="url(#clip-map)">`,
    `<g class="edges">${w.pick(l.edges)}</g>`,
    `<g class="nodes">${w.pick(l.nodes)}</g>`,
    `<g class="edge-labels">${w.pick(l.labels)}</g>`,
    `</g><g clip-path="url(#clip-curve)"><g class="emotion-curve">${w.frame(l.curve, true)}`,
    w.pick(l.points),
    `</g></g></g>`,
    w.frame([l.key], false),
    `</svg>\n`,
  ].join('');
}

/**
 * A picture of a journey's map as a standalone SVG document, built from the model (pure: no DOM):
 * title block, stage headers, lane rows with the blueprint's lines, edges routed as the canvas
 * routes them with their trigger labels, node cards, any overlay with its legend, the emotion curve
 * and a key. Everything the canvas draws is drawn, whatever its diagnostics; editor marks
 * (selection, problem badges, handles) are not. Text stays text; every document string is encoded.
 */
export function mapPicture(journey: Journey, options: MapPictureOptions): MapPicture {
  const l = layersOf(journey, options);
  return { svg: write(l, l.root(l.width, l.height, `0 0 ${l.width} ${l.height}`)), width: l.width, height: l.height };
}

/** A picture (its size in the SVG's pixels) cut into tiles at a scale (see pictureTiles). */
export interface PictureTiles {
  width: number;
  height: number;
  scale: number;
  tiles: PictureTile[];
}

/** How large a tile may be, in PNG pixels (see pictureTiles). */
export interface TileLimits {
  width: number;
  height: number;
}

/**
 * Tiles a column of the map wide: each tile's document repeats the frame (title, grid, curve) and
 * the edges that cross it, so fewer, taller tiles decode faster than square ones (measured: strips
 * 1024 px wide beat 1024-px squares, and both narrower and wider strips); the page draws a tall tile
 * in pieces of a task each (rasterizeTiles.ts).
 */
export const TILE_LIMITS: TileLimits = { width: 1024, height: 4096 };

/** The size of a picture's PNG in pixels, and its scale (see pictureTiles). */
export interface PngSize {
  width: number;
  height: number;
  scale: number;
}

/** Who hears of a PNG's tiles as they are made (see pictureTiles). */
export interface TileListener {
  /** The PNG's size, before the picture is laid out and its tiles written (so that its canvas can be made meanwhile). */
  size?(size: PngSize): void;
  /** Each tile as soon as it is written (so that the page can decode it meanwhile); the tiles are then not returned. */
  tile?(tile: PictureTile): void;
}

/**
 * The picture at `scale` cut into tiles, each its own small SVG document, the picture's (the same
 * layers as mapPicture writes) through a window, holding only the nodes and edges that reach into
 * it, long edges cut to it, the frame's parts it meets, no tooltips (see tileWriter): a browser lays out an SVG image
 * whole on its first draw, so a large picture drawn from one document would hold up the page.
 */
export function pictureTiles(journey: Journey, options: MapPictureOptions, scaleFor: (width: number, height: number) => number, limits: TileLimits = TILE_LIMITS, listen: TileListener = {}): PictureTiles {
  let scale = 1;
  const l = layersOf(journey, options, (width, height) => {
    scale = scaleFor(width, height);
    listen.size?.({ width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)), scale });
  });
  const W = Math.max(1, Math.round(l.width * scale));
  const H = Math.max(1, Math.round(l.height * scale));
  const tiles: PictureTile[] = [];
  for (let y = 0; y < H; y += limits.height) {
    for (let x = 0; x < W; x += limits.width) {
      const w = Math.min(limits.width, W - x);
      const h = Math.min(limits.height, H - y);
      const window = { x: x / scale, y: y / scale, width: w / scale, height: h / scale };
      const svg = write(l, l.root(w, h, `${num4(window.x)} ${num4(window.y)} ${num4(window.width)} ${num4(window.height)}`), tileWriter(l, window, scale));
      const tile = { x, y, width: w, height: h, svg: svg.replace(TOOLTIPS, '') };
      if (listen.tile) listen.tile(tile);
      else tiles.push(tile);
    }
  }
  return { width: l.width, height: l.height, scale, tiles };
}

/** Tile windows need more precision than drawing (a seam of a fraction of a pixel shows). */
const num4 = (n: number) => String(Math.round(n * 10_000) / 10_000);
