// "A random customer of segment X", deterministic from the seed: the customers of a run are drawn
// from (seed, index) alone, so scanning the indices from a seeded starting point finds the same
// customer for the same seed, cohort and run size, and the next one after it on request.
import type { Cohort } from '../../../runtime/model/cohort';
import { drawCustomer, planCohort } from '../../../runtime/sim/plan/cohortPlan';
import { STREAM_WORDS } from '../../../runtime/sim/random/sfc32';

/** A seeded starting index in [0, customers): the same for the same seed and segment. */
export function startIndex(seed: number, segment: string, customers: number): number {
  let h = (seed | 0) ^ 0x9e3779b9;
  for (let i = 0; i < segment.length; i++) h = Math.imul(h ^ segment.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) % Math.max(1, customers);
}

/**
 * The index of a customer of `segment` among the run's `customers`: the first at or after the
 * seeded start (or right after `after`, to get another one), wrapping around; undefined when the
 * run has none of that segment.
 */
export function customerOfSegment(cohort: Cohort, seed: number, segment: string, customers: number, after?: number): number | undefined {
  const segments = planCohort(cohort);
  const wanted = segments.findIndex((s) => s.id === segment);
  if (wanted < 0 || customers < 1) return undefined;
  const scratch = new Int32Array(STREAM_WORDS);
  const from = after === undefined ? startIndex(seed, segment, customers) : (after + 1) % customers;
  for (let j = 0; j < customers; j++) {
    const i = (from + j) % customers;
    if (drawCustomer(segments, seed, i, scratch).segment === wanted) return i;
  }
  return undefined;
}
