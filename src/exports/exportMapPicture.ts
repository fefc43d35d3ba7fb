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
import { rasterizeTiles } from './rasterizeTiles';
import { visibleArea } from './visibleArea';

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
  try {
    const overlay = overlayOf(docId);
    const area = options.area === 'visible' ? visibleArea(doc.path) : undefined;
    if (options.area === 'visible' && !area) notes.push('the canvas is not open, so the whole map was drawn');
    const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(now);
    const what = { theme: pictureThemeOfPage(options.light), overlay, area, date, run: overlay ? shownRun(docId) : undefined };
    const built = await buildMapPicture({ journey, options: what, ...(options.format === 'png' ? { pngScale: options.scale } : {}) });
    if (built.picture) {
      download(name, built.picture.svg, 'image/svg+xml');
    } else {
      const { scale, tiles, width, height } = built.png;
      if (scale < options.scale) notes.push(`drawn at ${scale.toFixed(2)}× instead of ${options.scale}×: the browser cannot make a larger image`);
      const png = await rasterizeTiles(tiles, Math.round(width * scale), Math.round(height * scale));
      download(name, png, 'image/png');
    }
  } catch (e) {
    notify(`Could not export ${name}: ${(e as Error).message}. The journey is unchanged.`, 'error');
    return false;
  } finally {
    dismiss(drawing);
  }
  if (notes.length > 0) notify(`Exported ${name}; ${notes.join('; ')}`, 'warning');
  log(`Exported ${name} from ${doc.path}`);
  return true;
}
