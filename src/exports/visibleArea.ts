import type { Area } from './picture/mapPicture';

/** The part of the map a file's canvas shows now, in the map's coordinates; undefined when its canvas is not on screen. */
export function visibleArea(path: string): Area | undefined {
  const root = document.querySelector<HTMLElement>(`[data-testid="canvas-editor"][data-path="${CSS.escape(path)}"] [data-testid="journey-canvas"]`);
  const pane = root?.querySelector<HTMLElement>('.react-flow');
  const viewport = root?.querySelector<HTMLElement>('.react-flow__viewport');
  if (!pane || !viewport || pane.clientWidth === 0) return undefined;
  // The viewport's transform is React Flow's pan and zoom.
  const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
  const zoom = m.a || 1;
  return { x: -m.e / zoom, y: -m.f / zoom, width: pane.clientWidth / zoom, height: pane.clientHeight / zoom };
}
