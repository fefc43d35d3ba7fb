// Assembles a PNG off the page's thread: the page sends the size, then each tile as an ImageBitmap
// (transferred), then asks for the PNG. The large canvas is allocated, filled and encoded here, so
// that none of that (hundreds of milliseconds for a large map) happens in a task of the page.
export type PngMessage = { type: 'start'; width: number; height: number } | { type: 'tile'; bitmap: ImageBitmap; x: number; y: number } | { type: 'finish' };
export type PngReply = { ok: true; blob: Blob } | { ok: false; message: string };

let canvas: OffscreenCanvas | undefined;
let ctx: OffscreenCanvasRenderingContext2D | null = null;

self.onmessage = async (e: MessageEvent<PngMessage>) => {
  const m = e.data;
  try {
    if (m.type === 'start') {
      canvas = new OffscreenCanvas(m.width, m.height);
      ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no canvas to draw on');
    } else if (m.type === 'tile') {
      ctx?.drawImage(m.bitmap, m.x, m.y);
      m.bitmap.close();
    } else {
      if (!canvas) throw new Error('nothing drawn');
      const reply: PngReply = { ok: true, blob: await canvas.convertToBlob({ type: 'image/png' }) };
      canvas = undefined;
      ctx = null;
      self.postMessage(reply);
    }
  } catch (err) {
    const reply: PngReply = { ok: false, message: err instanceof Error ? err.message : String(err) };
    self.postMessage(reply);
  }
};
