// Experiments in the simulator (DESIGN §5.7): variants drawn by weight from the customer's own
// assignment stream, on common random numbers, in both engines; the result's `experiments`.
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { hasTrait } from '../../nodes/registry';
import { traceAll, traceCustomer } from './traceCustomer';
import type { Engine } from './result/simulationResult';
import { compareProportions, customersNeeded } from './result/twoProportion';
import { callbackExperiment, oneSegment } from './testing/closedFormJourneys';

const Z999 = 3.2905;

/** `x` is within the 99.9% interval of a binomial proportion p over n trials. */
function expectBinomial(x: number, p: number, n: number, what: string): void {
  const half = Z999 * Math.sqrt((p * (1 - p)) / n) + 1e-6;
  expect(Math.abs(x - p), `${what}: ${x} against ${p} ± ${half}`).toBeLessThanOrEqual(half);
}

const RUNS: [Engine, number][] = [
  ['fast', 40_000],
  ['reference', 3_000],
];

describe.each(RUNS)('closed forms of an experiment (%s engine, %i customers)', (engine, customers) => {
  // Each variant applies with p per pass, twice (the loop back through the split): p².
  const p: [number, number, number] = [0.3, 0.2, 0.1];
  const r = simulate(callbackExperiment([45, 45, 10], p), oneSegment(), { customers, seed: 17, engine });
  const e = r.experiments.assign!;

  it('assigns customers by weight, each once however often it passes the split', () => {
    expect(e.goal).toBe('applied');
    expect(Object.keys(e.variants)).toEqual(['callback', 'email', 'none']);
    const counts = Object.values(e.variants).map((v) => v.customers);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(customers);
    [0.45, 0.45, 0.1].forEach((w, k) => expectBinomial(counts[k]! / customers, w, customers, `share of variant ${k}`));
    // The loop passes the split again: more edge traversals than customers, never a second variant.
    expect(r.edges['to-callback']!.count).toBeGreaterThan(e.variants.callback!.customers);
  });

  it('converts each variant at p² (its goal share), with value 100 per conversion', () => {
    Object.values(e.variants).forEach((v, k) => {
      expectBinomial(v.goalShare, p[k]! * p[k]!, v.customers, `goal share of variant ${k}`);
      expect(v.valuePerCustomer).toBeCloseTo(100 * v.goalShare, 4);
      expect(v.outcomes.applied!.count + v.outcomes.lost!.count).toBe(v.customers);
      expect(v.outcomes.applied!.share).toBe(v.goalShare);
    });
    expect(e.variants.none!.holdout).toBe(true);
  });

  it('compares each variant with the holdout: diff, interval, p-value and customersNeeded from the counts', () => {
    expect(e.comparisons.map((c) => [c.variant, c.against])).toEqual([['callback', 'none'], ['email', 'none']]);
    for (const c of e.comparisons) {
      const a = e.variants[c.variant]!;
      const b = e.variants.none!;
      const expected = compareProportions(a.outcomes.applied!.count, a.customers, b.outcomes.applied!.count, b.customers);
      expect(c.diff).toBeCloseTo(expected.diff, 6);
      expect(c.ci95[0]).toBeCloseTo(expected.ci95[0], 6);
      expect(c.ci95[1]).toBeCloseTo(expected.ci95[1], 6);
      expect(c.pValue).toBeCloseTo(expected.pValue, 6);
      expect(c.customersNeeded).toBe(customersNeeded(b.outcomes.applied!.count / b.customers, a.outcomes.applied!.count / a.customers));
    }
    // The callback's lift of 0.09 − 0.01 is plain at this size.
    expect(e.comparisons[0]!.pValue).toBeLessThan(0.01);
    expect(e.comparisons[0]!.ci95[0]).toBeGreaterThan(0);
  });
});

