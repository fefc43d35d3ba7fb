import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../../runtime/sim';
import { fixtureJourney, fixtureResult } from './dropOffFixture';
import { experimentJourney, experimentResult, experiments } from './experimentFixture';
import { experimentsModel, experimentsOf, journeyHasSplit, variantName } from './experimentsModel';
import { experimentChartOption, INTERVAL_COLOUR, VERDICT_COLOURS } from './experimentChart';
import { insertSplitOnEdge } from '../../../runtime/model/ops/insertSplitOnEdge';
import { simulate } from '../../../runtime/sim';
import { sample } from './testRuns';

const journey = experimentJourney;
const result = experimentResult;

describe('experimentsModel', () => {
  it('names the split, its goal, its variants and where each leads, with the weights as shares', () => {
    const [m] = experimentsModel(journey, result);
    expect(m).toMatchObject({ splitId: 'test', label: 'Reach out test', goal: 'won', goalText: '“Account opened”' });
    expect(m!.variants.map((v) => [v.id, v.name, v.leadsTo, v.weightShare, v.holdout, v.customers, v.goalShare])).toEqual([
      ['callback', 'callback', 'Calls an advisor', 0.45, false, 40, 0.5],
      ['letter', 'letter', 'Fills in the form', 0.45, false, 40, 0.3],
      ['holdout', 'holdout', 'Fills in the form', 0.1, true, 10, 0.2],
    ]);
  });

  it('words each comparison against the holdout, at the rate of the customers who reach the split', () => {
    const [m] = experimentsModel(journey, result);
    const [callback, letter] = m!.comparisons;
    expect(callback!.againstIsHoldout).toBe(true);
    // 40 per variant; 9 a day reach the split, 10% of them (0.9 a day) to the holdout: 44.4 days
    expect(callback!.sentence.text).toBe(
      'Callback lifts “Account opened” by 30.0 points over the holdout (95% CI 1.0 to 59.0). To see this lift in a live test you need about 40 customers per variant: with 10 arrivals a day, 9 of them reaching the experiment, and a 45/45/10 split, about 45 days.',
    );
    expect(letter!.sentence.verdict).toBe('none');
  });

  it('reads a result goal as a noun, one-letter variants in capitals, and a run without experiments as none', () => {
    const bySuccess = { ...result, experiments: { test: { ...experiments.test!, goal: 'success' } } } as unknown as SimulationResult;
    expect(experimentsModel(journey, bySuccess)[0]!.goalText).toBe('success');
    expect([variantName('a'), variantName('b'), variantName('callback')]).toEqual(['A', 'B', 'callback']);
    expect(experimentsOf(fixtureResult)).toEqual({});
    expect(experimentsModel(fixtureJourney, fixtureResult)).toEqual([]);
    expect([journeyHasSplit(journey), journeyHasSplit(fixtureJourney)]).toEqual([true, false]);
  });

  it('without arrivals over time, no days', () => {
    const atOnce = { ...result, arrivals: { ...fixtureResult.arrivals, overMs: 0 } } as unknown as SimulationResult;
    expect(experimentsModel(journey, atOnce)[0]!.comparisons[0]!.sentence.sampleSize).toBe('To see this lift in a live test you need about 40 customers per variant.');
  });
});

describe('experimentChartOption', () => {
  it('draws each difference as a bar in points, coloured by its verdict, with its interval as an error bar', () => {
    const [m] = experimentsModel(journey, result);
    const option = experimentChartOption(m!.comparisons) as { yAxis: { data: string[] }; series: { type: string; data: unknown[]; itemStyle?: { color?: string } }[] };
    expect(option.yAxis.data).toEqual(['callback vs holdout', 'letter vs holdout']);
    const [bars, intervals] = option.series;
    expect(bars!.type).toBe('bar');
    expect(bars!.data).toEqual([
      { value: 30, itemStyle: { color: VERDICT_COLOURS.lift } },
      { value: 10, itemStyle: { color: VERDICT_COLOURS.none } },
    ]);
    expect(intervals!.type).toBe('custom');
    expect(intervals!.itemStyle!.color).toBe(INTERVAL_COLOUR);
    expect(intervals!.data).toEqual([
      [1, 59, 0],
      [-18, 38, 1],
    ]);
  });
});

describe('on a real run', () => {
  it('an experiment on the first step: everybody reaches it, so the days follow the cohort’s own arrivals', () => {
    const s = sample('mortgage-preapproval');
    const first = s.journey.edges.find((e) => e.from === s.journey.start)!;
    const withSplit = insertSplitOnEdge(s.journey, first.id)!;
    const run = simulate(withSplit.journey, s.cohort, { customers: 2_000, seed: 7 });
    const [m] = experimentsModel(withSplit.journey, run);
    expect(m!.splitId).toBe(withSplit.splitId);
    expect(m!.variants.map((v) => v.name)).toEqual(['A', 'B']);
    expect(m!.variants[0]!.customers + m!.variants[1]!.customers).toBe(2_000);
    // 2,000 customers over the cohort's 28 days: 71 a day, all of them through the split
    expect(m!.comparisons[0]!.sentence.sampleSize).toMatch(/^(To see this (lift|drop) in a live test you need|To tell a difference this small from chance in a live test you would need) about [\d,]+ customers per variant: with 71 arrivals a day and a 50\/50 split, /);
  });
});
