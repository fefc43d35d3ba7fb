// The queueing formulas the simulator is held to, against textbook values and against each other.
import { describe, expect, it } from 'vitest';
import {
  chiSquareQuantile,
  erlangA,
  erlangB,
  erlangC,
  expectation,
  fromEmpty,
  md1MeanWait,
  mmc,
  normalTwoSided,
  queueChain,
  replicated,
  studentTQuantile,
} from './queueTheory';

describe('Erlang B and C', () => {
  it('match the tables: a = 8 Erlang on c = 10 lines blocks 12.17%, waits 40.92%', () => {
    expect(erlangB(10, 8)).toBeCloseTo(0.121661, 6);
    expect(erlangC(10, 8)).toBeCloseTo(0.409180, 6);
  });

  it('match the small cases by hand: B(1, a) = a/(1+a), B(2, 1) = 1/5, M/M/1 waits with ρ, M/M/2 at ρ = ½ with 1/3', () => {
    expect(erlangB(1, 3)).toBeCloseTo(0.75, 12);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
  });

  it('the recursion stays stable for large loads (a = 950 on c = 1000)', () => {
    const b = erlangB(1000, 950);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(0.01);
    expect(erlangC(1000, 950)).toBeGreaterThan(b);
    expect(erlangC(1000, 950)).toBeLessThan(1);
  });

  it('M/M/c figures: Wq = C/(cμ − λ), Lq = λWq, P(W ≤ t) = 1 − C·e^{−(cμ−λ)t}', () => {
    // λ = 0.8/min, μ = 0.1/min, c = 10 (a = 8).
    const m = mmc(0.8, 0.1, 10);
    expect(m.utilization).toBeCloseTo(0.8, 12);
    expect(m.pWait).toBeCloseTo(0.40918, 5);
    expect(m.meanWait).toBeCloseTo(0.40918015 / 0.2, 6);
    expect(m.meanQueue).toBeCloseTo(0.8 * m.meanWait, 12);
    expect(m.serviceLevel(0)).toBeCloseTo(1 - m.pWait, 12);
    expect(m.serviceLevel(5)).toBeCloseTo(1 - 0.40918015 * Math.exp(-1), 6);
  });

  it('the birth–death chain with θ = 0 gives the same: stationary law, waits, and the served-within by uniformisation', () => {
    const m = mmc(0.8, 0.1, 10);
    const { pi, byState } = queueChain(0.8, 0.1, 10, 0);
    expect(pi.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(expectation(pi, byState.waits)).toBeCloseTo(m.pWait, 10);
    expect(expectation(pi, byState.busy)).toBeCloseTo(m.utilization, 10);
    expect(expectation(pi, byState.wait)).toBeCloseTo(m.meanWait, 9);
    expect(expectation(pi, byState.servedWait)).toBeCloseTo(m.meanWait, 9);
    expect(expectation(pi, byState.served)).toBeCloseTo(1, 12);
    for (const t of [0.5, 2, 5, 20]) expect(expectation(pi, byState.servedWithin(t))).toBeCloseTo(m.serviceLevel(t), 9);
  });
});

describe('Erlang A (M/M/c+M)', () => {
  it('with θ = μ the chain is M/M/∞: n ~ Poisson(a), so P(abandon) = E[(n − c)⁺]/a and utilisation = E[min(n, c)]/c', () => {
    const a = 12;
    const c = 10;
    let excess = 0;
    let busy = 0;
    let p = Math.exp(-a);
    for (let n = 0; n < 200; n++) {
      excess += Math.max(0, n - c) * p;
      busy += Math.min(n, c) * p;
      p *= a / (n + 1);
    }
    const e = erlangA(1.2, 0.1, c, 0.1);
    expect(e.pAbandon).toBeCloseTo(excess / a, 10);
    expect(e.utilization).toBeCloseTo(busy / c, 10);
  });

  it('the tagged arrival agrees with the rate balances: P(served) = 1 − θE[Lq]/λ, mean time in queue = E[Lq]/λ (Little)', () => {
    for (const [lambda, theta] of [[0.8, 0.05], [1.0, 0.05], [1.5, 0.2], [0.5, 1]] as const) {
      const e = erlangA(lambda, 0.1, 10, theta);
      const { pi, byState } = e.model;
      expect(expectation(pi, byState.served)).toBeCloseTo(1 - e.pAbandon, 10);
      expect(expectation(pi, byState.wait)).toBeCloseTo(e.meanWaitAll, 10);
      // Served within a time far beyond every wait: all the served.
      expect(e.servedWithin(1e4)).toBeCloseTo(1 - e.pAbandon, 9);
      expect(e.servedWithin(0)).toBeCloseTo(1 - e.pWait, 12);
      expect(e.meanWaitServed).toBeLessThan(e.meanWaitAll / (1 - e.pAbandon) + 1e-12);
    }
  });

  it('with one waiting place by hand: k = 0 ahead, served within t with cμ/(cμ+θ)·(1 − e^{−(cμ+θ)t})', () => {
    const { byState } = queueChain(1, 0.1, 10, 0.05);
    const within = byState.servedWithin(3);
    expect(within[10]).toBeCloseTo((1 / 1.05) * (1 - Math.exp(-1.05 * 3)), 10);
    expect(byState.served[10]).toBeCloseTo(1 / 1.05, 12);
    expect(byState.servedWait[10]).toBeCloseTo(1 / 1.05 / 1.05, 12);
  });

  it('tends to Erlang C as θ → 0', () => {
    const m = mmc(0.8, 0.1, 10);
    const e = erlangA(0.8, 0.1, 10, 1e-6);
    expect(e.pAbandon).toBeLessThan(1e-5);
    // The difference is first order in θ (about E[W²]·θ/2 for the mean).
    expect(Math.abs(e.meanWaitServed / m.meanWait - 1)).toBeLessThan(1e-4);
    expect(Math.abs(e.pWait / m.pWait - 1)).toBeLessThan(1e-4);
    expect(Math.abs(e.servedWithin(5) / m.serviceLevel(5) - 1)).toBeLessThan(1e-4);
  });

  it('is stable overloaded (a = 11 on c = 10)', () => {
    const e = erlangA(1.1, 0.1, 10, 0.05);
    expect(e.pAbandon).toBeGreaterThan(1 / 11 - 1e-9); // at least the excess load gives up
    expect(e.utilization).toBeCloseTo((1.1 * (1 - e.pAbandon)) / 1, 10); // served rate λ(1 − P(ab)) = cμ·utilisation
  });
});

describe('M/D/1 and the warm-up', () => {
  it('Pollaczek–Khinchine: ρ = ½, h = 1 waits ½; half the M/M/1 wait', () => {
    expect(md1MeanWait(0.5, 1)).toBeCloseTo(0.5, 12);
    expect(md1MeanWait(0.07, 10)).toBeCloseTo(mmc(0.07, 0.1, 1).meanWait / 2, 12);
  });

  it('fromEmpty: M/M/∞ started empty has E[n_t] = a(1 − e^{−μt}), time average a(1 − (1 − e^{−μT})/(μT))', () => {
    const mu = 0.1;
    const a = 8;
    const { chain } = queueChain(a * mu, mu, 10, mu);
    const f = new Float64Array(chain.nMax + 1).map((_x, n) => n);
    for (const T of [5, 30, 500]) expect(fromEmpty(chain, T, [f])[0]).toBeCloseTo(a * (1 - (1 - Math.exp(-mu * T)) / (mu * T)), 8);
  });

  it('fromEmpty tends to the stationary mean as T grows', () => {
    const q = queueChain(0.8, 0.1, 10, 0);
    const [w] = fromEmpty(q.chain, 1e5, [q.byState.wait]);
    expect(w! / mmc(0.8, 0.1, 10).meanWait).toBeGreaterThan(0.998);
    expect(w! / mmc(0.8, 0.1, 10).meanWait).toBeLessThan(1);
  });
});

describe('distributions of the bounds', () => {
  it("Student's t and chi-square quantiles match the tables", () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(studentTQuantile(0.995, 5)).toBeCloseTo(4.032143, 5);
    expect(studentTQuantile(0.9995, 19)).toBeCloseTo(3.883406, 5);
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 4);
    expect(chiSquareQuantile(0.95, 10)).toBeCloseTo(18.307038, 5);
    expect(chiSquareQuantile(0.999, 100)).toBeCloseTo(149.449252, 4);
    expect(chiSquareQuantile(0.5, 2)).toBeCloseTo(2 * Math.LN2, 8);
    expect(normalTwoSided(0.05)).toBeCloseTo(1.959964, 5);
    expect(normalTwoSided(1e-4)).toBeCloseTo(3.890592, 5);
  });

  it('replicated: mean, sample sd, standard error', () => {
    expect(replicated([1, 2, 3, 4])).toEqual({ mean: 2.5, sd: Math.sqrt(5 / 3), se: Math.sqrt(5 / 3) / 2, k: 4 });
  });
});
