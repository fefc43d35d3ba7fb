import type { Viewport } from '@xyflow/react';
import { useLayout } from '../state/layoutStore';

/** The most files whose viewport is kept (the least recently moved are forgotten). */
export const MAX_REMEMBERED_VIEWPORTS = 100;

const sane = (v: unknown): v is Viewport =>
  !!v && typeof v === 'object' && [(v as Viewport).x, (v as Viewport).y, (v as Viewport).zoom].every((n) => typeof n === 'number' && Number.isFinite(n)) && (v as Viewport).zoom > 0;

/** The viewport a file's canvas was left at (kept with the layout, across tab switches and reloads), if any. */
export function rememberedViewport(fileId: string): Viewport | undefined {
  const v = Object.hasOwn(useLayout.getState().viewports ?? {}, fileId) ? useLayout.getState().viewports[fileId] : undefined;
  return sane(v) ? { x: v.x, y: v.y, zoom: v.zoom } : undefined;
}

/** Keep where a file's canvas is: UI state in the layout store, never in the document. */
export function rememberViewport(fileId: string, v: Viewport): void {
  if (!sane(v)) return;
  useLayout.setState((s) => {
    const rest = Object.entries(s.viewports ?? {}).filter(([id]) => id !== fileId);
    const kept = rest.slice(Math.max(0, rest.length - (MAX_REMEMBERED_VIEWPORTS - 1)));
    return { viewports: Object.fromEntries([...kept, [fileId, { x: v.x, y: v.y, zoom: v.zoom }]]) };
  });
}
