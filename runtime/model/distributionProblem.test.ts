import { describe, expect, it } from 'vitest';
import { distributionProblem } from './distributionProblem';

describe('distributionProblem', () => {
  it.each([
    ['1d', 'time'], [1000, 'time'], [{ dist: 'exponential', mean: '20m' }, 'time'], [{ dist: 'uniform', min: '1h', max: '2h' }, 'time'],
    [{ dist: 'lognormal', median: '2h', p90: '6h' }, 'time'], [{ dist: 'normal', mean: 62000, sd: 15000 }, 'attribute'],
    [{ dist: 'categorical', weights: { web: 0.6, phone: 0.4 } }, 'attribute'], [{ dist: 'bernoulli', p: 0.3 }, 'attribute'], ['gold', 'attribute'], [true, 'attribute'],
    [{ dist: 'fixed', value: '3d' }, 'time'],
  ] as const)('%j is a sound %s distribution', (d, mode) => expect(distributionProblem(d, mode)).toBeUndefined());

  it.each([
    ['3 days', 'time', 'not a duration'], [{ dist: 'exponential', mean: 0 }, 'time', 'above 0'], [{ dist: 'uniform', min: 5, max: 1 }, 'number', 'min'],
    [{ dist: 'lognormal', median: '2h', p90: '1h' }, 'time', 'p90'], [{ dist: 'normal', mean: 1, sd: -1 }, 'number', 'sd'],
    [{ dist: 'categorical', weights: {} }, 'attribute', 'weights'], [{ dist: 'bernoulli', p: 2 }, 'attribute', 'between 0 and 1'],
    [{ dist: 'poisson', mean: 1 }, 'number', 'unknown distribution'], [{ dist: 'categorical', weights: { a: 1 } }, 'time', 'categorical'],
  ] as const)('%j is refused as %s, mentioning %s', (d, mode, words) => expect(distributionProblem(d, mode)).toContain(words));
});
