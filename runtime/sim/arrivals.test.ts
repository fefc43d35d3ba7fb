// Cohort arrivals (DESIGN §4, §5.1): N customers on [0, over), each from its own stream, with a
// density ∝ weekly[day] × daily[hour], piecewise constant by hour; `overMs` (the CLI's --over)
// replaces `over`. The arrival times are i.i.d., so the hour-of-week counts are multinomial with
//   p_h ∝ Σ_{hour buckets k of [0, over) with k mod 168 = h} weekly[day(k)] · daily[k mod 24] · |bucket k ∩ [0, over)|/1h,
// computed here from that definition (not from the simulator's table). Bounds, each at α = 1e-4:
// - Pearson's χ² over the buckets of positive p (all with N·p ≥ 5) is below the chi-square
//   (m − 1 degrees of freedom) 1 − α quantile: the multinomial's asymptotic law;
// - each bucket's count is within z·√(N·p(1 − p)) of N·p, z the two-sided normal quantile at α/m
//   (Bonferroni over the m buckets), catching one bucket off that χ² could dilute;
// - buckets of zero weight are exactly 0;
// - within its hour an arrival is uniform: the Kolmogorov distance of the positions within the hour
//   to U(0, 1) is below √(ln(2/α)/(2n)) (the Dvoretzky–Kiefer–Wolfowitz–Massart inequality, exact for every n).
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { SimulationError } from './simulationError';
import { cohortOf, journeyOf } from './testing/closedFormJourneys';
import { chiSquareQuantile, normalTwoSided } from './testing/queueTheory';
import { arrivalProfile, drawArrival, STREAM_WORDS } from './calendar/arrivalDraw';
import { cohortSchema, type Cohort } from '../model/cohort';
import { durationMs } from '../model/duration';
import { hourOfWeek } from '../model/calendar/weekCalendar';

const H = 3_600_000;
const ALPHA = 1e-4;
const WEEKLY = [1, 1, 1, 1, 1.2, 0.5, 0.2];
const DAILY = [0, 0, 0, 0, 0, 0, 0.2, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.8, 0.6, 0.4, 0.3, 0.2, 0, 0];
const FLAT_WEEK = new Array<number>(7).fill(1);
const FLAT_DAY = new Array<number>(24).fill(1);

/** Customers enter and end at once: the run is its arrivals (span = the last arrival). */
const arriveOnly = journeyOf({
  id: 'arrive-only',
  start: 'door',
  nodes: [
    { id: 'door', kind: 'decision', label: 'Door' },
    { id: 'in', kind: 'outcome', label: 'In', result: 'neutral' },
  ],
  edges: [{ id: 'enter', from: 'door', to: 'in', always: true }],
});

function cohortWith(arrivals?: Record<string, unknown>): Cohort {
  return cohortSchema.parse({ ...cohortOf([{ id: 'all', share: 1 }]), ...(arrivals ? { arrivals } : {}) });
}

/** p_h of the hour of the week h, from the definition. */
function hourOfWeekShares(overMs: number, weekly: readonly number[], daily: readonly number[]): number[] {
  const w = new Array<number>(168).fill(0);
  for (let k = 0; k * H < overMs; k++) {
    const length = Math.min(H, overMs - k * H) / H;
    const h = k % 168;
    w[h] = w[h]! + weekly[Math.floor(h / 24)]! * daily[h % 24]! * length;
  }
  const total = w.reduce((s, x) => s + x, 0);
  return w.map((x) => x / total);
}

/** The multinomial bounds of the header, for counts of N customers against shares p. */
function expectMultinomial(counts: readonly number[], p: readonly number[]): { chi2: number; limit: number; df: number } {
  const N = counts.reduce((s, c) => s + c, 0);
  const positive = p.map((x, h) => ({ x, h })).filter(({ x }) => x > 0);
  const m = positive.length;
  const z = normalTwoSided(ALPHA / m);
  let chi2 = 0;
  let worst = 0;
  for (const { x, h } of positive) {
    const e = N * x;
    expect(e, `hour ${h}: expected count ≥ 5 for the χ² law`).toBeGreaterThanOrEqual(5);
    chi2 += (counts[h]! - e) ** 2 / e;
    worst = Math.max(worst, Math.abs(counts[h]! - e) / Math.sqrt(e * (1 - x)));
    expect(Math.abs(counts[h]! - e), `hour ${h}: ${counts[h]} against ${e.toFixed(1)}`).toBeLessThanOrEqual(z * Math.sqrt(e * (1 - x)));
  }
  p.forEach((x, h) => {
    if (x === 0) expect(counts[h], `hour ${h} has no weight`).toBe(0);
  });
  const limit = chiSquareQuantile(1 - ALPHA, m - 1);
  if (process.env.QUEUE_THEORY_LOG) console.log(`χ² = ${chi2.toFixed(2)} on ${m - 1} df, limit ${limit.toFixed(2)}, largest |z| ${worst.toFixed(2)} (limit ${z.toFixed(2)})`);
  expect(chi2).toBeLessThanOrEqual(limit);
  return { chi2, limit, df: m - 1 };
}

