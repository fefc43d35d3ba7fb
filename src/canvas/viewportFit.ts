import type { Viewport } from '@xyflow/react';
import type { Grid } from './gridOf';
import { LANE_LABEL_WIDTH, STAGE_HEADER_HEIGHT } from './nodeSize';

/** The smallest text that can be read on screen, in CSS pixels. */
export const READABLE_TEXT_PX = 12;
/** The font size of a card's title (`.jn-label` in nodes/nodeCard.css). */
export const CARD_TITLE_PX = 12.5;
/** Below this zoom a card's title is under 12 px on screen: the fits that promise a readable map never go lower. */
export const READABLE_ZOOM = READABLE_TEXT_PX / CARD_TITLE_PX;
/** The zoom a fit never goes above (1:1). */
export const MAX_FIT_ZOOM = 1;
export const FIT_MARGIN = 16;

/** The visible part of the canvas: its size, and the strip at its top edge that a fit leaves free (the toolbar). */
export interface ViewArea {
  width: number;
  height: number;
  top: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The map's bounds: lane labels, stage headers and the grid. */
export function mapBounds(grid: Grid): Box {
  const x = (grid.columns[0]?.x0 ?? 0) - LANE_LABEL_WIDTH;
  const y = (grid.rows[0]?.y0 ?? 0) - STAGE_HEADER_HEIGHT;
  const x1 = grid.columns[grid.columns.length - 1]?.x1 ?? 0;
  const y1 = grid.rows[grid.rows.length - 1]?.y1 ?? 0;
  return { x, y, width: x1 - x, height: y1 - y };
}

/** A stage's column, with its header, over every lane. */
export function stageBounds(grid: Grid, index: number): Box | undefined {
  const c = grid.columns[index];
  if (!c) return undefined;
  const m = mapBounds(grid);
  return { x: c.x0, y: m.y, width: c.x1 - c.x0, height: m.height };
}

const inner = (area: ViewArea) => ({ width: Math.max(1, area.width - 2 * FIT_MARGIN), height: Math.max(1, area.height - area.top - 2 * FIT_MARGIN) });

/** The zoom at which a box fits the area, at most 1:1. */
function fitZoom(b: Box, area: ViewArea): number {
  const { width, height } = inner(area);
  return Math.min(MAX_FIT_ZOOM, width / Math.max(1, b.width), height / Math.max(1, b.height));
}

/** Along one axis: centred when it fits, else its start at the margin. */
function place(start: number, size: number, zoom: number, from: number, length: number): number {
  const room = length - 2 * FIT_MARGIN;
  return size * zoom <= room ? from + (length - size * zoom) / 2 - start * zoom : from + FIT_MARGIN - start * zoom;
}

/** Show a box at a zoom: centred along each axis it fits, else from its left or top edge. */
function show(b: Box, zoom: number, area: ViewArea): Viewport {
  return { x: place(b.x, b.width, zoom, 0, area.width), y: place(b.y, b.height, zoom, area.top, area.height - area.top), zoom };
}

/**
 * The readable fit (how a journey opens, and Fit View): the whole map when it fits at a readable
 * zoom (at most 1:1), otherwise as much as fits at the readable zoom from its start (first stage,
 * top lane): a journey is read from its first stage.
 */
export function fitReadable(grid: Grid, area: ViewArea, focus?: Box): Viewport {
  const b = mapBounds(grid);
  const v = show(b, Math.max(READABLE_ZOOM, fitZoom(b, area)), area);
  return focus ? keepInView(v, focus, area) : v;
}

/**
 * Pan the least that brings a box (the start node) into view, when the view does not show it:
 * a view of the top lane with nothing of the journey's start in it is no start at all.
 */
function keepInView(v: Viewport, focus: Box, area: ViewArea): Viewport {
  return { x: v.x + nudge(focus.x, focus.width, v.x, v.zoom, 0, area.width), y: v.y + nudge(focus.y, focus.height, v.y, v.zoom, area.top, area.height), zoom: v.zoom };
}

/** How far to pan along one axis so that [at, at + size] is on screen between `from` and `to`: 0 when it is; its start first when it cannot all be. */
function nudge(at: number, size: number, t: number, zoom: number, from: number, to: number): number {
  const start = at * zoom + t;
  const end = (at + size) * zoom + t;
  if (start >= from && end <= to) return 0;
  if (start < from) return from + FIT_MARGIN - start;
  return Math.max(to - FIT_MARGIN - end, from + FIT_MARGIN - start);
}

/** The overview: the whole map, however small that makes it (at most 1:1); `readable` says whether its text can still be read. */
export function fitOverview(grid: Grid, area: ViewArea): { viewport: Viewport; readable: boolean } {
  const b = mapBounds(grid);
  const zoom = fitZoom(b, area);
  return { viewport: show(b, zoom, area), readable: isReadable(zoom) };
}

/** Fit one stage's column at a readable zoom (at most 1:1): centred when it fits, else from its left edge and the top lane. */
export function fitStage(grid: Grid, index: number, area: ViewArea): Viewport | undefined {
  const b = stageBounds(grid, index);
  if (!b) return undefined;
  return show(b, Math.max(READABLE_ZOOM, fitZoom(b, area)), area);
}

/**
 * Pan so that a stage's column is in view, keeping the zoom when it is readable (else at the
 * readable zoom, from the top lane): the column centred when it fits, else from its left edge.
 */
export function panToStage(grid: Grid, index: number, current: Viewport, area: ViewArea): Viewport | undefined {
  const b = stageBounds(grid, index);
  if (!b) return undefined;
  const zoom = isReadable(current.zoom) ? current.zoom : READABLE_ZOOM;
  const x = place(b.x, b.width, zoom, 0, area.width);
  const y = zoom === current.zoom ? current.y : place(b.y, b.height, zoom, area.top, area.height - area.top);
  return { x, y, zoom };
}

/** Whether text at this zoom is at least 12 px on screen (with a little slack for rounding). */
export function isReadable(zoom: number): boolean {
  return zoom * CARD_TITLE_PX >= READABLE_TEXT_PX - 1e-6;
}

/** How much of each stage's width is on screen (0…1), in stage order. */
export function stageVisibility(grid: Grid, v: Viewport, area: ViewArea): number[] {
  return grid.columns.map((c) => {
    const left = c.x0 * v.zoom + v.x;
    const right = c.x1 * v.zoom + v.x;
    const seen = Math.min(right, area.width) - Math.max(left, 0);
    return Math.max(0, Math.min(1, seen / Math.max(1e-9, right - left)));
  });
}

/**
 * The stages in view: at least half of the stage on screen, or a stage wider than the view
 * filling at least half of it.
 */
export function stagesInView(grid: Grid, v: Viewport, area: ViewArea): number[] {
  return stageVisibility(grid, v, area).flatMap((seen, i) => {
    const c = grid.columns[i]!;
    return seen >= 0.5 || seen * (c.x1 - c.x0) * v.zoom >= area.width / 2 ? [i] : [];
  });
}

/** The stage the view is on: the one most on screen (the first of equals); -1 without stages in view. */
export function currentStage(grid: Grid, v: Viewport, area: ViewArea): number {
  const seen = stageVisibility(grid, v, area);
  let best = -1;
  seen.forEach((s, i) => {
    if (s > 0 && (best < 0 || s > seen[best]! + 1e-9)) best = i;
  });
  return best;
}
