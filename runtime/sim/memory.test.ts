// Memory does not grow with N: customers are held one slot at a time when they never meet staff,
// and otherwise only while staff holds them (customers still to arrive take 16 bytes, not a slot).
// A streaming run (customers arriving over time) holds customers between entering and meeting
// staff too, up to a budget of slots, and compacts beyond it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SimulationCore, type CoreOptions } from './core/simulationCore';
import { ENGINE_MODELS } from './engines';
import { buildSimulationPlan } from './plan/simulationPlan';
import { funnel, oneSegment } from './testing/closedFormJourneys';
import { loadSamples } from './testing/sampleFiles';
import { arbitraryJourney } from './testing/arbitraryJourney';

function slotsFor(journey: Parameters<typeof buildSimulationPlan>[0], cohort: Parameters<typeof buildSimulationPlan>[1], n: number, options: Partial<CoreOptions> = {}): number {
  const core = new SimulationCore(buildSimulationPlan(journey, cohort), ENGINE_MODELS.fast, { seed: 1, horizonMs: 365 * 86_400_000, ...options });
  core.run(0, n);
  return core.slotsHighWater;
}

describe('memory', () => {
  it('a journey without staff: one slot, whatever N', () => {
    expect(slotsFor(funnel(0.9), oneSegment(), 100)).toBe(1);
    expect(slotsFor(funnel(0.9), oneSegment(), 50_000)).toBe(1);
  });

  it('a sample with staff: slots are a small fraction of N, even when its queues flood', () => {
    const { journey, cohort } = loadSamples().find((s) => s.name === 'mortgage-preapproval') ?? loadSamples()[0]!;
    expect(slotsFor(journey, cohort, 50_000, { streaming: false })).toBeLessThan(50_000 / 20);
  });

  it('a streaming run whose queues flood keeps to about its budget of slots', () => {
    const { journey, cohort } = loadSamples().find((s) => s.name === 'mortgage-preapproval') ?? loadSamples()[0]!;
    const unbounded = slotsFor(journey, cohort, 50_000, { slotBudget: Number.POSITIVE_INFINITY });
    const budgeted = slotsFor(journey, cohort, 50_000, { slotBudget: 500 });
    expect(unbounded).toBeGreaterThan(2000);
    // Over the budget: customers held by staff, or waiting with a timer of their own running.
    expect(budgeted).toBeLessThan(600);
  });
});

describe('compact customers (replayed when needed) change nothing', () => {
  it.each(loadSamples().map((s) => [s.name, s] as const))('%s: the same metrics as holding every customer in a slot', (_name, { journey, cohort }) => {
    const plan = buildSimulationPlan(journey, cohort);
    const run = (compact: boolean) => {
      const core = new SimulationCore(plan, ENGINE_MODELS.fast, { seed: 3, horizonMs: 365 * 86_400_000, compact, streaming: false });
      const metrics = core.run(0, 3000);
      return { metrics, slots: core.slotsHighWater };
    };
    const compact = run(true);
    const full = run(false);
    expect(compact.metrics).toEqual(full.metrics);
    expect(compact.slots).toBeLessThan(full.slots);
  });
});

describe('compact customers on random journeys', () => {
  it('the same metrics as holding every customer in a slot', () => {
    fc.assert(
      fc.property(arbitraryJourney, fc.integer({ min: 1, max: 1000 }), ({ journey, cohort }, seed) => {
        const plan = buildSimulationPlan(journey, cohort);
        const run = (compact: boolean) => new SimulationCore(plan, ENGINE_MODELS.fast, { seed, horizonMs: 30 * 86_400_000, compact, streaming: false }).run(0, 200);
        expect(run(true)).toEqual(run(false));
      }),
      { numRuns: 80, seed: 20270 },
    );
  });
});

describe('streaming runs change nothing', () => {
  const run = (plan: ReturnType<typeof buildSimulationPlan>, engine: keyof typeof ENGINE_MODELS, n: number, options: Partial<CoreOptions>) => {
    const core = new SimulationCore(plan, ENGINE_MODELS[engine], { seed: 11, horizonMs: 365 * 86_400_000, ...options });
    return { metrics: core.run(0, n), slots: core.slotsHighWater };
  };

  it.each(loadSamples().map((s) => [s.name, s] as const))('%s: streaming, with or without a tight budget of slots, gives the metrics of two phases', (_name, { journey, cohort }) => {
    expect(cohort.arrivals).toBeDefined();
    const plan = buildSimulationPlan(journey, cohort);
    // Ten times the sample's own load, so that queues form and customers wait.
    const twoPhases = run(plan, 'fast', 10_000, { streaming: false });
    const streamed = run(plan, 'fast', 10_000, {});
    const tight = run(plan, 'fast', 10_000, { slotBudget: 8 });
    expect(streamed.metrics).toEqual(twoPhases.metrics);
    expect(tight.metrics).toEqual(twoPhases.metrics);
    expect(tight.slots).toBeLessThan(streamed.slots);
    expect(run(plan, 'reference', 300, {}).metrics).toEqual(run(plan, 'reference', 300, { streaming: false }).metrics);
  });

  it('on random journeys with arrivals and schedules', () => {
    fc.assert(
      fc.property(arbitraryJourney, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 40 }), ({ journey, cohort }, seed, budget) => {
        const plan = buildSimulationPlan(journey, cohort);
        const metrics = (options: Partial<CoreOptions>) => new SimulationCore(plan, ENGINE_MODELS.fast, { seed, horizonMs: 30 * 86_400_000, overMs: 7 * 86_400_000, ...options }).run(0, 300);
        const twoPhases = metrics({ streaming: false });
        expect(metrics({})).toEqual(twoPhases);
        expect(metrics({ slotBudget: budget })).toEqual(twoPhases);
      }),
      { numRuns: 80, seed: 20271 },
    );
  });
});