describe('experiments on common random numbers', () => {
  const cohort = oneSegment();
  const customers = 400;

  it('moving the weights from 50/50 to 100/0 leaves the customers who were in A exactly as they were', () => {
    // (Weights of 0 are refused by validate, J110; the simulator gives a weightless variant nobody.)
    const even = callbackExperiment([50, 50, 0], [0.3, 0.2, 0.1], { holdout: false });
    const allA = callbackExperiment([100, 0, 0], [0.3, 0.2, 0.1], { holdout: false });
    for (const engine of ['fast', 'reference'] as const) {
      const before = traceAll(even, cohort, customers, { seed: 9, engine });
      const after = traceAll(allA, cohort, customers, { seed: 9, engine });
      let inA = 0;
      before.forEach((steps, i) => {
        if (!steps.some((s) => s.type === 'edge' && s.edge === 'to-callback')) return;
        inA++;
        expect(after[i], `customer ${i} (${engine})`).toEqual(steps);
      });
      expect(inA).toBeGreaterThan(150);
      expect(inA).toBeLessThan(250);
      // Everyone is in A now; those who were in B behave otherwise (not the same journey).
      expect(after.every((steps) => steps.some((s) => s.type === 'edge' && s.edge === 'to-callback'))).toBe(true);
    }
  });

  it('a customer gets the same variant on every pass, and the same in both engines', () => {
    const journey = callbackExperiment([45, 45, 10]);
    const fast = traceAll(journey, cohort, 200, { seed: 4, engine: 'fast' });
    const reference = traceAll(journey, cohort, 200, { seed: 4, engine: 'reference' });
    fast.forEach((steps, i) => {
      const variants = new Set(steps.flatMap((s) => (s.type === 'edge' && s.edge.startsWith('to-') ? [s.edge] : [])));
      expect(variants.size, `customer ${i}`).toBe(1);
      expect(reference[i]).toEqual(steps);
    });
  });

  it('the variant is drawn from the run\'s seed: another seed assigns other variants', () => {
    const journey = callbackExperiment([50, 50, 0], [0.3, 0.2, 0.1], { holdout: false });
    const variantOf = (seed: number, i: number) => traceCustomer(journey, cohort, seed, i).steps.find((s) => s.type === 'edge')!;
    const differ = Array.from({ length: 40 }, (_, i) => i).filter((i) => JSON.stringify(variantOf(1, i)) !== JSON.stringify(variantOf(2, i)));
    expect(differ.length).toBeGreaterThan(5);
  });
});

describe('experiments with staff queues (customers compacted and replayed)', () => {
  it('count each customer once in its variant, the same in both engines and as the traces say', () => {
    const journey = callbackExperiment([45, 45, 10], [0.3, 0.2, 0.1], { staffed: true });
    const cohort = oneSegment('2h');
    const fast = simulate(journey, cohort, { customers: 600, seed: 8, engine: 'fast' });
    const reference = simulate(journey, cohort, { customers: 600, seed: 8, engine: 'reference' });
    expect(JSON.stringify({ ...fast, engine: '' })).toBe(JSON.stringify({ ...reference, engine: '' }));
    const e = fast.experiments.assign!;
    expect(Object.values(e.variants).reduce((a, v) => a + v.customers, 0)).toBe(600);
    expect(fast.terminal.abandoned).toBeGreaterThan(0);
    // From the traces (traced customers are never compacted): customers and conversions per variant.
    const traces = traceAll(journey, cohort, 600, { seed: 8 });
    for (const id of ['callback', 'email', 'none']) {
      const mine = traces.filter((steps) => steps.some((s) => s.type === 'edge' && s.edge === `to-${id}`));
      expect(e.variants[id]!.customers).toBe(mine.length);
      expect(e.variants[id]!.outcomes.applied!.count).toBe(mine.filter((steps) => steps.some((s) => s.type === 'end' && s.node === 'applied')).length);
    }
  });

  it('a journey without an experiment has an empty experiments section', () => {
    const journey = callbackExperiment([45, 45, 10]);
    const plain = { ...journey, nodes: journey.nodes.map((n) => (hasTrait(n.kind, 'assigns-variants') ? { id: n.id, kind: 'decision' as const, label: n.label } : n)), edges: journey.edges.map(({ variant: _v, ...e }) => e) };
    expect(simulate(plain, oneSegment(), { customers: 50, seed: 1 }).experiments).toEqual({});
  });
});
