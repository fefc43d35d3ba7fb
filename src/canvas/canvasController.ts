import type { Position } from '../../runtime/model/primitives';

/** What commands need from a mounted canvas: its view, not its document (the shell owns that). */
export interface CanvasController {
  /** The readable fit (animated): as much of the map as fits with its text readable, its first stages first. */
  fitView(): void;
  /** The whole map, however small (animated); a notice says when it cannot be read. */
  fitOverview?(): void;
  /** Fit the selected nodes' stage, else the stage most in view, at a readable zoom (animated). */
  fitStage?(): void;
  /** Pan to a stage's column (by index), at a readable zoom (animated). */
  goToStage?(index: number): void;
  /** The map's stage names, in order. */
  stageNames?(): string[];
  /** Zoom one step in or out about the centre of the view (animated). */
  zoomIn(): void;
  zoomOut(): void;
  /** Zoom to a level (1 = 100%) about the centre of the view (animated). */
  zoomTo(level: number): void;
  /** The point of the flow at the centre of the visible area: where new nodes go. */
  viewportCenter(): Position;
  /** Pan (keeping the zoom) so that these nodes are in view, when they are not; unknown ids are ignored. */
  revealNodes(ids: readonly string[]): void;
}

let active: CanvasController | undefined;

/** The canvas the user worked with last (with split editors there may be several). */
export function activeCanvas(): CanvasController | undefined {
  return active;
}

export function setActiveCanvas(controller: CanvasController): void {
  active = controller;
}

/** Forget a canvas that unmounts (only if it is still the active one). */
export function releaseCanvas(controller: CanvasController): void {
  if (active === controller) active = undefined;
}
