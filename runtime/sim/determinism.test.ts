// The same inputs give the same bytes; shards of customers merge into exactly one run.
import { describe, expect, it } from 'vitest';
import { completeSimulation, emptyMetrics, mergeMetrics, simulate, simulateAdmissions } from './simulate';
import { buildResult } from './result/buildResult';
import { buildSimulationPlan } from './plan/simulationPlan';
import type { Engine } from './result/simulationResult';
import { traceAll } from './traceCustomer';
import { funnel, oneSegment, segmentRule, twoSegments } from './testing/closedFormJourneys';
import { loadSamples } from './testing/sampleFiles';

const bytes = (x: unknown) => JSON.stringify(x, null, 2);
const samples = loadSamples();
const mortgage = samples.find((s) => s.name === 'mortgage-preapproval') ?? samples[0]!;

describe('determinism', () => {
  it('same journey, cohort, N, seed, engine → the same bytes', () => {
    const once = bytes(simulate(mortgage.journey, mortgage.cohort, { customers: 3000, seed: 7 }));
    const twice = bytes(simulate(mortgage.journey, mortgage.cohort, { customers: 3000, seed: 7 }));
    expect(twice).toBe(once);
    expect(bytes(simulate(mortgage.journey, mortgage.cohort, { customers: 3000, seed: 8 }))).not.toBe(once);
  });

  it('customer i is the same customer whatever N and whoever else runs', () => {
    const small = traceAll(segmentRule(0.6, 0.3), twoSegments(0.3), 50, { seed: 3 });
    const big = traceAll(segmentRule(0.6, 0.3), twoSegments(0.3), 200, { seed: 3 });
    expect(big.slice(0, 50)).toEqual(small);
  });
});

describe('shards merge into one run', () => {
  it('a journey without staff: admission shards are whole runs; their metrics merge to the same bytes', () => {
    const j = funnel(0.7);
    const c = oneSegment();
    const single = bytes(simulate(j, c, { customers: 5000, seed: 4 }));
    const ranges = [[3000, 5000], [0, 1234], [1234, 3000]] as const;
    const shards = ranges.map(([from, to]) => simulateAdmissions(j, c, { from, to, seed: 4 }));
    for (const s of shards) expect(s.arrivals.times.length).toBe(0);
    const plan = buildSimulationPlan(j, c);
    const merged = shards.reduce((acc, s) => mergeMetrics(acc, s.metrics), emptyMetrics(j, c));
    expect(bytes(buildResult(plan, merged, { seed: 4, engine: 'fast', horizonMs: 365 * 86_400_000, overMs: 0 }))).toBe(single);
    expect(bytes(completeSimulation(j, c, shards, { customers: 5000, seed: 4 }))).toBe(single);
  });

  it.each(['fast', 'reference'] as Engine[])('every sample, staff queues included: admission shards + completion == one run (%s)', (engine) => {
    const N = engine === 'fast' ? 4000 : 400;
    for (const { journey, cohort } of samples) {
      const single = bytes(simulate(journey, cohort, { customers: N, seed: 21, engine }));
      const cut = Math.floor(N / 3);
      const shards = [simulateAdmissions(journey, cohort, { from: cut, to: N, seed: 21, engine }), simulateAdmissions(journey, cohort, { from: 0, to: cut, seed: 21, engine })];
      expect(bytes(completeSimulation(journey, cohort, shards, { customers: N, seed: 21, engine }))).toBe(single);
    }
  });

  it('refuses shards that do not cover the run', () => {
    const j = funnel(0.7);
    const c = oneSegment();
    const shard = simulateAdmissions(j, c, { from: 0, to: 10 });
    expect(() => completeSimulation(j, c, [shard], { customers: 20 })).toThrow(/cover 10 customers, not 20/);
  });
});
