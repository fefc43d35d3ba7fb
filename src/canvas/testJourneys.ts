import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Journey } from '../../runtime/model/journey';
import { minimalJourney } from '../../runtime/testing/minimalJourney';

/** The minimal journey of the runtime tests, typed. */
export function mini(): Journey {
  return minimalJourney() as unknown as Journey;
}

/** The mortgage sample (positions on a 260 × 160 grid). */
export function mortgage(): Journey {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../../samples/mortgage-preapproval.journey.json', import.meta.url)), 'utf8')) as Journey;
}
