import { describe, expect, it } from 'vitest';
import { aboutCount, daysToReach, experimentSentence, splitShares, type ExperimentSentenceInput } from './experimentSentence';

const callback = (over: Partial<ExperimentSentenceInput> = {}): ExperimentSentenceInput => ({
  comparison: { diff: 0.031, ci95: [0.012, 0.05], customersNeeded: 4763 },
  variantName: 'callback',
  againstName: 'letter',
  againstIsHoldout: false,
  goal: 'applications',
  weights: { all: [50, 50], variant: 50, against: 50 },
  // 8,000 customers over 28 days, every one of them reaching the split
  rate: { arrivalsPerDay: 8000 / 28, reachingPerDay: 8000 / 28 },
  ...over,
});

describe('experimentSentence', () => {
  it('a lift: the points, the interval, the customers per variant and the days at the arrival rate', () => {
    const s = experimentSentence(callback());
    expect(s.verdict).toBe('lift');
    // 4,763 customers per variant at 285.7 a day split 50/50 (142.9 a day each): 33.3 days, so 34
    expect(s.text).toBe(
      'Callback lifts applications by 3.1 points over letter (95% CI 1.2 to 5.0). To see this lift in a live test you need about 4,800 customers per variant: with 286 arrivals a day and a 50/50 split, about 34 days.',
    );
  });

  it('a drop: "lowers", the size without its sign, the interval with minus signs', () => {
    const s = experimentSentence(callback({ comparison: { diff: -0.02, ci95: [-0.035, -0.005], customersNeeded: 3012 }, variantName: 'B', againstName: 'A', goal: 'success', rate: undefined }));
    expect(s.verdict).toBe('drop');
    expect(s.effect).toBe('B lowers success by 2.0 points against A (95% CI \u22123.5 to \u22120.5).');
    expect(s.sampleSize).toBe('To see this drop in a live test you need about 3,000 customers per variant.');
  });

  it('no significant difference when the interval holds 0, and what telling it from chance would take', () => {
    const s = experimentSentence(callback({ comparison: { diff: 0.004, ci95: [-0.011, 0.019], customersNeeded: 48_123 } }));
    expect(s.verdict).toBe('none');
    expect(s.effect).toBe('Callback makes no clear difference to applications against letter: 0.4 points (95% CI \u22121.1 to 1.9).');
    // 48,123 / 142.86 a day = 336.9 days
    expect(s.sampleSize).toBe('To tell a difference this small from chance in a live test you would need about 48,000 customers per variant: with 286 arrivals a day and a 50/50 split, about 337 days.');
  });

  it('no difference at all: no sample size can find one', () => {
    const s = experimentSentence(callback({ comparison: { diff: 0, ci95: [-0.01, 0.01], customersNeeded: null } }));
    expect(s.effect).toBe('Callback makes no clear difference to applications against letter: 0.0 points (95% CI \u22121.0 to 1.0).');
    expect(s.sampleSize).toBe('Both did exactly as well in this run, so no live test of any size would tell them apart.');
  });

  it('no arrivals (everybody at t = 0): no days clause', () => {
    const s = experimentSentence(callback({ rate: undefined }));
    expect(s.sampleSize).toBe('To see this lift in a live test you need about 4,800 customers per variant.');
    expect(experimentSentence(callback({ rate: { arrivalsPerDay: 0, reachingPerDay: 0 } })).sampleSize).toBe(s.sampleSize);
  });

  it('against the holdout: "over the holdout", and the small holdout sets how long the test runs', () => {
    const s = experimentSentence(
      callback({
        comparison: { diff: 0.05, ci95: [0.02, 0.08], customersNeeded: 1200 },
        againstName: 'holdout',
        againstIsHoldout: true,
        weights: { all: [45, 45, 10], variant: 45, against: 10 },
        rate: { arrivalsPerDay: 100, reachingPerDay: 100 },
      }),
    );
    // the holdout gets 10 customers a day: 1,200 / 10 = 120 days
    expect(s.text).toBe(
      'Callback lifts applications by 5.0 points over the holdout (95% CI 2.0 to 8.0). To see this lift in a live test you need about 1,200 customers per variant: with 100 arrivals a day and a 45/45/10 split, about 120 days.',
    );
  });

  it('only the customers who reach the split count, and the sentence says how many a day that is', () => {
    const s = experimentSentence(callback({ rate: { arrivalsPerDay: 286, reachingPerDay: 143 } }));
    // 4,763 / 71.5 a day = 66.6 days
    expect(s.sampleSize).toBe('To see this lift in a live test you need about 4,800 customers per variant: with 286 arrivals a day, 143 of them reaching the experiment, and a 50/50 split, about 67 days.');
  });

  it('long and short tests in days people read', () => {
    expect(experimentSentence(callback({ comparison: { diff: 0.001, ci95: [-0.01, 0.012], customersNeeded: 2_000_000 }, rate: { arrivalsPerDay: 1000, reachingPerDay: 1000 } })).sampleSize).toMatch(/, about 11 years\.$/);
    expect(experimentSentence(callback({ comparison: { diff: 0.01, ci95: [-0.01, 0.03], customersNeeded: 200_000 }, rate: { arrivalsPerDay: 1000, reachingPerDay: 1000 } })).sampleSize).toMatch(/, about 400 days \(1\.1 years\)\.$/);
    expect(experimentSentence(callback({ comparison: { diff: 0.01, ci95: [-0.01, 0.03], customersNeeded: 1_000_000 }, rate: { arrivalsPerDay: 1000, reachingPerDay: 1000 } })).sampleSize).toMatch(/, about 5\.5 years\.$/);
    expect(experimentSentence(callback({ comparison: { diff: 0.3, ci95: [0.2, 0.4], customersNeeded: 40 }, rate: { arrivalsPerDay: 1000, reachingPerDay: 1000 } })).sampleSize).toBe(
      'To see this lift in a live test you need about 40 customers per variant: with 1,000 arrivals a day and a 50/50 split, less than a day.',
    );
  });
});

describe('its parts', () => {
  it('rounds customers to two significant figures from 100 up', () => {
    expect([aboutCount(4763), aboutCount(12_345), aboutCount(150), aboutCount(99), aboutCount(12.2)]).toEqual(['4,800', '12,000', '150', '99', '13']);
  });

  it('states weights as shares of their sum', () => {
    expect([splitShares([1, 1]), splitShares([45, 45, 10]), splitShares([1, 3])]).toEqual(['50/50', '45/45/10', '25/75']);
  });

  it('counts days for the smaller of the two compared shares', () => {
    expect(daysToReach(1000, 100, { all: [50, 50], variant: 50, against: 50 })).toBe(20);
    expect(daysToReach(1000, 100, { all: [3, 1], variant: 3, against: 1 })).toBe(40);
  });
});
