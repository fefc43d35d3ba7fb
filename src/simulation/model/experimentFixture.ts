// A run with one experiment, for the tests of experimentsModel.ts and the Experiments view: the
// fixture journey of dropOffFixture.ts with a split, and its result's experiments set by hand.
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import type { ExperimentsResult } from '../../../runtime/sim/result/experimentsResult';
import { fixtureJourney, fixtureResult } from './dropOffFixture';

// The fixture journey with a split before the form: callback (45) → call, letter (45) → form, holdout (10) → form.
export const experimentJourney = {
  ...fixtureJourney,
  nodes: [...fixtureJourney.nodes, { id: 'test', kind: 'split', label: 'Reach out test', variants: [{ id: 'callback', weight: 45 }, { id: 'letter', weight: 45 }, { id: 'holdout', weight: 10, holdout: true }], goal: 'won' }],
  edges: [
    ...fixtureJourney.edges,
    { id: 'test-callback', from: 'test', to: 'call', always: true, variant: 'callback' },
    { id: 'test-letter', from: 'test', to: 'form', always: true, variant: 'letter' },
    { id: 'test-holdout', from: 'test', to: 'form', always: true, variant: 'holdout' },
  ],
} as unknown as Journey;

const variant = (weight: number, customers: number, goalShare: number, holdout = false) => ({ weight, holdout, customers, goalShare, valuePerCustomer: 100 * goalShare, outcomes: {} });
export const experiments: ExperimentsResult = {
  test: {
    goal: 'won',
    variants: { callback: variant(45, 40, 0.5), letter: variant(45, 40, 0.3), holdout: variant(10, 10, 0.2, true) },
    comparisons: [
      { variant: 'callback', against: 'holdout', diff: 0.3, ci95: [0.01, 0.59], pValue: 0.04, customersNeeded: 40 },
      { variant: 'letter', against: 'holdout', diff: 0.1, ci95: [-0.18, 0.38], pValue: 0.5, customersNeeded: 290 },
    ],
  },
};
// 100 customers over 10 days: 10 a day, 9 of whom reach the split
export const experimentResult = { ...fixtureResult, arrivals: { ...fixtureResult.arrivals, overMs: 10 * 86_400_000 }, experiments } as unknown as SimulationResult;
