// When customer i enters the journey (DESIGN §5.1): a time on [0, over) drawn from its own
// `arrival` stream, with a density proportional to weekly[day] × daily[hour], piecewise constant by
// hour. N customers drawn so are a Poisson process with that profile, conditioned on N arrivals.
import type { Arrivals } from '../../model/cohort';
import { durationMs } from '../../model/duration';
import { HOURS_PER_WEEK, MS_PER_HOUR } from '../../model/calendar/weekCalendar';
import { STREAM, seedStream } from '../random/seedStream';
import { nextUniform, STREAM_WORDS } from '../random/sfc32';
import { SimulationError } from '../simulationError';

export interface ArrivalProfile {
  /** 0: every customer enters at t = 0. */
  readonly overMs: number;
  /** Cumulative weight at the end of each hour bucket of [0, over) (the last bucket may be partial). */
  readonly cumulative: Float64Array;
}

export const AT_ONCE: ArrivalProfile = { overMs: 0, cumulative: new Float64Array(0) };

function weights(profile: readonly number[] | undefined, length: number, name: string): readonly number[] {
  if (profile === undefined) return new Array<number>(length).fill(1);
  if (profile.length !== length || profile.some((v) => !(Number.isFinite(v) && v >= 0)) || profile.every((v) => v === 0)) {
    throw new SimulationError(`arrivals.${name} must be ${length} weights ≥ 0, not all zero`);
  }
  return profile;
}

/**
 * The arrival profile of a run: the cohort's `arrivals`, with `over` replaced by `overMs` when given
 * (the command line's `--over`). Without either, every customer enters at t = 0.
 */
export function arrivalProfile(arrivals: Arrivals | undefined, overMs?: number): ArrivalProfile {
  const over = overMs ?? (arrivals ? durationMs(arrivals.over) : 0);
  if (over === undefined || !(over >= 0) || !Number.isFinite(over)) throw new SimulationError(`arrivals.over must be a duration above 0, not ${JSON.stringify(arrivals?.over)}`);
  if (over === 0) return AT_ONCE;
  const weekly = weights(arrivals?.weekly, 7, 'weekly');
  const daily = weights(arrivals?.daily, 24, 'daily');
  const buckets = Math.ceil(over / MS_PER_HOUR);
  const cumulative = new Float64Array(buckets);
  let acc = 0;
  for (let k = 0; k < buckets; k++) {
    const h = k % HOURS_PER_WEEK;
    const length = Math.min(MS_PER_HOUR, over - k * MS_PER_HOUR) / MS_PER_HOUR;
    acc += weekly[Math.floor(h / 24)]! * daily[h % 24]! * length;
    cumulative[k] = acc;
  }
  if (!(acc > 0)) throw new SimulationError(`no customer can arrive within the first ${over} ms: the weekly and daily profiles give those hours no weight`);
  return { overMs: over, cumulative };
}

/**
 * The first index of the non-decreasing `c` holding more than `target` (the last if none), found by
 * galloping from `guess` then halving: the weight builds up about evenly over the hours, so the
 * answer is near u·length and a long run reads a few neighbouring entries instead of
 * log2(hours) scattered ones.
 */
export function firstAbove(c: Float64Array, target: number, guess: number): number {
  const last = c.length - 1;
  let k = Math.min(Math.max(guess, 0), last);
  // The answer is in (lo, hi].
  let lo: number;
  let hi: number;
  if (c[k]! > target) {
    hi = k;
    lo = k - 1;
    for (let step = 1; lo >= 0 && c[lo]! > target; step *= 2) {
      hi = lo;
      lo -= step;
    }
  } else {
    lo = k;
    hi = k + 1;
    for (let step = 1; hi < last && c[hi]! <= target; step *= 2) {
      lo = hi;
      hi += step;
    }
    hi = Math.min(hi, last);
  }
  k = Math.max(lo + 1, 0);
  while (k < hi) {
    const mid = (k + hi) >>> 1;
    if (c[mid]! > target) hi = mid;
    else k = mid + 1;
  }
  return Math.min(k, last);
}

/**
 * The arrival time (whole ms) of customer `index`: one draw picks the hour by weight, a second the
 * moment within it, uniformly. `scratch` holds the stream (STREAM_WORDS words).
 */
export function drawArrival(profile: ArrivalProfile, seed: number, index: number, scratch: Int32Array): number {
  if (profile.overMs === 0) return 0;
  seedStream(scratch, 0, seed, index, STREAM.arrival);
  const c = profile.cumulative;
  const u = nextUniform(scratch, 0);
  const hour = firstAbove(c, u * c[c.length - 1]!, Math.floor(u * c.length));
  const start = hour * MS_PER_HOUR;
  const length = Math.min(MS_PER_HOUR, profile.overMs - start);
  return Math.min(profile.overMs - 1, start + Math.floor(nextUniform(scratch, 0) * length));
}

export { STREAM_WORDS };
