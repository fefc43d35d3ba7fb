// The simulator's staff queues against what queueing theory knows about their steady state: Erlang C
// (M/M/c), Erlang A (M/M/c+M), Pollaczek–Khinchine (M/D/1). Formulas: testing/queueTheory.ts.
//
// The set-up. A cohort with `arrivals: { over: T }` and flat profiles draws N customers uniformly on
// [0, T): a Poisson process of rate λ = N/T conditioned on N arrivals (DESIGN §5.1). Each goes
// straight to one desk (one team, c staff, FIFO), so the desk is the textbook queue. The horizon is
// T too, so the run is the queue observed on [0, T) from empty.
//
// The bound. Figures from one run are averages over an autocorrelated process, so no iid standard
// error applies. Instead each test runs K independent replications (seeds 1…K, independent streams)
// and uses the spread across them: for replication estimates X_1…X_K with mean X̄ and sample sd s,
// (X̄ − E[X])/(s/√K) is close to Student's t with K − 1 degrees of freedom (each X_r is itself an
// average over thousands of customers, so nearly normal). The test asserts
//   |X̄ − theory| ≤ t_{K−1, 1−α/2} · s/√K + allowance,     α = 1e-4 per figure,
// where the allowance is what separates E[X] from the steady-state theory, computed, not guessed:
// - warm-up: the run starts empty. For the birth–death queues the exact expectation over [0, T) from
//   empty is computed (fromEmpty: uniformisation; PASTA makes an arrival at t see the law at t), and
//   |E_T − steady state| is the allowance. For M/D/1 the M/M/1 of the same λ and μ is the proxy: in
//   heavy traffic the integrated warm-up deficit scales as (1 + c_s²)² (a reflected Brownian motion's
//   mean σ²/2δ times its relaxation time σ²/δ², σ² ∝ 1 + c_s²), so M/D/1's (c_s² = 0) is ~¼ of
//   M/M/1's: the proxy over-covers it.
// - the end: customers still waiting at T are counted offered but neither served nor abandoned. There
//   are Q(T) of them, E[Q(T)] ≤ E[Lq] (a birth–death chain started empty stays stochastically below
//   its stationary law), so shares move by at most E[Lq]/N in expectation, and the served mean wait
//   by about E[Lq]/N × a few mean waits of those who wait.
// - conditioning on N (binomial, not Poisson, arrivals): effects of order 1/N.
// Every allowance is asserted to stay below a quarter of the noise term: T is long against the
// relaxation time of each queue (~1/(μ(√c − √a)²) for M/M/c), so the theory tested is the steady state.
// With 10 figures checked, the chance that a correct simulator fails one for a fresh choice of seeds
// is about 1e-3; with the fixed seeds the tests are deterministic.
import { afterAll, describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import type { TeamStats } from './result/simulationResult';
import { cohortOf, journeyOf } from './testing/closedFormJourneys';
import { erlangA, fromEmpty, md1MeanWait, mmc, queueChain, replicated, studentTQuantile } from './testing/queueTheory';
import { cohortSchema, type Cohort } from '../model/cohort';

const MIN = 60_000;
const DAY = 86_400_000;
const ALPHA = 1e-4;
const K = 24;
/** These runs take seconds; on a loaded machine, more. */
const SLOW = { timeout: 120_000 };

/** One desk of team `clerks` (c staff, the handle time), then done; the team's target answers within `withinMs`. */
function desk(staff: number, handle: unknown, withinMs: number) {
  return journeyOf({
    id: 'desk',
    start: 'desk',
    teams: [{ id: 'clerks', name: 'Clerks', staff, costPerHour: 60, serviceLevel: { answer: 0.8, within: withinMs } }],
    nodes: [
      { id: 'desk', kind: 'touchpoint', label: 'Desk', channel: 'phone', work: { team: 'clerks', handle } },
      { id: 'done', kind: 'outcome', label: 'Done', result: 'success' },
    ],
    edges: [{ id: 'leave', from: 'desk', to: 'done', always: true }],
  });
}

/** N customers over [0, T) with flat profiles: Poisson arrivals conditioned on N. */
function poisson(overMs: number, patienceMin?: number): Cohort {
  const base = cohortOf([{ id: 'all', share: 1, ...(patienceMin !== undefined ? { patience: { dist: 'exponential', mean: `${patienceMin}m` } } : {}) }]);
  return cohortSchema.parse({ ...base, arrivals: { over: overMs } });
}

/** The team's figures of K replications (seeds 1…K). */
function replications(count: number, run: (seed: number) => TeamStats): TeamStats[] {
  return Array.from({ length: count }, (_x, r) => run(r + 1));
}

interface Figure {
  figure: string;
  theory: number;
  simulated: number;
  se: number;
  noise: number;
  allowance: number;
}
const measured: Figure[] = [];

/** |mean of the replications − theory| ≤ t_{K−1,1−α/2}·se + allowance, the allowance being small. */
function expectTheory(figure: string, values: readonly number[], theory: number, allowance: number): void {
  const r = replicated(values);
  const noise = studentTQuantile(1 - ALPHA / 2, r.k - 1) * r.se;
  const f: Figure = { figure, theory, simulated: r.mean, se: r.se, noise, allowance };
  measured.push(f);
  expect(allowance, `${figure}: the warm-up/end allowance is not small against the noise: ${JSON.stringify(f)}`).toBeLessThan(0.25 * noise);
  expect(Math.abs(r.mean - theory), `${figure}: ${JSON.stringify(f)}`).toBeLessThanOrEqual(noise + allowance);
}

/** n ↦ f(n) on the chain's states. */
const onStates = (nMax: number, f: (n: number) => number) => Float64Array.from({ length: nMax + 1 }, (_x, n) => f(n));

const EXP_10M = { dist: 'exponential', mean: '10m' };

describe('steady-state queues against theory (fast engine, K = 24 replications a figure, 48 for the M/M/c waits)', () => {
  it('Erlang C, M/M/10 at a = 8 (ρ = 0.8): mean wait, P(wait) = C(10, 8), P(W ≤ 5m) = 1 − C·e^{−(cμ−λ)·5m}, utilisation', SLOW, () => {
    // λ = 0.8/min, μ = 0.1/min (handle exponential, mean 10m), c = 10: C(10, 8) = 0.4092, Wq = C/(cμ − λ) = 2.046 min.
    // Relaxation ~1/(μ(√10 − √8)²) ≈ 90 min; T = 14 days ≈ 220 of them.
    const [lambda, mu, c, T] = [0.8, 0.1, 10, 14 * DAY];
    const N = Math.round((lambda * T) / MIN);
    const theory = mmc(lambda, mu, c);
    // The target changes no dynamics, only what is counted: seeds 1…K set it to 0 (the served at once: 1 − C), seeds
    // K+1…2K to 5m; the mean wait and the utilisation use all 2K replications.
    const results = Array.from({ length: 2 * K }, (_x, r) => simulate(desk(c, EXP_10M, r < K ? 0 : 5 * MIN), poisson(T), { customers: N, seed: r + 1, horizonMs: T }));
    const runs = results.map((r) => r.teams.clerks!);
    const atOnce = runs.slice(0, K);
    const within5 = runs.slice(K);
    for (const r of results) {
      const team = r.teams.clerks!;
      expect(team.offered).toBe(N);
      expect(team.abandoned).toBe(0);
      // No schedule: c on duty around the clock over the span (T, unless the system happened to be empty at T).
      expect(r.spanMs).toBeLessThanOrEqual(T);
      expect(team.onDutyHours).toBeCloseTo((c * r.spanMs) / (60 * MIN), 5);
    }
    // The same figures expected over [0, T) from empty (exact), and the end effect.
    const q = queueChain(lambda, mu, c, 0);
    const [waitT, busyT, waitsT, within5T] = fromEmpty(q.chain, T / MIN, [q.byState.wait, q.byState.busy, q.byState.waits, q.byState.servedWithin(5)]);
    const end = theory.meanQueue / N;
    expectTheory('M/M/10 mean wait (min)', runs.map((r) => r.meanWaitMs! / MIN), theory.meanWait, Math.abs(waitT! - theory.meanWait) + end * 3 / (c * mu - lambda));
    expectTheory('M/M/10 P(wait) = C(10, 8)', atOnce.map((r) => 1 - r.serviceLevel!), theory.pWait, Math.abs(waitsT! - theory.pWait) + end);
    expectTheory('M/M/10 P(W ≤ 5m)', within5.map((r) => r.serviceLevel!), theory.serviceLevel(5), Math.abs(within5T! - theory.serviceLevel(5)) + end);
    expectTheory('M/M/10 utilisation', runs.map((r) => r.utilization), theory.utilization, Math.abs(busyT! - theory.utilization) + 1 / N);
  });

  it('Erlang A, M/M/10+M at a = 10, patience mean 20m: abandonment, utilisation, mean wait of the served, P(served within 2m)', SLOW, () => {
    // λ = 1/min, μ = 0.1/min, c = 10, θ = 0.05/min: the offered load is the capacity, abandonment keeps it stable.
    // Relaxation ≲ 1/θ = 20 min at the congested end; T = 5 days.
    const [lambda, mu, c, theta, T] = [1, 0.1, 10, 0.05, 5 * DAY];
    const N = Math.round((lambda * T) / MIN);
    const theory = erlangA(lambda, mu, c, theta);
    const runs = replications(K, (seed) => simulate(desk(c, EXP_10M, 2 * MIN), poisson(T, 1 / theta), { customers: N, seed, horizonMs: T }).teams.clerks!);
    const q = theory.model;
    const queued = onStates(q.chain.nMax, (n) => Math.max(0, n - c));
    const [queuedT, busyT, servedT, servedWaitT, within2T] = fromEmpty(q.chain, T / MIN, [queued, q.byState.busy, q.byState.served, q.byState.servedWait, q.byState.servedWithin(2)]);
    const end = theory.meanQueue / N;
    // Giving up is a point process of intensity θ·Lq(t): abandonments counted on [0, T) have mean θ∫Lq, no end effect.
    // So this is also the test of the mean wait of all customers, E[Lq]/λ = P(abandon)/θ (Little): the result
    // reports the waits of the served only.
    expectTheory('M/M/10+M P(abandon)', runs.map((r) => r.abandonRate), theory.pAbandon, Math.abs((theta * queuedT!) / lambda - theory.pAbandon) + 1 / N);
    expectTheory('M/M/10+M utilisation', runs.map((r) => r.utilization), theory.utilization, Math.abs(busyT! - theory.utilization) + 1 / N);
    expectTheory(
      'M/M/10+M mean wait of the served (min)',
      runs.map((r) => r.meanWaitMs! / MIN),
      theory.meanWaitServed,
      Math.abs(servedWaitT! / servedT! - theory.meanWaitServed) + end * 3 / (c * mu),
    );
    expectTheory('M/M/10+M P(served within 2m)', runs.map((r) => r.serviceLevel!), theory.servedWithin(2), Math.abs(within2T! - theory.servedWithin(2)) + end);
    for (const r of runs) expect(r.served + r.abandoned).toBeLessThanOrEqual(N);
  });

  it('M/D/1 at ρ = 0.7: Pollaczek–Khinchine Wq = ρ/(2μ(1 − ρ)), and P(wait) = ρ (any M/G/1, by PASTA)', SLOW, () => {
    // λ = 0.07/min, handle fixed 10m: Wq = 0.7·10/(2·0.3) = 11.67 min. M/M/1's relaxation 1/(μ(1 − √ρ)²) ≈ 6.2 h; T = 8 weeks ≈ 210 of them.
    const [lambda, h, T] = [0.07, 10, 56 * DAY];
    const N = Math.round((lambda * T) / MIN);
    const wq = md1MeanWait(lambda, h);
    const runs = replications(K, (seed) => simulate(desk(1, '10m', 0), poisson(T), { customers: N, seed, horizonMs: T }).teams.clerks!);
    // Warm-up proxy: M/M/1 with the same λ, μ (see the header); end: Lq = λWq customers at most still waiting.
    const mm1 = queueChain(lambda, 1 / h, 1, 0);
    const m = mmc(lambda, 1 / h, 1);
    const [waitT, waitsT] = fromEmpty(mm1.chain, T / MIN, [mm1.byState.wait, mm1.byState.waits]);
    const end = (lambda * wq) / N;
    expectTheory('M/D/1 mean wait (min)', runs.map((r) => r.meanWaitMs! / MIN), wq, Math.abs(waitT! - m.meanWait) + end * 3 * m.meanWait);
    expectTheory('M/D/1 P(wait)', runs.map((r) => 1 - r.serviceLevel!), lambda * h, Math.abs(waitsT! - m.pWait) + end);
  });

  // QUEUE_THEORY_LOG=1 prints the figures: theory, simulated mean, its standard error, the bound's two terms.
  afterAll(() => {
    if (process.env.QUEUE_THEORY_LOG) console.table(measured);
  });
});
