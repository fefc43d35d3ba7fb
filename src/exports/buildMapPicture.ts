import type { PictureTile, TileListener } from './picture/mapPicture';
import { answerPictureRequest, type PictureNote, type PictureReply, type PictureRequest } from './picture/pictureRequest';

type Built = Extract<PictureReply, { ok: true }>;

/**
 * The map picture (and a PNG's tiles), built in a worker so that a large map never holds up the page
 * (in the page where there are no workers). With `listen`, a PNG's size and tiles come to it as they
 * are made (and not with the reply).
 */
export function buildMapPicture(request: PictureRequest, listen?: TileListener): Promise<Built> {
  const settle = (reply: PictureReply): Built => {
    if (!reply.ok) throw new Error(reply.message);
    return reply;
  };
  if (typeof Worker === 'undefined') return Promise.resolve().then(() => settle(answerPictureRequest(request, listen)));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./picture/pictureWorker.ts', import.meta.url), { type: 'module', name: 'picture' });
    const tiles: PictureTile[] = [];
    worker.onmessage = (e: MessageEvent<PictureReply | PictureNote>) => {
      const m = e.data;
      if ('pngSize' in m) return listen?.size?.(m.pngSize);
      if ('tile' in m) return listen?.tile ? listen.tile(m.tile) : void tiles.push(m.tile);
      worker.terminate();
      try {
        const built = settle(m);
        if (built.png && !listen?.tile) built.png.tiles = tiles;
        resolve(built);
      } catch (err) {
        reject(err as Error);
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the picture worker failed'));
    };
    worker.postMessage(request);
  });
}
