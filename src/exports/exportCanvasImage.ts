import type { Journey } from '../../runtime/model/journey';
import { download } from '../app/importExport';
import { activeCanvas } from '../canvas/canvasController';
import { openEditor } from '../state/layoutActions';
import { dismiss, log, notify } from '../state/uiActions';
import { exportableJourney } from './exportableJourney';
import { canvasRootOf, renderCanvasImage, type ImageFormat } from './canvasImage';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The mounted canvas of a file: opened first when another editor of it is showing. */
async function mountedCanvas(docId: string, path: string, timeoutMs = 4000): Promise<HTMLElement | null> {
  let root = canvasRootOf(path);
  if (root?.querySelector('.react-flow__node')) return root;
  openEditor(docId, 'canvas');
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    await nextFrame();
    root = canvasRootOf(path);
    if (root?.querySelector('.react-flow__node')) return root;
  }
  return root;
}

const drawnCount = (root: HTMLElement) => root.querySelectorAll('.react-flow__node-journey').length;

/** A large map draws only what is in view: have it draw everything, until every node is there. */
async function drawAll(root: HTMLElement, journey: Journey, timeoutMs = 3000): Promise<() => void> {
  if (drawnCount(root) >= journey.nodes.length) return () => undefined;
  const restore = activeCanvas()?.drawEverything() ?? (() => undefined);
  const end = performance.now() + timeoutMs;
  while (drawnCount(root) < journey.nodes.length && performance.now() < end) await nextFrame();
  return restore;
}

/** Downloads the whole map of a journey file as `<id>.svg` or `<id>.png`; false when refused or failed. */
export async function exportCanvasImage(docId: string | undefined, format: ImageFormat): Promise<boolean> {
  const target = exportableJourney(docId, `export the map as ${format.toUpperCase()}`);
  if (!target) return false;
  const name = `${target.journey.id}.${format}`;
  // A large map takes a moment to draw: say so until the download starts.
  const drawing = notify(`Drawing the map as ${format.toUpperCase()}…`);
  try {
    const root = await mountedCanvas(target.doc.id, target.doc.path);
    if (!root) throw new Error('the canvas did not open');
    const restore = await drawAll(root, target.journey);
    try {
      download(name, await renderCanvasImage(root, target.journey, format));
    } finally {
      restore();
    }
  } catch (e) {
    notify(`Could not export ${name}: ${(e as Error).message}`, 'error');
    return false;
  } finally {
    dismiss(drawing);
  }
  log(`Exported ${name} from ${target.doc.path}`);
  return true;
}
