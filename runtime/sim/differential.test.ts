// fast == reference: the same path for every customer on small runs, the same result on larger ones,
// on every sample and on random valid journeys.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from './simulate';
import { traceAll } from './traceCustomer';
import type { SimulationResult } from './result/simulationResult';
import { arbitraryJourney } from './testing/arbitraryJourney';
import { loadSamples } from './testing/sampleFiles';

const withoutEngine = (r: SimulationResult) => JSON.stringify({ ...r, engine: undefined }, null, 2);

describe.each(loadSamples())('fast == reference on sample $name', ({ journey, cohort }) => {
  it('the same steps for every customer (60 customers)', () => {
    const reference = traceAll(journey, cohort, 60, { seed: 5, engine: 'reference' });
    const fast = traceAll(journey, cohort, 60, { seed: 5, engine: 'fast' });
    reference.forEach((steps, i) => expect(fast[i], `customer ${i}`).toEqual(steps));
    expect(reference.flat().length).toBeGreaterThan(60 * 3);
  });

  it('the same result JSON (1,000 customers, queues flooded)', () => {
    const reference = simulate(journey, cohort, { customers: 1000, seed: 6, engine: 'reference' });
    const fast = simulate(journey, cohort, { customers: 1000, seed: 6, engine: 'fast' });
    expect(withoutEngine(fast)).toBe(withoutEngine(reference));
  });
});

describe('fast == reference on random journeys', () => {
  it('the same steps for every customer', () => {
    fc.assert(
      fc.property(arbitraryJourney, fc.integer({ min: 1, max: 10_000 }), ({ journey, cohort }, seed) => {
        const options = { seed, horizonMs: 20 * 86_400_000 };
        const reference = traceAll(journey, cohort, 25, { ...options, engine: 'reference' });
        const fast = traceAll(journey, cohort, 25, { ...options, engine: 'fast' });
        reference.forEach((steps, i) => expect(fast[i], `customer ${i}`).toEqual(steps));
      }),
      { numRuns: 120, seed: 20260 },
    );
  });

  it('the same result JSON', () => {
    fc.assert(
      fc.property(arbitraryJourney, fc.integer({ min: 1, max: 10_000 }), ({ journey, cohort }, seed) => {
        const options = { customers: 300, seed, horizonMs: 30 * 86_400_000 };
        const reference = simulate(journey, cohort, { ...options, engine: 'reference' });
        const fast = simulate(journey, cohort, { ...options, engine: 'fast' });
        expect(withoutEngine(fast)).toBe(withoutEngine(reference));
      }),
      { numRuns: 40, seed: 20261 },
    );
  });
});
