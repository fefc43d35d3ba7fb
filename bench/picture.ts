// The map picture: the SVG of the generated 300-node journey, built from the model in Node (targets:
// under 1 s and under 2 MB; median of runs). The PNG and the page's long tasks are measured in the
// browser test (tests/e2e/specs/13-exports.spec.mjs).
import { performance } from 'node:perf_hooks';
import type { Journey } from '../runtime/model/journey';
import { generateLargeJourney } from '../runtime/testing/generateLargeJourney';
import { mapPicture } from '../src/exports/picture/mapPicture';
import { LIGHT_PICTURE_THEME } from '../src/exports/picture/pictureTheme';

const TARGET_MS = 1000;
const TARGET_BYTES = 2 * 1024 * 1024;

export function benchPicture() {
  const journey = generateLargeJourney(300, { stages: 15 }) as unknown as Journey;
  const times: number[] = [];
  let picture = mapPicture(journey, { theme: LIGHT_PICTURE_THEME, date: '1 January 2030' });
  for (let i = 0; i < 12; i++) {
    const t = performance.now();
    picture = mapPicture(journey, { theme: LIGHT_PICTURE_THEME, date: '1 January 2030' });
    times.push(performance.now() - t);
  }
  const medianMs = Number([...times].sort((a, b) => a - b)[6]!.toFixed(1));
  const bytes = Buffer.byteLength(picture.svg, 'utf8');
  return { name: 'SVG picture of a 300-node journey, from the model', nodes: 300, medianMs, targetMs: TARGET_MS, bytes, targetBytes: TARGET_BYTES, width: picture.width, height: picture.height, pass: medianMs < TARGET_MS && bytes < TARGET_BYTES };
}
