// SVG and PNG pictures of a journey's whole map (lanes, stages, nodes, edges, any overlay), not just
// what the viewport shows: the bounds of every flow node (stage headers and lane labels included)
// give the picture's size, React Flow's getViewportForBounds the transform it is drawn at. The
// canvas must be mounted (the caller opens it); its DOM is drawn by html-to-image (pinned to
// 1.11.11: later versions drop the SVG edges of React Flow, bubkoo/html-to-image#516).
import { getNodesBounds, getViewportForBounds, type Rect } from '@xyflow/react';
import type { Journey } from '../../runtime/model/journey';
import { toFlow } from '../canvas/toFlow';
import { EMPTY_SELECTION } from '../state/selection';

export type ImageFormat = 'svg' | 'png';

const PADDING = 32;
/** Browsers refuse canvases much larger than this (per side, in device pixels). */
const MAX_PNG_SIDE = 12_000;

/** The map's extent in flow coordinates, with a margin, and the viewport that draws it at scale 1. */
export function mapFrame(journey: Journey): { bounds: Rect; width: number; height: number; transform: string } {
  const bounds = getNodesBounds(toFlow(journey, [], EMPTY_SELECTION).nodes);
  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING);
  const v = getViewportForBounds(bounds, width, height, 1, 1, `${PADDING}px`);
  return { bounds, width, height, transform: `translate(${v.x}px, ${v.y}px) scale(${v.zoom})` };
}

/** The canvas root of a file's map, when its canvas editor is mounted. */
export function canvasRootOf(path: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="canvas-editor"][data-path="${CSS.escape(path)}"] [data-testid="journey-canvas"]`);
}

/** Elements left out of the picture: handles, the minimap, the zoom controls. */
function keep(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  const c = node.classList;
  return !(c.contains('react-flow__handle') || c.contains('react-flow__minimap') || c.contains('react-flow__controls'));
}

/** Draws the mounted map of `journey` (its canvas root) as an SVG text or a PNG blob. */
export async function renderCanvasImage(root: HTMLElement, journey: Journey, format: ImageFormat): Promise<Blob> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('the canvas is not drawn yet');
  const { width, height, transform } = mapFrame(journey);
  const backgroundColor = getComputedStyle(root).backgroundColor;
  // The arrow heads are defined once beside the flow: the picture needs its own copy.
  const markers = root.querySelector('svg.je-markers')?.cloneNode(true) as SVGElement | undefined;
  if (markers) viewport.append(markers);
  const { toBlob, toSvg } = await import('html-to-image');
  // The map uses system fonts only: no web font to embed (and Monaco's icon font is not wanted).
  const options = { width, height, backgroundColor, filter: keep, skipFonts: true, style: { width: `${width}px`, height: `${height}px`, transform, transformOrigin: '0 0' } };
  try {
    if (format === 'svg') {
      const url = await toSvg(viewport, options);
      return new Blob([decodeURIComponent(url.slice(url.indexOf(',') + 1))], { type: 'image/svg+xml' });
    }
    const pixelRatio = Math.max(0.25, Math.min(2, MAX_PNG_SIDE / Math.max(width, height)));
    const png = await toBlob(viewport, { ...options, pixelRatio });
    if (!png) throw new Error('the browser could not encode the PNG');
    return png;
  } finally {
    markers?.remove();
  }
}
