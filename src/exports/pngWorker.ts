// Assembles a PNG off the page's thread: the page sends the size, then each piece as an ImageBitmap
// (transferred), then asks for the PNG. The large canvas is allocated, filled and encoded here, so
// that none of that (hundreds of milliseconds for a large map) happens in a task of the page.
// Each piece is drawn at once and answered with `drawn`: until then its pixels stay alive, and the
// page draws its next pieces into memory it can reuse only once they are gone (see rasterizeTiles).
export type PngMessage =
  | { type: 'start'; width: number; height: number }
  | { type: 'piece'; bitmap: ImageBitmap; x: number; y: number; width: number; height: number }
  | { type: 'finish' };
export type PngReply = { type: 'drawn' } | { type: 'done'; ok: true; blob: Blob } | { type: 'done'; ok: false; message: string };

let canvas: OffscreenCanvas | undefined;
let ctx: OffscreenCanvasRenderingContext2D | null = null;

const post = (reply: PngReply) => self.postMessage(reply);

self.onmessage = async (e: MessageEvent<PngMessage>) => {
  const m = e.data;
  try {
    if (m.type === 'start') {
      canvas = new OffscreenCanvas(m.width, m.height);
      ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no canvas to draw on');
      // Allocates (and clears) the canvas now, while the page is still preparing its first pieces.
      ctx.getImageData(0, 0, 1, 1);
    } else if (m.type === 'piece') {
      // The bitmap holds a scratch canvas's pixels: only its top-left width × height are the piece's.
      ctx?.drawImage(m.bitmap, 0, 0, m.width, m.height, m.x, m.y, m.width, m.height);
      // A read draws what is pending now, so that the bitmap's memory is let go with it.
      ctx?.getImageData(m.x, m.y, 1, 1);
      m.bitmap.close();
      post({ type: 'drawn' });
    } else {
      if (!canvas) throw new Error('nothing drawn');
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      canvas = undefined;
      ctx = null;
      post({ type: 'done', ok: true, blob });
    }
  } catch (err) {
    post({ type: 'done', ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
