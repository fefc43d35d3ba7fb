// Timing the map pictures (SVG then PNG from the Export menu) against their targets, in attempts:
// the browser test takes the best of up to 3 (the machine may be shared), the benchmark the median
// of 3. The targets themselves are the benchmark's (`npm run bench -- picturePng`).
import { timedPicture } from './pictureExport.mjs';

export const PICTURE_TARGETS = { svgMs: 1000, pngMs: 3000, longTaskMs: 200, svgBytes: 2 * 1024 * 1024 };

/**
 * Exports the open journey as SVG then PNG, `attempts` times or until `enough(attempts so far)`:
 * each attempt `{ svg, png, longest }` (timedPicture's results; longest = the longer task of both),
 * reported through `report` as it ends.
 */
export async function timePictures(page, id, { attempts = 3, enough = () => false, report = () => {} } = {}) {
  const done = [];
  for (let i = 0; i < attempts && !(done.length && enough(done)); i++) {
    const svg = await timedPicture(page, 'Map as SVG', `${id}.svg`);
    const png = await timedPicture(page, 'Map as PNG', `${id}.png`);
    done.push({ svg, png, longest: Math.max(svg.longest, png.longest) });
    report(done.at(-1), i + 1);
  }
  return done;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The figures of some attempts: each run, the median and the best (the lowest) of SVG ms, PNG ms and longest task. */
export function timingFigures(attempts) {
  const of = (pick) => {
    const runs = attempts.map(pick);
    return { runs, median: median(runs), best: Math.min(...runs) };
  };
  return { svgMs: of((a) => a.svg.ms), pngMs: of((a) => a.png.ms), longestTaskMs: of((a) => a.longest) };
}
