import { answerPictureRequest, type PictureReply, type PictureRequest } from './picture/pictureRequest';

type Built = Extract<PictureReply, { ok: true }>;

/** The map picture (and a PNG's tiles), built in a worker so that a large map never holds up the page (in the page where there are no workers). */
export function buildMapPicture(request: PictureRequest): Promise<Built> {
  const settle = (reply: PictureReply): Built => {
    if (!reply.ok) throw new Error(reply.message);
    return reply;
  };
  if (typeof Worker === 'undefined') return Promise.resolve().then(() => settle(answerPictureRequest(request)));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./picture/pictureWorker.ts', import.meta.url), { type: 'module', name: 'picture' });
    worker.onmessage = (e: MessageEvent<PictureReply>) => {
      worker.terminate();
      try {
        resolve(settle(e.data));
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
