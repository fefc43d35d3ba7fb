import type { Position } from '../../runtime/model/primitives';

/** What commands need from a mounted canvas: its view, not its document (the shell owns that). */
export interface CanvasController {
  /** Fit the whole map in view (animated). */
  fitView(): void;
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
