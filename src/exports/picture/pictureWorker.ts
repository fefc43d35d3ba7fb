// The map picture built off the page's thread: `new Worker(new URL('./pictureWorker.ts',
// import.meta.url), { type: 'module' })`, one request in, one reply out (pictureRequest.ts).
import { answerPictureRequest, type PictureRequest } from './pictureRequest';

self.onmessage = (e: MessageEvent<PictureRequest>) => {
  self.postMessage(answerPictureRequest(e.data));
};
