import { download } from '../app/importExport';
import { journeyOf } from '../state/documentState';
import { overlayOf } from '../state/overlayStore';
import { flushValidation } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { dismiss, log, notify } from '../state/uiActions';
import { useSimulation } from '../simulation/simulationStore';
import { buildMapPicture } from './buildMapPicture';
import { pictureOptions, type PictureOptions } from './pictureOptions';
import { pictureThemeOfPage } from './pictureThemeOfPage';
import { spawnPngWorker, startPng, type PngSink } from './pngSink';
import { rasterizeTiles } from './rasterizeTiles';
import { tileStream } from './tileStream';
import { timed } from './timed';
import { visibleArea } from './visibleArea';
import { shownRoutes } from '../canvas/routing/shownRoutes';

/** The run a file's map shows, as the title block names it: "10,000 customers · seed 7 · fast · cohort x.cohort.json". */
function shownRun(docId: string): string | undefined {
  const run = useSimulation.getState().shown[docId];
  if (!run) return undefined;
  const cohort = run.cohortPath ? ` · cohort ${run.cohortPath.split('/').pop()}` : '';
  return `${run.label}${cohort}`;
}

/**
 * Downloads a picture of a journey's map (`<id>.svg` or `<id>.png`), drawn from the document, not
 * from the screen: any journey the canvas draws, errors or not, with the overlay the canvas shows.
 * The options missing from `choice` are the remembered ones. False when there is nothing to draw or it failed.
 */
export async function exportMapPicture(docId: string | undefined, choice: Partial<PictureOptions> = {}, now: number = Date.now()): Promise<boolean> {
  if (docId) flushValidation(docId);
  const doc = docId ? useWorkspace.getState().docs[docId] : undefined;
  const journey = journeyOf(doc);
  if (!doc || !docId || !journey) {
    notify(doc ? `Cannot draw ${doc.path}: it is not a valid journey yet` : 'Open a journey to export its map', 'error');
    return false;
  }
  const options = { ...(await pictureOptions()), ...choice };
  const name = `${journey.id}.${options.format}`;
  const drawing = notify(`Drawing the map… (${name})`);
  const notes: string[] = [];
  let png: PngSink | undefined;
  const tiles = tileStream();
  // Started now, so that it is ready to make the PNG's canvas as soon as the size is known.
  let pngWorker = options.format === 'png' ? spawnPngWorker() : undefined;
  try {
    const overlay = overlayOf(docId);
    const area = options.area === 'visible' ? visibleArea(doc.path) : undefined;
    if (options.area === 'visible' && !area) notes.push('the canvas is not open, so the whole map was drawn');
    const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(now);
    // The edges along the routes the canvas shows (the same lines and label places as on screen).
    const what = { theme: pictureThemeOfPage(options.light), overlay, area, date, run: overlay ? shownRun(docId) : undefined, routes: shownRoutes(docId) };
    const start = performance.now();
    // A PNG's canvas is made as soon as its size is known, and its tiles drawn as they come, while
    // the worker is still writing the next ones.
    let drawn: Promise<Blob> | undefined;
    const built = await buildMapPicture(
      { journey, options: what, ...(options.format === 'png' ? { pngScale: options.scale } : {}) },
      {
        size(size) {
          png = startPng(size.width, size.height, pngWorker);
          pngWorker = undefined;
          drawn = rasterizeTiles(tiles, png);
          drawn.catch(() => undefined); // its failure counts below
        },
        tile: (tile) => tiles.push(tile),
      },
    );
    tiles.end();
    timed('build', start, undefined);
    if (built.picture) {
      download(name, built.picture.svg, 'image/svg+xml');
    } else {
      const { scale, width, height } = built.png;
      if (scale < options.scale) notes.push(`drawn at ${scale.toFixed(2)}× instead of ${options.scale}×: the browser cannot make a larger image`);
      png ??= startPng(Math.round(width * scale), Math.round(height * scale), pngWorker);
      pngWorker = undefined;
      const blob = await (drawn ?? rasterizeTiles(built.png.tiles, png));
      png = undefined;
      download(name, blob, 'image/png');
    }
  } catch (e) {
    tiles.end(e as Error);
    png?.abort();
    pngWorker?.terminate();
    notify(`Could not export ${name}: ${(e as Error).message}. The journey is unchanged.`, 'error');
    return false;
  } finally {
    dismiss(drawing);
  }
  if (notes.length > 0) notify(`Exported ${name}; ${notes.join('; ')}`, 'warning');
  log(`Exported ${name} from ${doc.path}`);
  return true;
}
