import { describe, expect, it } from 'vitest';
import { bucketHigh, bucketLow, bucketOf, HISTOGRAM_BUCKETS, histogramAdd, histogramQuantile } from './logHistogram';

describe('log histograms of times', () => {
  it('buckets are monotone and at most 6.25% wide', () => {
    let last = 0;
    for (let v = 1; v < 2 ** 40; v = Math.ceil(v * 1.013) + 1) {
      const b = bucketOf(v);
      expect(b).toBeGreaterThanOrEqual(last);
      last = b;
    }
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(2 ** 50)).toBe(HISTOGRAM_BUCKETS - 1);
  });

  it('puts every time in the bucket whose range holds it, at octave edges and between', () => {
    const values = [1, 2, 3, 7, 1000, 123_456_789, 2 ** 31 + 5, 2 ** 33 * 3, 1.5, 2 ** 31 - 0.5];
    for (let k = 1; k < 44; k++) values.push(2 ** k - 1, 2 ** k, 2 ** k + 1);
    for (const v of values) {
      const b = bucketOf(v);
      expect(bucketLow(b) <= v && v < bucketHigh(b), `${v} in bucket ${b}`).toBe(true);
    }
  });

  it('quantiles within a bucket width; exact for point masses and extremes', () => {
    const h = new Float64Array(HISTOGRAM_BUCKETS);
    const values = Array.from({ length: 1000 }, (_, i) => (i + 1) * 1000);
    for (const v of values) histogramAdd(h, 0, v);
    for (const q of [0.1, 0.5, 0.9, 0.99]) {
      const exact = values[Math.ceil(q * 1000) - 1]!;
      expect(Math.abs(histogramQuantile(h, 0, 1000, 1000, 1_000_000, q)! / exact - 1)).toBeLessThan(0.0625);
    }
    expect(histogramQuantile(h, 0, 1000, 1000, 1_000_000, 1)).toBe(1_000_000);
    const point = new Float64Array(HISTOGRAM_BUCKETS);
    for (let i = 0; i < 10; i++) histogramAdd(point, 0, 600_000);
    expect(histogramQuantile(point, 0, 10, 600_000, 600_000, 0.5)).toBe(600_000);
    expect(histogramQuantile(point, 0, 0, 0, 0, 0.5)).toBeUndefined();
  });
});
