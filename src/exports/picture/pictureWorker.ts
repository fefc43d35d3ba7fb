// The map picture built off the page's thread: `new Worker(new URL('./pictureWorker.ts',
// import.meta.url), { type: 'module' })`, one request in, one reply out (pictureRequest.ts); for a
// PNG, its size and then each tile go out as notes first, as soon as each is known.
import { answerPictureRequest, type PictureNote, type PictureRequest } from './pictureRequest';

const note = (n: PictureNote) => self.postMessage(n);

self.onmessage = (e: MessageEvent<PictureRequest>) => {
  self.postMessage(answerPictureRequest(e.data, { size: (pngSize) => note({ pngSize }), tile: (tile) => note({ tile }) }));
};
