/** `npm run bench`: every benchmark, printed as one JSON document. */
import { benchCore } from './core';
import { benchCanvas } from './canvas';
import { benchPicture } from './picture';
import { benchScale } from './scale';

const only = process.argv[2];
const results: Record<string, unknown> = {};
if (!only || only === 'core') results.core = benchCore();
if (!only || only === 'scale') results.scale = benchScale();
if (!only || only === 'canvas') results.canvas = benchCanvas();
if (!only || only === 'picture') results.picture = benchPicture();
if (!only || only === 'simulate') {
  try {
    const modulePath = './simulate';
    const { benchSimulate } = (await import(/* @vite-ignore */ modulePath)) as { benchSimulate: () => Promise<unknown> };
    results.simulate = await benchSimulate();
  } catch (err) {
    results.simulate = { error: err instanceof Error ? err.message : String(err) };
  }
}
if (!only || only === 'collab') results.collab = await (await import('./collab')).benchCollab();
if (!only || only === 'picturePng') {
  try {
    const { benchPicturePng } = await import('./picturePng');
    results.picturePng = await benchPicturePng();
  } catch (err) {
    results.picturePng = { error: err instanceof Error ? err.message : String(err) };
  }
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
