import { create } from 'zustand';
import type { CanvasOverlay } from '../canvas/canvasOverlay';

/** The overlay shown on each journey file's canvas (by file id); one at a time per file. */
export interface OverlayState {
  byFile: Record<string, CanvasOverlay | undefined>;
}

export const useOverlay = create<OverlayState>()(() => ({ byFile: {} }));

export function setOverlay(fileId: string, overlay: CanvasOverlay | undefined): void {
  useOverlay.setState((s) => ({ byFile: { ...s.byFile, [fileId]: overlay } }));
}

export function overlayOf(fileId: string): CanvasOverlay | undefined {
  return useOverlay.getState().byFile[fileId];
}
