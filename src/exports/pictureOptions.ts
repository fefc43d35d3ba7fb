import { services } from '../app/workbenchServices';
import { getSetting, setSetting } from '../storage/settingsRepository';

/** How the map's picture is taken: what the Export dialog asks, remembered between exports. */
export interface PictureOptions {
  format: 'svg' | 'png';
  /** The whole map, or what the canvas shows now. */
  area: 'whole' | 'visible';
  /** A light background (the light theme's colours) even in the dark theme: what slides want. */
  light: boolean;
  /** Pixels per point of the PNG. */
  scale: 1 | 2 | 3;
}

export const DEFAULT_PICTURE_OPTIONS: PictureOptions = { format: 'png', area: 'whole', light: true, scale: 2 };
const KEY = 'pictureExport';

let remembered: PictureOptions | undefined;

/** The options of the last export (the defaults at first). */
export async function pictureOptions(): Promise<PictureOptions> {
  if (remembered) return remembered;
  let stored: Partial<PictureOptions> = {};
  try {
    stored = await getSetting<Partial<PictureOptions>>(services().db, KEY, {});
  } catch {
    // no storage (yet): the defaults
  }
  remembered = { ...DEFAULT_PICTURE_OPTIONS, ...stored };
  return remembered;
}

/** Remember the options for the next export (and the next session). */
export function rememberPictureOptions(options: PictureOptions): void {
  remembered = options;
  try {
    void setSetting(services().db, KEY, options).catch(() => undefined);
  } catch {
    // no storage: remembered for this session
  }
}
