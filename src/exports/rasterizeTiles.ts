// A map picture's tiles to one PNG, a piece at a time so that the page stays free. Each tile is a
// small SVG document, decoded by the page (only the page can draw SVG) as soon as it comes, a few
// tiles ahead so that decoding fills the time the workers are busy, and drawn in pieces, each in a
// task of its own, into a PngSink (pngSink.ts: assembled and encoded in a worker, or on the page
// without workers).
import type { PictureTile } from './picture/mapPicture';
import type { Piece, PngSink } from './pngSink';
import { timed } from './timed';
import type { TileStream } from './tileStream';

/** Tiles decoded ahead of the one being drawn: decoding needs no worker, so it fills the page's time while the PNG's canvas is being made. */
const DECODE_AHEAD = 6;

async function decode(tile: PictureTile): Promise<HTMLImageElement> {
  const start = performance.now();
  const url = URL.createObjectURL(new Blob([tile.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(tile.width, tile.height);
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    return timed('decode', start, image);
  } catch {
    throw new Error('the browser could not draw the picture');
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

function piecesOf(tile: PictureTile, size: { width: number; height: number }): Piece[] {
  const pieces: Piece[] = [];
  for (let sy = 0; sy < tile.height; sy += size.height) {
    for (let sx = 0; sx < tile.width; sx += size.width) {
      pieces.push({ sx, sy, width: Math.min(size.width, tile.width - sx), height: Math.min(size.height, tile.height - sy), x: tile.x + sx, y: tile.y + sy });
    }
  }
  return pieces;
}

const isStream = (tiles: readonly PictureTile[] | TileStream): tiles is TileStream => !Array.isArray(tiles);

/**
 * The PNG made of these tiles (all of them, or as they come from a TileStream), drawn into `sink`
 * (startPng of the PNG's size, made as early as can be: see pngSink.ts); `onProgress` hears the
 * share of the PNG drawn.
 */
export async function rasterizeTiles(tiles: readonly PictureTile[] | TileStream, sink: PngSink, onProgress?: (done: number) => void): Promise<Blob> {
  const tileAt = (i: number): Promise<PictureTile | undefined> => (isStream(tiles) ? tiles.at(i) : Promise.resolve(tiles[i]));
  const size = sink.pieceSize;
  let drawn = 0;
  const decoding: (Promise<HTMLImageElement | undefined> | undefined)[] = [];
  const decodeAhead = (from: number) => {
    for (let i = decoding.length; i <= from + DECODE_AHEAD; i++) {
      const image = tileAt(i).then((tile) => tile && decode(tile));
      image.catch(() => undefined); // a failure counts when its tile's turn comes
      decoding.push(image);
    }
  };
  try {
    for (let i = 0; ; i++) {
      decodeAhead(i);
      const [tile, image] = await Promise.all([tileAt(i), decoding[i]!]);
      decoding[i] = undefined; // the image goes after its tile
      if (!tile || !image) break;
      for (const piece of piecesOf(tile, size)) {
        await sink.ready();
        const start = performance.now();
        timed('draw', start, sink.piece(image, piece));
        drawn += piece.width * piece.height;
        onProgress?.(drawn / (sink.width * sink.height));
      }
    }
    const start = performance.now();
    return timed('encode', start, await sink.finish());
  } catch (e) {
    sink.abort();
    throw e;
  }
}
