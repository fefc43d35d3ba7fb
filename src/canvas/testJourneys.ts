import type { Journey } from '../../runtime/model/journey';
import { minimalJourney } from '../../runtime/testing/minimalJourney';
import sample from '../../samples/mortgage-preapproval.journey.json';

/** The minimal journey of the runtime tests, typed (tests only). */
export function mini(): Journey {
  return minimalJourney() as unknown as Journey;
}

/** A fresh copy of the mortgage sample (positions on a 260 × 160 grid; tests only). */
export function mortgage(): Journey {
  return structuredClone(sample) as unknown as Journey;
}
