// A map picture's tiles to one PNG, a piece at a time so that the page stays free. Each tile is a
// small SVG document, decoded once by the page (only the page can draw SVG) and drawn in pieces of
// at most PIECE × PIECE pixels, each in a task of its own, onto a piece-sized canvas whose bitmap is
// handed (transferred, not copied) to a worker that assembles and encodes the PNG (pngWorker.ts).
// Without workers that can draw, the page assembles it, still a piece per task.
import type { PictureTile } from './picture/mapPicture';
import type { PngMessage, PngReply } from './pngWorker';
import { yieldToPage } from './yieldToPage';

/** A piece's side in pixels: rasterising one takes a task of some tens of milliseconds. */
const PIECE = 1024;

/** Marks a phase on the page's performance timeline (DevTools, the browser tests). */
function timed<T>(phase: string, start: number, value: T): T {
  performance.measure(`map picture: ${phase}`, { start, end: performance.now() });
  return value;
}

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

/** A piece of a tile: its rectangle in the tile's image, and where it goes in the PNG. */
interface Piece {
  sx: number;
  sy: number;
  width: number;
  height: number;
  x: number;
  y: number;
}

function piecesOf(tile: PictureTile): Piece[] {
  const pieces: Piece[] = [];
  for (let sy = 0; sy < tile.height; sy += PIECE) {
    for (let sx = 0; sx < tile.width; sx += PIECE) {
      pieces.push({ sx, sy, width: Math.min(PIECE, tile.width - sx), height: Math.min(PIECE, tile.height - sy), x: tile.x + sx, y: tile.y + sy });
    }
  }
  return pieces;
}

interface Sink {
  piece(image: HTMLImageElement, piece: Piece): void;
  finish(): Promise<Blob>;
}

/** Pieces drawn on a small canvas here, assembled and encoded in the worker. */
function workerSink(width: number, height: number): Sink {
  const worker = new Worker(new URL('./pngWorker.ts', import.meta.url), { type: 'module', name: 'png' });
  let failed: Error | undefined;
  let finished: ((reply: PngReply) => void) | undefined;
  worker.onmessage = (e: MessageEvent<PngReply>) => {
    if (!e.data.ok) failed = new Error(e.data.message);
    finished?.(e.data);
  };
  worker.onerror = (e) => {
    failed = new Error(e.message || 'the PNG worker failed');
    finished?.({ ok: false, message: failed.message });
  };
  const post = (m: PngMessage, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  post({ type: 'start', width, height });
  const scratch = new OffscreenCanvas(PIECE, PIECE);
  const ctx = scratch.getContext('2d');
  return {
    piece(image, p) {
      if (failed) throw failed;
      if (!ctx) throw new Error('the browser gave no canvas to draw on');
      if (scratch.width !== p.width || scratch.height !== p.height) {
        scratch.width = p.width;
        scratch.height = p.height;
      }
      ctx.drawImage(image, p.sx, p.sy, p.width, p.height, 0, 0, p.width, p.height);
      // The canvas starts blank again after handing over its bitmap.
      const bitmap = scratch.transferToImageBitmap();
      post({ type: 'tile', bitmap, x: p.x, y: p.y }, [bitmap]);
    },
    finish() {
      return new Promise<Blob>((resolve, reject) => {
        finished = (reply) => {
          worker.terminate();
          if (reply.ok) resolve(reply.blob);
          else reject(new Error(reply.message));
        };
        if (failed) finished({ ok: false, message: failed.message });
        else post({ type: 'finish' });
      });
    },
  };
}

/** Pieces drawn straight onto the PNG's canvas here. */
function pageSink(width: number, height: number): Sink {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  return {
    piece(image, p) {
      if (!ctx) throw new Error('the browser gave no canvas to draw on');
      ctx.drawImage(image, p.sx, p.sy, p.width, p.height, p.x, p.y, p.width, p.height);
      ctx.getImageData(p.x, p.y, 1, 1); // rasterise in this task
    },
    finish: () => new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png')),
  };
}

/** The PNG of `width` × `height` pixels made of these tiles; `onProgress` hears the share drawn. */
export async function rasterizeTiles(tiles: readonly PictureTile[], width: number, height: number, onProgress?: (done: number) => void): Promise<Blob> {
  const sink = typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' ? workerSink(width, height) : pageSink(width, height);
  const total = tiles.reduce((n, t) => n + piecesOf(t).length, 0);
  let done = 0;
  // The next tile decodes while this one is drawn.
  let next = tiles.length > 0 ? decode(tiles[0]!) : undefined;
  for (let i = 0; i < tiles.length; i++) {
    const image = await next!;
    next = i + 1 < tiles.length ? decode(tiles[i + 1]!) : undefined;
    for (const piece of piecesOf(tiles[i]!)) {
      await yieldToPage();
      const start = performance.now();
      timed('draw', start, sink.piece(image, piece));
      onProgress?.(++done / total);
    }
  }
  const start = performance.now();
  return timed('encode', start, await sink.finish());
}
