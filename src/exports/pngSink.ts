// Where a PNG's pieces go (see rasterizeTiles): a piece-sized canvas here whose bitmap is handed
// (transferred, not copied) to a worker that assembles and encodes the PNG (pngWorker.ts); without
// workers that can draw, the PNG's canvas on the page. The worker is started with the export and
// given the size as soon as the picture worker knows it, so that its canvas (a hundred megabytes
// for a large map, long to make) is ready by the time the first pieces come.
import type { PngMessage, PngReply } from './pngWorker';
import { timed } from './timed';
import { yieldToPage } from './yieldToPage';

/** A piece's width in pixels at most (a tile's, TILE_LIMITS). */
const PIECE_WIDTH = 1024;
/**
 * A piece's pixels stay under a megabyte: the memory of a larger canvas is mapped fresh from the
 * system for every piece (and filling fresh memory costs more than drawing into it), a smaller one
 * is reused once the worker has let go of the last pieces. 1024 × 192 pixels.
 */
const PIECE_BYTES = 768 * 1024;
/** Pieces handed to the worker and not yet drawn there: beyond this the page waits (their memory is reused only once they are drawn). */
const IN_FLIGHT = 8;

/** A piece of a tile: its rectangle in the tile's image, and where it goes in the PNG. */
export interface Piece {
  sx: number;
  sy: number;
  width: number;
  height: number;
  x: number;
  y: number;
}

export interface PngSink {
  /** The PNG's size in pixels. */
  width: number;
  height: number;
  /** How large the pieces may be. */
  pieceSize: { width: number; height: number };
  /** Resolves in a new task once the sink can take another piece. */
  ready(): Promise<void>;
  /** Draws a piece of a tile's image (in this task). */
  piece(image: HTMLImageElement, piece: Piece): void;
  /** The PNG. */
  finish(): Promise<Blob>;
  /** Gives up (after a failure): the worker and its memory go. */
  abort(): void;
}

const canDraw = () => typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';

/** A PNG worker started ahead (before the PNG's size is known: it takes a while to start), for startPng; undefined where workers cannot draw. */
export function spawnPngWorker(): Worker | undefined {
  return canDraw() ? new Worker(new URL('./pngWorker.ts', import.meta.url), { type: 'module', name: 'png' }) : undefined;
}

function workerSink(width: number, height: number, worker: Worker): PngSink {
  const pieceSize = { width: Math.min(PIECE_WIDTH, width), height: Math.max(1, Math.floor(PIECE_BYTES / 4 / Math.min(PIECE_WIDTH, width))) };
  let failed: Error | undefined;
  let finished: ((reply: Extract<PngReply, { type: 'done' }>) => void) | undefined;
  let inFlight = 0;
  let drawn: (() => void) | undefined;
  const fail = (message: string) => {
    failed ??= new Error(message);
    drawn?.();
    finished?.({ type: 'done', ok: false, message });
  };
  worker.onmessage = (e: MessageEvent<PngReply>) => {
    const reply = e.data;
    if (reply.type === 'drawn') {
      inFlight--;
      drawn?.();
    } else if (!reply.ok) fail(reply.message);
    else finished?.(reply);
  };
  worker.onerror = (e) => fail(e.message || 'the PNG worker failed');
  const post = (m: PngMessage, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  post({ type: 'start', width, height });
  let scratch: OffscreenCanvas | undefined;
  let ctx: OffscreenCanvasRenderingContext2D | null = null;
  return {
    width,
    height,
    pieceSize,
    async ready() {
      if (inFlight < IN_FLIGHT || failed) return yieldToPage();
      const start = performance.now();
      while (inFlight >= IN_FLIGHT && !failed) await new Promise<void>((resolve) => (drawn = resolve));
      drawn = undefined;
      timed('wait', start, undefined);
    },
    piece(image, p) {
      if (failed) throw failed;
      scratch ??= new OffscreenCanvas(pieceSize.width, pieceSize.height);
      ctx ??= scratch.getContext('2d');
      if (!ctx) throw new Error('the browser gave no canvas to draw on');
      ctx.drawImage(image, p.sx, p.sy, p.width, p.height, 0, 0, p.width, p.height);
      // The canvas starts blank again after handing over its bitmap (in memory the worker let go of).
      const bitmap = scratch.transferToImageBitmap();
      inFlight++;
      post({ type: 'piece', bitmap, x: p.x, y: p.y, width: p.width, height: p.height }, [bitmap]);
    },
    finish() {
      return new Promise<Blob>((resolve, reject) => {
        finished = (reply) => {
          worker.terminate();
          if (reply.ok) resolve(reply.blob);
          else reject(new Error(reply.message));
        };
        if (failed) finished({ type: 'done', ok: false, message: failed.message });
        else post({ type: 'finish' });
      });
    },
    abort: () => worker.terminate(),
  };
}

function pageSink(width: number, height: number): PngSink {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  const side = Math.min(PIECE_WIDTH, width);
  return {
    width,
    height,
    pieceSize: { width: side, height: Math.max(1, Math.floor(PIECE_BYTES / 4 / side)) },
    ready: yieldToPage,
    piece(image, p) {
      if (!ctx) throw new Error('the browser gave no canvas to draw on');
      ctx.drawImage(image, p.sx, p.sy, p.width, p.height, p.x, p.y, p.width, p.height);
      ctx.getImageData(p.x, p.y, 1, 1); // rasterise in this task
    },
    finish: () => new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png')),
    abort() {
      canvas.width = canvas.height = 0;
    },
  };
}

/** Starts a PNG of `width` × `height` pixels: in a worker (`worker`, or a new one) where workers can draw, else on the page. */
export function startPng(width: number, height: number, worker?: Worker): PngSink {
  const w = worker ?? spawnPngWorker();
  return w ? workerSink(width, height, w) : pageSink(width, height);
}