describe('cohort arrivals', () => {
  // 4 weeks and 12.5 hours: the last hour bucket (Monday 12:00–12:30 of week 5) counts half.
  const over = '684.5h';
  const overMs = durationMs(over)!;
  const N = 20_000;
  const seed = 7;
  const cohort = cohortWith({ over, weekly: WEEKLY, daily: DAILY });

  it('the hour-of-week counts follow weekly × daily (χ², per bucket, zeros), the partial last hour at half weight', () => {
    const r = simulate(arriveOnly, cohort, { customers: N, seed });
    expect(r.arrivals.overMs).toBe(overMs);
    expect(r.arrivals.byHourOfWeek.reduce((s, c) => s + c, 0)).toBe(N);
    const p = hourOfWeekShares(overMs, WEEKLY, DAILY);
    // Monday 06:00–12:00 occur 5 times, 12:00 4.5 times, the rest 4 times.
    expect(p[6]! / p[30]!).toBeCloseTo(1.25, 12);
    expect(p[12]! / p[36]!).toBeCloseTo(4.5 / 4, 12);
    expectMultinomial(r.arrivals.byHourOfWeek, p);
  });

  it('every arrival is a whole ms in [0, over), drawn from the customer’s own stream; the run counts exactly those', () => {
    const profile = arrivalProfile(cohort.arrivals);
    const scratch = new Int32Array(STREAM_WORDS);
    const times = Array.from({ length: N }, (_x, i) => drawArrival(profile, seed, i, scratch));
    expect(times.every((t) => Number.isInteger(t) && t >= 0 && t < overMs)).toBe(true);
    // The same customer arrives at the same time whatever else is drawn around it.
    expect(drawArrival(profile, seed, 123, scratch)).toBe(times[123]);
    const r = simulate(arriveOnly, cohort, { customers: N, seed });
    const counts = new Array<number>(168).fill(0);
    for (const t of times) counts[hourOfWeek(t)]!++;
    expect(r.arrivals.byHourOfWeek).toEqual(counts);
    // Each customer ends as it enters: the span is the last arrival.
    expect(r.spanMs).toBe(Math.max(...times));
    // Fewer customers are a prefix of the same customers (common random numbers).
    const fewer = simulate(arriveOnly, cohort, { customers: N / 4, seed });
    const prefix = new Array<number>(168).fill(0);
    for (const t of times.slice(0, N / 4)) prefix[hourOfWeek(t)]!++;
    expect(fewer.arrivals.byHourOfWeek).toEqual(prefix);

    // Within its hour, uniform (DKW–Massart). The half hour at the end is left out (uniform on its half).
    const positions = times.filter((t) => t < Math.floor(overMs / H) * H).map((t) => (t % H) / H).sort((a, b) => a - b);
    const n = positions.length;
    let d = 0;
    positions.forEach((x, k) => (d = Math.max(d, Math.abs((k + 1) / n - x), Math.abs(k / n - x))));
    expect(d).toBeLessThanOrEqual(Math.sqrt(Math.log(2 / ALPHA) / (2 * n)));
  });

  it('a partial last hour weighs its part: over 1.5h, flat, puts 2/3 in the first hour and 1/3 in the half after', () => {
    const r = simulate(arriveOnly, cohortWith({ over: '1.5h' }), { customers: N, seed });
    expect(r.spanMs).toBeLessThan(1.5 * H);
    expectMultinomial(r.arrivals.byHourOfWeek, [2 / 3, 1 / 3, ...new Array<number>(166).fill(0)]);
  });

  it('overMs (the CLI’s --over) replaces arrivals.over: 3.5 days of the same profile', () => {
    const short = 84 * H; // Monday 00:00 to Thursday 12:00
    const r = simulate(arriveOnly, cohort, { customers: 5000, seed, overMs: short });
    expect(r.arrivals.overMs).toBe(short);
    expect(r.spanMs).toBeLessThan(short);
    const p = hourOfWeekShares(short, WEEKLY, DAILY);
    expect(p.slice(84).every((x) => x === 0)).toBe(true);
    expectMultinomial(r.arrivals.byHourOfWeek, p);
  });

  it('overMs on a cohort without arrivals spreads the customers flat; without either everyone enters at Monday 00:00', () => {
    const flat = simulate(arriveOnly, cohortWith(), { customers: 10_000, seed, overMs: 7 * 24 * H });
    expect(flat.arrivals.overMs).toBe(7 * 24 * H);
    expectMultinomial(flat.arrivals.byHourOfWeek, hourOfWeekShares(7 * 24 * H, FLAT_WEEK, FLAT_DAY));
    const atOnce = simulate(arriveOnly, cohortWith(), { customers: 100, seed });
    expect(atOnce.arrivals).toEqual({ overMs: 0, byHourOfWeek: [100, ...new Array<number>(167).fill(0)] });
    expect(atOnce.spanMs).toBe(0);
  });

  it('over longer than the horizon is an error, from the cohort or from overMs', () => {
    expect(() => simulate(arriveOnly, cohort, { customers: 10, seed, horizonMs: 28 * 24 * H })).toThrow(SimulationError);
    expect(() => simulate(arriveOnly, cohortWith({ over: '28d' }), { customers: 10, seed, horizonMs: 7 * 24 * H })).toThrow(/arrive over 4w, longer than the horizon of 1w: shorten "over"/);
    expect(() => simulate(arriveOnly, cohortWith(), { customers: 10, seed, overMs: 2 * H, horizonMs: H })).toThrow(SimulationError);
    expect(() => simulate(arriveOnly, cohortWith(), { customers: 10, seed, overMs: 0 })).toThrow(SimulationError);
    // Equal is allowed: the arrivals are within [0, over) and so before the horizon.
    expect(simulate(arriveOnly, cohortWith(), { customers: 10, seed, overMs: H, horizonMs: H }).customers).toBe(10);
  });
});
