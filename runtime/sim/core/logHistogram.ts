// Fixed-size histograms of times (whole ms) with log-scaled buckets: bucket 0 holds 0 ms, then each
// octave [2^e, 2^(e+1)) is split into SUB equal buckets (relative width ≤ 1/SUB = 6.25%), up to
// 2^44 ms (557 years). Histograms merge by adding counts. Quantiles interpolate linearly inside the
// bucket that holds the rank (each value at the middle of its share of the bucket) and are clipped
// to the exact minimum and maximum seen; the first and last ranks are the exact minimum and maximum.
// So a point mass (a fixed time) comes out exact.

const SUB = 16;
const OCTAVES = 44;
export const HISTOGRAM_BUCKETS = 1 + OCTAVES * SUB;

/** The exponent e with 2^e ≤ v < 2^(e+1), for an integer v ≥ 1. */
function octave(v: number): number {
  // An integer below 2^31 (most times): its highest set bit.
  if (v < 2147483648 && (v | 0) === v) return 31 - Math.clz32(v);
  let e = Math.floor(Math.log2(v));
  if (2 ** e > v) e--;
  else if (2 ** (e + 1) <= v) e++;
  return e;
}

/** 2^e for the octaves (a table: a power per count is measurable). */
const POW2 = Float64Array.from({ length: OCTAVES + 1 }, (_, e) => 2 ** e);

export function bucketOf(ms: number): number {
  if (ms < 1) return 0;
  const e = octave(ms);
  if (e >= OCTAVES) return HISTOGRAM_BUCKETS - 1;
  const sub = Math.floor((ms / POW2[e]! - 1) * SUB);
  return 1 + e * SUB + sub;
}

export function bucketLow(b: number): number {
  if (b === 0) return 0;
  const e = Math.floor((b - 1) / SUB);
  return 2 ** e * (1 + ((b - 1) % SUB) / SUB);
}

export function bucketHigh(b: number): number {
  if (b === 0) return 0;
  const e = Math.floor((b - 1) / SUB);
  return 2 ** e * (1 + (((b - 1) % SUB) + 1) / SUB);
}

/** Counts `ms` in the histogram at `hist[offset…offset+HISTOGRAM_BUCKETS)`. */
export function histogramAdd(hist: Float64Array, offset: number, ms: number): void {
  const k = offset + bucketOf(ms);
  hist[k] = hist[k]! + 1;
}

/**
 * The q-quantile (nearest rank: the smallest value with at least q·count values at or below it),
 * in whole ms; `min`/`max` are the exact extremes. Undefined when the histogram is empty.
 */
export function histogramQuantile(hist: Float64Array, offset: number, count: number, min: number, max: number, q: number): number | undefined {
  if (count <= 0) return undefined;
  const rank = Math.max(1, Math.ceil(q * count - 1e-9));
  if (rank >= count) return Math.round(max);
  if (rank === 1) return Math.round(min);
  let before = 0;
  for (let b = 0; b < HISTOGRAM_BUCKETS; b++) {
    const n = hist[offset + b]!;
    if (n > 0 && before + n >= rank) {
      const low = Math.max(bucketLow(b), min);
      const high = Math.min(bucketHigh(b), max);
      const value = high <= low ? low : low + ((rank - before - 0.5) / n) * (high - low);
      return Math.round(Math.min(Math.max(value, min), max));
    }
    before += n;
  }
  return Math.round(max);
}

/** The non-empty buckets of a histogram as whole-ms ranges, for charts: [fromMs, toMs) and a count. */
export function histogramBins(hist: Float64Array, offset: number): { fromMs: number; toMs: number; count: number }[] {
  const bins: { fromMs: number; toMs: number; count: number }[] = [];
  for (let b = 0; b < HISTOGRAM_BUCKETS; b++) {
    const count = hist[offset + b]!;
    if (count > 0) bins.push({ fromMs: Math.ceil(bucketLow(b)), toMs: b === 0 ? 1 : Math.ceil(bucketHigh(b)), count });
  }
  return bins;
}
