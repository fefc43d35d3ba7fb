import { durationMs, DURATION_HELP } from './duration';
import { DIST_KINDS } from './primitives';

/** What a distribution's values are: durations (delays, handle times, patience), plain numbers, or attribute values. */
export type DistributionMode = 'time' | 'number' | 'attribute';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The problem with a distribution, as a sentence saying how to fix it, or undefined when it is sound. */
export function distributionProblem(value: unknown, mode: DistributionMode): string | undefined {
  const scalar = (v: unknown, what: string): string | undefined => {
    if (mode === 'time') return durationMs(v) === undefined ? `${what} ${JSON.stringify(v)} is not a duration: ${DURATION_HELP}` : undefined;
    if (mode === 'number') return isNum(v) ? undefined : `${what} ${JSON.stringify(v)} should be a number`;
    return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? undefined : `${what} should be a number, a label or a boolean`;
  };
  const amount = (v: unknown, what: string): number | string => {
    if (mode === 'time') {
      const ms = durationMs(v);
      return ms === undefined ? `${what} ${JSON.stringify(v)} is not a duration: ${DURATION_HELP}` : ms;
    }
    return isNum(v) ? v : `${what} ${JSON.stringify(v)} should be a number`;
  };
  if (value === null || typeof value !== 'object') return scalar(value, 'the value');
  const d = value as Record<string, unknown>;
  switch (d.dist) {
    case 'fixed':
      return scalar(d.value, '"value"');
    case 'exponential': {
      const mean = amount(d.mean, '"mean"');
      if (typeof mean === 'string') return mean;
      return mean > 0 ? undefined : 'an exponential needs a "mean" above 0';
    }
    case 'uniform': {
      const min = amount(d.min, '"min"');
      const max = amount(d.max, '"max"');
      if (typeof min === 'string') return min;
      if (typeof max === 'string') return max;
      return min <= max ? undefined : `a uniform needs "min" ≤ "max" (got ${JSON.stringify(d.min)} > ${JSON.stringify(d.max)})`;
    }
    case 'lognormal': {
      const median = amount(d.median, '"median"');
      const p90 = amount(d.p90, '"p90"');
      if (typeof median === 'string') return median;
      if (typeof p90 === 'string') return p90;
      if (median <= 0) return 'a lognormal needs a "median" above 0';
      return p90 > median ? undefined : 'a lognormal needs "p90" above "median" (the 90th percentile is the long tail)';
    }
    case 'normal': {
      const mean = amount(d.mean, '"mean"');
      const sd = amount(d.sd, '"sd"');
      if (typeof mean === 'string') return mean;
      if (typeof sd === 'string') return sd;
      return sd >= 0 ? undefined : 'a normal needs "sd" ≥ 0';
    }
    case 'categorical': {
      if (mode === 'time' || mode === 'number') return 'a categorical gives labels: use it for customer attributes, not for times or numbers';
      const w = d.weights;
      if (w === null || typeof w !== 'object' || Object.keys(w).length === 0) return 'a categorical needs "weights", e.g. {"web": 0.6, "phone": 0.4}';
      const values = Object.values(w as Record<string, unknown>);
      if (!values.every((x) => isNum(x) && x >= 0)) return 'categorical weights are numbers ≥ 0';
      return (values as number[]).reduce((a, b) => a + b, 0) > 0 ? undefined : 'categorical weights must not all be 0';
    }
    case 'bernoulli':
      if (mode === 'time') return 'a bernoulli gives true/false: use it for customer attributes, not for times';
      return isNum(d.p) && d.p >= 0 && d.p <= 1 ? undefined : 'a bernoulli needs "p" between 0 and 1';
    default:
      return `unknown distribution ${JSON.stringify(d.dist)}: use one of ${DIST_KINDS.join(', ')}`;
  }
}
