import { describe, expect, it } from 'vitest';
import { simulate, SimulationCancelled, SimulationError } from '../../../runtime/sim';
import { loadSamples } from '../../../runtime/sim/testing/sampleFiles';
import { simulateInSlices, type SliceOptions } from './slicedSimulation';
import { yieldToEventLoop } from './yieldToEventLoop';

const samples = loadSamples();
const base = (extra: Partial<SliceOptions> = {}): SliceOptions => ({ pause: yieldToEventLoop, now: () => performance.now(), ...extra });

describe('simulateInSlices', () => {
  it.each(samples.map((s) => [s.name, s] as const))('gives the same bytes as one simulate run: %s', async (_name, { journey, cohort }) => {
    const options = { customers: 2_000, seed: 7 };
    const expected = JSON.stringify(simulate(journey, cohort, options));
    expect(JSON.stringify(await simulateInSlices(journey, cohort, options, base({ sliceCustomers: 173 })))).toBe(expected);
    expect(JSON.stringify(await simulateInSlices(journey, cohort, options, base()))).toBe(expected);
  });

  it('matches the reference engine and a short horizon too', async () => {
    const { journey, cohort } = samples.find((s) => s.name === 'mortgage-preapproval')!;
    const options = { customers: 600, seed: 3, engine: 'reference' as const, horizonMs: 5 * 86_400_000, overMs: 3 * 86_400_000 };
    const expected = JSON.stringify(simulate(journey, cohort, options));
    expect(JSON.stringify(await simulateInSlices(journey, cohort, options, base({ sliceCustomers: 97 })))).toBe(expected);
  });

  it('reports customers done, monotonically, from 0 to N, and slices that cover [0, N)', async () => {
    const { journey, cohort } = samples.find((s) => s.name === 'mortgage-preapproval')!;
    const progress: number[] = [];
    const slices: [number, number][] = [];
    await simulateInSlices(journey, cohort, { customers: 1_000, seed: 1 }, base({ sliceCustomers: 300, onProgress: (d, t) => (expect(t).toBe(1_000), progress.push(d)), onSlice: (f, t) => slices.push([f, t]) }));
    expect(slices).toEqual([[0, 300], [300, 600], [600, 900], [900, 1_000]]);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1_000);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!).toBeGreaterThanOrEqual(progress[i - 1]!);
  });

  it('stops between slices when asked', async () => {
    const { journey, cohort } = samples[0]!;
    const slices: number[] = [];
    let cancel = false;
    const run = simulateInSlices(journey, cohort, { customers: 10_000 }, base({ sliceCustomers: 100, shouldCancel: () => cancel, onSlice: (f) => void (slices.push(f), f === 300 && (cancel = true)) }));
    await expect(run).rejects.toBeInstanceOf(SimulationCancelled);
    expect(slices).toEqual([0, 100, 200, 300]);
  });

  it('refuses bad options with the simulator’s errors', async () => {
    const { journey, cohort } = samples[0]!;
    await expect(simulateInSlices(journey, cohort, { customers: 0 }, base())).rejects.toBeInstanceOf(SimulationError);
    await expect(simulateInSlices(journey, cohort, { customers: 10, seed: 1.5 }, base())).rejects.toThrow(/seed/);
  });
});
