import { describe, expect, it } from 'vitest';
import { compareJourneys } from './compareJourneys';
import { simulate } from './simulate';
import { funnel, oneSegment, segmentRule, twoSegments } from './testing/closedFormJourneys';

describe('compareJourneys', () => {
  it('a journey against itself: the same customers end the same, diff 0 with an empty interval', () => {
    const c = compareJourneys(funnel(0.8), funnel(0.8), oneSegment(), { customers: 2000, seed: 3 });
    expect(c.format).toBe('comparison/1');
    expect(c.outcomes.converted).toEqual({ a: c.outcomes.converted!.a, b: c.outcomes.converted!.a, diff: 0, ci95: [0, 0] });
    expect(Object.keys(c.outcomes)).toEqual(['converted', 'lost']);
    expect(Object.keys(c)).toEqual(['format', 'journeys', 'cohort', 'customers', 'seed', 'engine', 'horizonMs', 'outcomes', 'terminal']);
  });

  it('each side counts what its own simulation counts; the paired interval covers the true difference and is narrower than unpaired', () => {
    const N = 20_000;
    const a = segmentRule(0.6, 0.3);
    const b = segmentRule(0.6, 0.3, { b: { p: 0.4 } });
    const cohort = twoSegments(0.3);
    const c = compareJourneys(a, b, cohort, { customers: N, seed: 5 });
    expect(c.outcomes.accepted!.a.count).toBe(simulate(a, cohort, { customers: N, seed: 5 }).outcomes.accepted!.count);
    expect(c.outcomes.accepted!.b.count).toBe(simulate(b, cohort, { customers: N, seed: 5 }).outcomes.accepted!.count);
    const truth = 0.7 * (0.4 - 0.3);
    const [lo, hi] = c.outcomes.accepted!.ci95;
    expect(lo).toBeLessThanOrEqual(truth);
    expect(hi).toBeGreaterThanOrEqual(truth);
    expect(c.outcomes.accepted!.diff).toBeCloseTo(c.outcomes.accepted!.b.share - c.outcomes.accepted!.a.share, 6);
    const unpaired = 1.96 * Math.sqrt((0.39 * 0.61 + 0.46 * 0.54) / N);
    expect((hi - lo) / 2).toBeLessThan(unpaired);
  });

  it('outcomes are matched by node id; one missing on a side counts 0 there', () => {
    const c = compareJourneys(funnel(0.8), segmentRule(0.5, 0.5), twoSegments(), { customers: 200, seed: 1 });
    expect(Object.keys(c.outcomes)).toEqual(['converted', 'lost', 'accepted', 'ignored']);
    expect(c.outcomes.accepted!.a.count).toBe(0);
    expect(c.outcomes.converted!.b.count).toBe(0);
  });
});
