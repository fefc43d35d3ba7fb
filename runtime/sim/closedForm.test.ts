// Closed-form answers, within the 99.9% binomial interval (z = 3.29), on both engines.
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import type { Engine } from './result/simulationResult';
import { funnel, oneSegment, replyRace, segmentRule, twoSegments } from './testing/closedFormJourneys';

const Z999 = 3.2905;

/** `share` is within the 99.9% interval of a binomial proportion p over n trials. */
function expectBinomial(share: number, p: number, n: number): void {
  const half = Z999 * Math.sqrt((p * (1 - p)) / n) + 1e-6;
  expect(share).toBeGreaterThanOrEqual(p - half);
  expect(share).toBeLessThanOrEqual(p + half);
}

const RUNS: [Engine, number][] = [
  ['fast', 40_000],
  ['reference', 3_000],
];

describe.each(RUNS)('closed forms (%s engine, %i customers)', (engine, customers) => {
  it('a three-step funnel at p = 0.8 converts 0.8³ = 0.512', () => {
    const r = simulate(funnel(0.8), oneSegment(), { customers, seed: 11, engine });
    expectBinomial(r.outcomes.converted!.share, 0.512, customers);
    expect(r.outcomes.converted!.count + r.outcomes.lost!.count).toBe(customers);
    expect(r.edges['step-1-next']!.count).toBe(r.nodes['step-2']!.visits);
    expect(r.timeToOutcome.count).toBe(customers);
  });

  it('a segment rule routes shares to offers: conversion is the share-weighted sum', () => {
    const r = simulate(segmentRule(0.6, 0.3), twoSegments(0.3), { customers, seed: 12, engine });
    expectBinomial(r.outcomes.accepted!.share, 0.3 * 0.6 + 0.7 * 0.3, customers);
    expectBinomial(r.segments.a!.share, 0.3, customers);
    expect(r.nodes['offer-a']!.visits).toBe(r.segments.a!.customers);
    expect(r.nodes['offer-b']!.visits).toBe(r.segments.b!.customers);
    expectBinomial(r.outcomes.accepted!.bySegment.a!.share, 0.6, r.segments.a!.customers);
    expectBinomial(r.outcomes.accepted!.bySegment.b!.share, 0.3, r.segments.b!.customers);
  });

  it('…also when sim.segments overrides p', () => {
    const r = simulate(segmentRule(0.6, 0.3, { b: { p: 0.5 } }), twoSegments(0.3), { customers, seed: 13, engine });
    expectBinomial(r.outcomes.accepted!.share, 0.3 * 0.6 + 0.7 * 0.5, customers);
    expectBinomial(r.outcomes.accepted!.bySegment.b!.share, 0.5, r.segments.b!.customers);
  });

  it('an exponential reply (mean 1d) racing a 1d timer wins 1 − 1/e of the time', () => {
    const r = simulate(replyRace(), oneSegment(), { customers, seed: 14, engine });
    expectBinomial(r.outcomes.replied!.share, 1 - Math.exp(-1), customers);
    expect(r.outcomes.replied!.count + r.outcomes['timed-out']!.count).toBe(customers);
    expect(r.nodes.asked!.emitted).toBe(r.outcomes.replied!.count);
  });
});
