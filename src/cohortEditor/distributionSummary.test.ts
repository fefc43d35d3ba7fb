import { describe, expect, it } from 'vitest';
import { distributionSummary } from './distributionSummary';

describe('distributionSummary', () => {
  it('says each kind of distribution in a few words', () => {
    expect(distributionSummary(undefined)).toBe('—');
    expect(distributionSummary('20m')).toBe('20m');
    expect(distributionSummary({ dist: 'exponential', mean: '20m' })).toBe('exponential, mean 20m');
    expect(distributionSummary({ dist: 'normal', mean: 62000, sd: 15000 })).toBe('normal 62000 ± 15000');
    expect(distributionSummary({ dist: 'lognormal', median: '1d', p90: '3d' })).toBe('lognormal, median 1d, p90 3d');
    expect(distributionSummary({ dist: 'bernoulli', p: 0.8 })).toBe('true 80%');
    expect(distributionSummary({ dist: 'categorical', weights: { web: 3, phone: 1 } })).toBe('web 75% · phone 25%');
  });
});
