// Memory does not grow with N: customers are held one slot at a time when they never meet staff,
// and otherwise only while staff holds them (customers still to arrive take 16 bytes, not a slot).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SimulationCore } from './core/simulationCore';
import { ENGINE_MODELS } from './engines';
import { buildSimulationPlan } from './plan/simulationPlan';
import { funnel, oneSegment } from './testing/closedFormJourneys';
import { loadSamples } from './testing/sampleFiles';
import { arbitraryJourney } from './testing/arbitraryJourney';

function slotsFor(journey: Parameters<typeof buildSimulationPlan>[0], cohort: Parameters<typeof buildSimulationPlan>[1], n: number): number {
  const core = new SimulationCore(buildSimulationPlan(journey, cohort), ENGINE_MODELS.fast, { seed: 1, horizonMs: 365 * 86_400_000 });
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
    const slots = slotsFor(journey, cohort, 50_000);
    expect(slots).toBeLessThan(50_000 / 20);
  });
});

describe('compact customers (replayed when needed) change nothing', () => {
  it.each(loadSamples().map((s) => [s.name, s] as const))('%s: the same metrics as holding every customer in a slot', (_name, { journey, cohort }) => {
    const plan = buildSimulationPlan(journey, cohort);
    const run = (compact: boolean) => {
      const core = new SimulationCore(plan, ENGINE_MODELS.fast, { seed: 3, horizonMs: 365 * 86_400_000, compact });
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
        const run = (compact: boolean) => new SimulationCore(plan, ENGINE_MODELS.fast, { seed, horizonMs: 30 * 86_400_000, compact }).run(0, 200);
        expect(run(true)).toEqual(run(false));
      }),
      { numRuns: 80, seed: 20270 },
    );
  });
});
