import { describe, expect, it } from 'vitest';
import { compileSampler, sampleTimeMs, sampleValue } from './sampler';
import { createStream } from './seedStream';
import type { Distribution } from '../../model/primitives';

const N = 100_000;
const H = 3_600_000;

function times(d: Distribution): number[] {
  const s = compileSampler(d, 'time');
  const state = createStream(3, 0, 1);
  return Array.from({ length: N }, () => sampleTimeMs(s, state, 0));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * xs.length)]!;

describe('samplers (DESIGN §2 distributions)', () => {
  it('a bare value and "fixed" are fixed; durations are in ms', () => {
    expect(times('2h').every((t) => t === 2 * H)).toBe(true);
    expect(times({ dist: 'fixed', value: '90s' })[0]).toBe(90_000);
    expect(times(1500)[0]).toBe(1500);
    expect(sampleValue(compileSampler('web', 'attribute'), createStream(1, 0, 0), 0)).toBe('web');
  });

  it('exponential: mean and median ln 2 · mean', () => {
    const xs = times({ dist: 'exponential', mean: '1h' });
    expect(mean(xs) / H).toBeCloseTo(1, 1);
    expect(quantile(xs, 0.5) / H).toBeCloseTo(Math.LN2, 1);
  });

  it('uniform: between min and max, mean in the middle', () => {
    const xs = times({ dist: 'uniform', min: '1h', max: '3h' });
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(H);
    expect(Math.max(...xs)).toBeLessThanOrEqual(3 * H);
    expect(mean(xs) / H).toBeCloseTo(2, 1);
  });

  it('lognormal: the given median and 90th percentile', () => {
    const xs = times({ dist: 'lognormal', median: '1h', p90: '4h' });
    expect(quantile(xs, 0.5) / H).toBeCloseTo(1, 1);
    expect(quantile(xs, 0.9) / H).toBeGreaterThan(3.8);
    expect(quantile(xs, 0.9) / H).toBeLessThan(4.2);
  });

  it('normal: mean and sd; as a time, clipped at 0', () => {
    const xs = times({ dist: 'normal', mean: '10h', sd: '2h' });
    expect(mean(xs) / H).toBeCloseTo(10, 1);
    const m = mean(xs);
    const sd = Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
    expect(sd / H).toBeCloseTo(2, 1);
    const clipped = times({ dist: 'normal', mean: '1h', sd: '1h' });
    expect(Math.min(...clipped)).toBe(0);
    expect(clipped.filter((x) => x === 0).length / N).toBeCloseTo(0.1587, 2);
  });

  it('categorical labels by weight, bernoulli booleans by p (attributes)', () => {
    const state = createStream(5, 0, 0);
    const cat = compileSampler({ dist: 'categorical', weights: { web: 3, phone: 1 } }, 'attribute');
    const labels = Array.from({ length: N }, () => sampleValue(cat, state, 0));
    expect(labels.filter((l) => l === 'web').length / N).toBeCloseTo(0.75, 2);
    const bern = compileSampler({ dist: 'bernoulli', p: 0.3 }, 'attribute');
    const flags = Array.from({ length: N }, () => sampleValue(bern, state, 0));
    expect(flags.filter((f) => f === true).length / N).toBeCloseTo(0.3, 2);
    expect(new Set(flags)).toEqual(new Set([true, false]));
  });

  it('numbers for attributes are not rounded; labels are no times', () => {
    const x = sampleValue(compileSampler({ dist: 'normal', mean: 0.5, sd: 0.1 }, 'attribute'), createStream(1, 1, 0), 0) as number;
    expect(Number.isInteger(x)).toBe(false);
    expect(() => compileSampler({ dist: 'categorical', weights: { a: 1 } }, 'time')).toThrow(/not a time/);
  });
});
