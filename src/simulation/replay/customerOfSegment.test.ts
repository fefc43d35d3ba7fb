import { describe, expect, it } from 'vitest';
import type { Cohort } from '../../../runtime/model/cohort';
import { drawCustomer, planCohort } from '../../../runtime/sim/plan/cohortPlan';
import { customerOfSegment } from './customerOfSegment';

const cohort = {
  format: 'cohort/1',
  id: 'c',
  name: 'C',
  segments: [
    { id: 'many', name: 'Many', share: 0.9 },
    { id: 'few', name: 'Few', share: 0.1 },
  ],
} as Cohort;

const segmentOf = (seed: number, i: number) => planCohort(cohort)[drawCustomer(planCohort(cohort), seed, i).segment]!.id;

describe('customerOfSegment', () => {
  it('finds a customer of the segment, the same one for the same seed', () => {
    const i = customerOfSegment(cohort, 7, 'few', 1000)!;
    expect(i).toBeGreaterThanOrEqual(0);
    expect(i).toBeLessThan(1000);
    expect(segmentOf(7, i)).toBe('few');
    expect(customerOfSegment(cohort, 7, 'few', 1000)).toBe(i);
  });

  it('another seed usually gives another customer; "after" gives the next one of the segment', () => {
    const picks = new Set([1, 2, 3, 4, 5].map((seed) => customerOfSegment(cohort, seed, 'many', 1000)));
    expect(picks.size).toBeGreaterThan(1);
    const first = customerOfSegment(cohort, 7, 'few', 1000)!;
    const next = customerOfSegment(cohort, 7, 'few', 1000, first)!;
    expect(next).not.toBe(first);
    expect(segmentOf(7, next)).toBe('few');
  });

  it('undefined for an unknown segment or one the run does not have', () => {
    expect(customerOfSegment(cohort, 7, 'nobody', 1000)).toBeUndefined();
    const tiny = { ...cohort, segments: [{ id: 'all', name: 'All', share: 1 }, { id: 'none', name: 'None', share: 0 }] } as Cohort;
    expect(customerOfSegment(tiny, 7, 'none', 50)).toBeUndefined();
  });
});
