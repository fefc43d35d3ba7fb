// Samplers for the distributions of DESIGN §2, compiled once from the document and drawn in the hot
// loop without allocation. Well-known formulas: inverse CDF for exponential and uniform, Box–Muller
// for the normal (one normal per two uniforms, the second is not kept, so every sample costs a fixed
// number of draws), exp(normal) for the lognormal given its median and 90th percentile.
import { durationMs } from '../../model/duration';
import type { Distribution } from '../../model/primitives';
import { nextUniform } from './sfc32';

export const SamplerKind = { Fixed: 0, Exponential: 1, Uniform: 2, Lognormal: 3, Normal: 4, Categorical: 5, Bernoulli: 6 } as const;
export type SamplerKind = (typeof SamplerKind)[keyof typeof SamplerKind];

/** A compiled distribution; `a`/`b` are its numeric parameters (ms for times). One shape for all kinds. */
export interface Sampler {
  kind: SamplerKind;
  a: number;
  b: number;
  /** The value of a fixed distribution (a number, label or boolean). */
  value: unknown;
  /** Categorical labels and their cumulative normalised weights. */
  labels: string[];
  cumulative: Float64Array;
}

/** z of the standard normal's 90th percentile. */
const Z90 = 1.2815515655446004;
const TWO_PI = 2 * Math.PI;

/** What the values are: durations in ms (delays, handle times, patience) or attribute values. */
export type SamplerMode = 'time' | 'attribute';

export class DistributionError extends Error {}

function sampler(kind: SamplerKind, a = 0, b = 0, value: unknown = undefined, labels: string[] = [], cumulative = new Float64Array(0)): Sampler {
  return { kind, a, b, value, labels, cumulative };
}

/** Compiles a distribution (already linted); throws DistributionError on a value it cannot use. */
export function compileSampler(dist: Distribution, mode: SamplerMode): Sampler {
  const amount = (v: unknown, what: string): number => {
    const n = mode === 'time' ? durationMs(v) : typeof v === 'number' && Number.isFinite(v) ? v : undefined;
    if (n === undefined) throw new DistributionError(`${what} ${JSON.stringify(v)} is not a ${mode === 'time' ? 'duration' : 'number'}`);
    return n;
  };
  if (dist === null || typeof dist !== 'object') {
    return sampler(SamplerKind.Fixed, 0, 0, mode === 'time' ? amount(dist, 'value') : dist);
  }
  switch (dist.dist) {
    case 'fixed':
      return sampler(SamplerKind.Fixed, 0, 0, mode === 'time' ? amount(dist.value, '"value"') : dist.value);
    case 'exponential':
      return sampler(SamplerKind.Exponential, amount(dist.mean, '"mean"'));
    case 'uniform':
      return sampler(SamplerKind.Uniform, amount(dist.min, '"min"'), amount(dist.max, '"max"'));
    case 'lognormal': {
      const median = amount(dist.median, '"median"');
      const p90 = amount(dist.p90, '"p90"');
      if (!(median > 0 && p90 > median)) throw new DistributionError('a lognormal needs 0 < median < p90');
      return sampler(SamplerKind.Lognormal, Math.log(median), Math.log(p90 / median) / Z90);
    }
    case 'normal':
      return sampler(SamplerKind.Normal, amount(dist.mean, '"mean"'), amount(dist.sd, '"sd"'));
    case 'categorical': {
      if (mode === 'time') throw new DistributionError('a categorical is not a time');
      const labels = Object.keys(dist.weights);
      const weights = labels.map((l) => dist.weights[l]!);
      const total = weights.reduce((x, y) => x + y, 0);
      if (!(total > 0)) throw new DistributionError('categorical weights must not all be 0');
      const cumulative = new Float64Array(labels.length);
      let acc = 0;
      weights.forEach((w, i) => {
        acc += w;
        cumulative[i] = acc / total;
      });
      return sampler(SamplerKind.Categorical, 0, 0, undefined, labels, cumulative);
    }
    case 'bernoulli':
      if (mode === 'time') throw new DistributionError('a bernoulli is not a time');
      return sampler(SamplerKind.Bernoulli, dist.p);
    default:
      throw new DistributionError(`unknown distribution ${JSON.stringify((dist as { dist: unknown }).dist)}`);
  }
}

/** A standard normal draw (Box–Muller, cosine branch); always two uniforms. */
export function standardNormal(state: Int32Array, offset: number): number {
  const u1 = nextUniform(state, offset);
  const u2 = nextUniform(state, offset);
  return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(TWO_PI * u2);
}

/** A numeric draw (exponential, uniform, lognormal, normal; a fixed number as is). */
export function sampleNumber(s: Sampler, state: Int32Array, offset: number): number {
  switch (s.kind) {
    case SamplerKind.Fixed:
      return s.value as number;
    case SamplerKind.Exponential:
      return -s.a * Math.log(1 - nextUniform(state, offset));
    case SamplerKind.Uniform:
      return s.a + nextUniform(state, offset) * (s.b - s.a);
    case SamplerKind.Lognormal:
      return Math.exp(s.a + s.b * standardNormal(state, offset));
    case SamplerKind.Normal:
      return s.a + s.b * standardNormal(state, offset);
    default:
      return Number.NaN;
  }
}

/**
 * A duration in whole milliseconds: the draw rounded to the nearest ms and clipped at 0 (a normal
 * can go negative). Simulated time is integral, which keeps every sum of times exact.
 */
export function sampleTimeMs(s: Sampler, state: Int32Array, offset: number): number {
  const ms = Math.round(sampleNumber(s, state, offset));
  return ms > 0 ? ms : 0;
}

/** An attribute value: a number, a categorical label, a bernoulli boolean, or a fixed value. */
export function sampleValue(s: Sampler, state: Int32Array, offset: number): unknown {
  switch (s.kind) {
    case SamplerKind.Fixed:
      return s.value;
    case SamplerKind.Categorical: {
      const u = nextUniform(state, offset);
      const cum = s.cumulative;
      const last = cum.length - 1;
      for (let i = 0; i < last; i++) if (u < cum[i]!) return s.labels[i];
      return s.labels[last];
    }
    case SamplerKind.Bernoulli:
      return nextUniform(state, offset) < s.a;
    default:
      return sampleNumber(s, state, offset);
  }
}
