import type { Journey } from '../../../runtime/model/journey';
import { mapPicture, pictureTiles, TILE_LIMITS, type MapPicture, type MapPictureOptions, type PictureTile, type PictureTiles, type PngSize, type TileListener } from './mapPicture';
import { pngScale } from './pngScale';

/** What the picture worker is asked for: the SVG of a journey's map, and for a PNG the scale wanted. */
export interface PictureRequest {
  journey: Journey;
  options: MapPictureOptions;
  pngScale?: number;
}

/**
 * The SVG; for a PNG instead, the scale it can have (see pngScale) and the tiles of the SVG to draw
 * it from (none when a TileListener took them).
 */
export type PictureReply = { ok: true; picture: MapPicture; png?: undefined } | { ok: true; png: PictureTiles; picture?: undefined } | { ok: false; message: string };

/** What the worker says before its reply to a PNG request: the PNG's size, then each tile (see TileListener). */
export type PictureNote = { pngSize: PngSize } | { tile: PictureTile };

/** The answer to a request: in the worker, or in the page where there are no workers. `listen` hears of a PNG's tiles as they are made. */
export function answerPictureRequest(request: PictureRequest, listen?: TileListener): PictureReply {
  try {
    const wanted = request.pngScale;
    if (wanted === undefined) return { ok: true, picture: mapPicture(request.journey, request.options) };
    return { ok: true, png: pictureTiles(request.journey, request.options, (w, h) => pngScale(w, h, wanted), TILE_LIMITS, listen) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
