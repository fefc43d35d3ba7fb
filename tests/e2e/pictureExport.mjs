// A picture of the map exported through the app's own Export menu, for the browser tests and the
// browser benchmark: the downloaded file, the time from the click to the download, the longest task
// of the page meanwhile (tests/e2e/longTasks.mjs must record them), and what the standalone SVG is.
import assert from 'node:assert/strict';

export const pngSize = (bytes) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/** A picture from the Export menu: its file, how long from the click to the download, the longest task meanwhile. */
export async function timedPicture(page, label, expectedName) {
  await page.evaluate(() => ((window.__longTasks.length = 0), performance.clearMeasures()));
  await page.click('[data-testid="action-export"]');
  const item = page.getByRole('menuitem', { name: label, exact: true });
  await item.waitFor();
  const start = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), item.click()]);
  const ms = Date.now() - start;
  assert.equal(download.suggestedFilename(), expectedName);
  const path = await download.path();
  const longest = Math.round(Math.max(0, ...(await page.evaluate(() => window.__longTasks.map((t) => t.duration)))));
  return { path, ms, longest, phases: await phasesOf(page) };
}

/** The picture's phases on the page's timeline (exportMapPicture.ts, rasterizeTiles.ts, pngSink.ts): "build 1× 420 ms (max 420), decode 16× 812 ms (max 93), …". */
export async function phasesOf(page) {
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('map picture: ')).map((m) => [m.name.slice(13), m.duration]));
  const by = new Map();
  for (const [name, ms] of measures) by.set(name, [...(by.get(name) ?? []), ms]);
  return [...by].map(([name, all]) => `${name} ${all.length}× ${Math.round(all.reduce((a, b) => a + b, 0))} ms (max ${Math.round(Math.max(...all))})`).join(', ');
}

/** A standalone SVG drawn from the model: no HTML inside, under 2 MB; its size. */
export function checkSvg(text) {
  assert.match(text, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.ok(!/foreignObject|<div|<img|xhtml/.test(text), 'no foreignObject, no HTML');
  assert.ok(Buffer.byteLength(text) < 2 * 1024 * 1024, `under 2 MB (${Buffer.byteLength(text)} bytes)`);
  const [, width, height] = text.match(/<svg[^>]* width="(\d+)" height="(\d+)"/).map(Number);
  return { width, height };
}
