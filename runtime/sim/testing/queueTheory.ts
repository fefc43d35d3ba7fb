// What queueing theory knows, for the simulator's closed-form tests (queueTheory.test.ts): Erlang B
// and C (M/M/c), Erlang A (M/M/c+M, computed from its birth–death chain, the served customers'
// waiting-time distribution from the chain a tagged arrival sees), Pollaczek–Khinchine (M/D/1), and
// the quantiles of Student's t and of the chi-square distribution the statistical bounds use.
//
// Rates are per unit of time, times in the same unit (the tests use minutes).

// ---------------------------------------------------------------- Erlang B and C (M/M/c)

/**
 * Erlang B, the blocking probability of M/M/c/c with offered load `a` = λ/μ, by the stable
 * recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)).
 */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Erlang C, the probability that an arrival waits in M/M/c (a < c): C = B / (1 − ρ(1 − B)), ρ = a/c. */
export function erlangC(c: number, a: number): number {
  if (!(a < c)) throw new Error(`M/M/${c} with offered load ${a} is unstable`);
  const b = erlangB(c, a);
  const rho = a / c;
  return b / (1 - rho * (1 - b));
}

export interface MMc {
  /** Utilisation ρ = λ/(cμ). */
  utilization: number;
  /** Probability of waiting, C(c, a). */
  pWait: number;
  /** Mean wait in queue (of all: all are served), Wq = C / (cμ − λ). */
  meanWait: number;
  /** Mean number waiting, Lq = λ·Wq. */
  meanQueue: number;
  /** P(W ≤ t) = 1 − C·e^{−(cμ−λ)t}. */
  serviceLevel(t: number): number;
}

/** The steady state of M/M/c: Poisson arrivals λ, c servers, exponential service of rate μ, FIFO. */
export function mmc(lambda: number, mu: number, c: number): MMc {
  const a = lambda / mu;
  const pWait = erlangC(c, a);
  const drain = c * mu - lambda;
  return {
    utilization: a / c,
    pWait,
    meanWait: pWait / drain,
    meanQueue: (lambda * pWait) / drain,
    serviceLevel: (t) => 1 - pWait * Math.exp(-drain * t),
  };
}

// ---------------------------------------------------------------- Pollaczek–Khinchine (M/D/1)

/** Mean wait in queue of M/D/1 (handle time h = 1/μ, ρ = λh < 1): Wq = ρ / (2μ(1 − ρ)) = ρh / (2(1 − ρ)). */
export function md1MeanWait(lambda: number, handle: number): number {
  const rho = lambda * handle;
  if (!(rho < 1)) throw new Error(`M/D/1 with ρ = ${rho} is unstable`);
  return (rho * handle) / (2 * (1 - rho));
}

// ---------------------------------------------------------------- M/M/c+M as a birth–death chain

/** A birth–death chain on n = 0 … nMax (the number of customers in the system). */
export interface Chain {
  nMax: number;
  birth(n: number): number;
  death(n: number): number;
}

/** Figures of the state n (0 … nMax): what an arrival finding n customers can expect, or the state at a time. */
export interface ByState {
  /** Busy staff share, min(n, c)/c. */
  busy: Float64Array;
  /** 1 when the arrival must wait (n ≥ c). */
  waits: Float64Array;
  /** P(served | n). */
  served: Float64Array;
  /** E[W·1{served} | n]. */
  servedWait: Float64Array;
  /** E[time in queue, served or not | n]. */
  wait: Float64Array;
  /** P(served and W ≤ t | n). */
  servedWithin(t: number): Float64Array;
}

export interface QueueChain {
  chain: Chain;
  /** The stationary law of n, truncated where π_n/max π is below 1e-16 (and falling geometrically). */
  pi: Float64Array;
  byState: ByState;
}

/** Σ_n π_n·f_n. */
export function expectation(pi: Float64Array, f: Float64Array): number {
  let e = 0;
  for (let n = 0; n < pi.length; n++) e += pi[n]! * f[n]!;
  return e;
}

/**
 * M/M/c+M (θ = 0: M/M/c): Poisson arrivals λ, c servers of rate μ, FIFO, each waiting customer
 * gives up at rate θ (an exponential patience of mean 1/θ).
 *
 * The number in system n is a birth–death chain: birth λ, death min(n, c)μ + (n − c)⁺θ. Its
 * stationary law is π_n ∝ Π_{k=1..n} λ/death(k), truncated at the first n > c where death(n) > λ
 * and π_n/max π < 1e-16 (past that the ratios λ/death(k) < 1 keep falling or stay at ρ < 1, so the
 * tail left out is below ~1e-16/(1 − ratio)).
 *
 * A tagged arrival: by PASTA it finds n with probability π_n. With n < c it is served at once. With
 * n = c + k (k ≥ 0 waiting ahead, all c busy) it is in state j = k of a chain where, while j are
 * ahead, the queue ahead moves on at rate cμ + jθ (a service completion takes the head, or one of
 * the j ahead gives up) while it gives up itself at rate θ; from j = 0 it is served at rate cμ.
 * (FIFO and exponential patience: those behind never matter.) The time in state j is Exp(a_j),
 * a_j = cμ + (j+1)θ, whichever way it leaves, and independent of that way. So
 *   P(served | k)        = Π_{j=0..k} (cμ + jθ)/a_j,
 *   E[W·1{served} | k]   = P(served | k) · Σ_{j=0..k} 1/a_j,
 *   E[time in queue | k] = Σ_{j=0..k} P(reach j | k)/a_j, P(reach j | k) = Π_{i=j+1..k} (cμ + iθ)/a_i,
 *   P(served, W ≤ t | k) by uniformisation of that chain (uniformisedServed).
 */
export function queueChain(lambda: number, mu: number, c: number, theta: number): QueueChain {
  if (!(theta >= 0)) throw new Error('the patience rate θ must be ≥ 0');
  if (theta === 0 && !(lambda < c * mu)) throw new Error(`M/M/${c} with λ = ${lambda}, cμ = ${c * mu} is unstable`);
  const death = (n: number) => Math.min(n, c) * mu + Math.max(0, n - c) * theta;
  // Unnormalised π_n in log space (no overflow for large loads), then normalised.
  const logs: number[] = [0];
  let maxLog = 0;
  for (let n = 1; ; n++) {
    const log = logs[n - 1]! + Math.log(lambda) - Math.log(death(n));
    logs.push(log);
    maxLog = Math.max(maxLog, log);
    if (n > c && lambda < death(n) && log - maxLog < Math.log(1e-16)) break;
    if (n > 1_000_000) throw new Error('the chain does not settle');
  }
  const nMax = logs.length - 1;
  const pi = new Float64Array(nMax + 1);
  let total = 0;
  for (let n = 0; n <= nMax; n++) total += (pi[n] = Math.exp(logs[n]! - maxLog));
  for (let n = 0; n <= nMax; n++) pi[n] = pi[n]! / total;

  const K = nMax - c;
  const rateOut = (j: number) => c * mu + (j + 1) * theta;
  const advance = (j: number) => c * mu + j * theta;
  const busy = new Float64Array(nMax + 1);
  const waits = new Float64Array(nMax + 1);
  const served = new Float64Array(nMax + 1).fill(1);
  const servedWait = new Float64Array(nMax + 1);
  const wait = new Float64Array(nMax + 1);
  for (let n = 0; n <= nMax; n++) {
    busy[n] = Math.min(n, c) / c;
    waits[n] = n >= c ? 1 : 0;
  }
  let pServed = 1;
  let sojourn = 0;
  for (let k = 0; k <= K; k++) {
    pServed *= advance(k) / rateOut(k);
    sojourn += 1 / rateOut(k);
    served[c + k] = pServed;
    servedWait[c + k] = pServed * sojourn;
    // From k: reach j = k, k−1, …, 0 in turn, each with the chance of having moved on so far.
    let reach = 1;
    let w = 0;
    for (let j = k; j >= 0; j--) {
      w += reach / rateOut(j);
      reach *= advance(j) / rateOut(j);
    }
    wait[c + k] = w;
  }
  const servedWithin = (t: number): Float64Array => {
    const f = new Float64Array(nMax + 1);
    for (let n = 0; n < Math.min(c, nMax + 1); n++) f[n] = 1;
    if (K >= 0 && t > 0) {
      const u = uniformisedServed(K, rateOut, advance, t);
      for (let k = 0; k <= K; k++) f[c + k] = u[k]!;
    }
    return f;
  };
  return { chain: { nMax, birth: () => lambda, death }, pi, byState: { busy, waits, served, servedWait, wait, servedWithin } };
}

/**
 * P(absorbed in "served" by time t), for each start j = 0 … K of the tagged chain: j → j−1 at rate
 * advance(j) (j = 0 → served), j → gave up at rate θ = rateOut(j) − advance(j). Uniformisation:
 * with Λ ≥ every rateOut(j), u(t) = Σ_m Poisson(m; Λt) · v_m, where v_m(j) is the probability that
 * the jump chain (stay with 1 − rateOut(j)/Λ) is in "served" after m jumps. The Poisson weights are
 * computed in log space (no underflow for large Λt) and summed to m = Λt + 12√(Λt) + 30, past which
 * their mass is below 1e-30.
 */
function uniformisedServed(K: number, rateOut: (j: number) => number, advance: (j: number) => number, t: number): Float64Array {
  let L = 0;
  for (let j = 0; j <= K; j++) L = Math.max(L, rateOut(j));
  const x = L * t;
  const last = Math.ceil(x + 12 * Math.sqrt(x) + 30);
  let v = new Float64Array(K + 1);
  let next = new Float64Array(K + 1);
  const u = new Float64Array(K + 1);
  const logX = Math.log(x);
  for (let m = 0; m <= last; m++) {
    const w = Math.exp(-x + m * logX - logGamma(m + 1));
    if (w > 0) for (let j = 0; j <= K; j++) u[j] = u[j]! + w * v[j]!;
    // One jump: from j, to j−1 (or served) with advance(j)/Λ, stay with 1 − rateOut(j)/Λ.
    for (let j = 0; j <= K; j++) {
      const stay = 1 - rateOut(j) / L;
      const ahead = j === 0 ? 1 : v[j - 1]!;
      next[j] = stay * v[j]! + (advance(j) / L) * ahead;
    }
    [v, next] = [next, v];
  }
  return u;
}

// ---------------------------------------------------------------- Erlang A (M/M/c+M)

export interface ErlangA {
  model: QueueChain;
  /** Mean number waiting E[Lq] = Σ (n − c)⁺ π_n. */
  meanQueue: number;
  /** P(abandon) = θ·E[Lq]/λ (the rate of giving up over the rate of arrivals). */
  pAbandon: number;
  /** P(an arrival waits at all) = Σ_{n ≥ c} π_n (PASTA). */
  pWait: number;
  /** E[min(n, c)]/c: the share of the staff busy. */
  utilization: number;
  /** Mean wait of all customers (served or not) = E[Lq]/λ (Little). */
  meanWaitAll: number;
  /** Mean wait of the served customers: E[W·1{served}]/P(served). */
  meanWaitServed: number;
  /** P(served and W ≤ t), over all offered: the service level with target t. */
  servedWithin(t: number): number;
}

/** The steady state of M/M/c+M (see queueChain for the derivations). */
export function erlangA(lambda: number, mu: number, c: number, theta: number): ErlangA {
  if (!(theta > 0)) throw new Error('Erlang A needs a patience rate θ > 0 (θ = 0 is Erlang C)');
  const model = queueChain(lambda, mu, c, theta);
  const { pi, byState } = model;
  let meanQueue = 0;
  for (let n = c; n < pi.length; n++) meanQueue += (n - c) * pi[n]!;
  return {
    model,
    meanQueue,
    pAbandon: (theta * meanQueue) / lambda,
    pWait: expectation(pi, byState.waits),
    utilization: expectation(pi, byState.busy),
    meanWaitAll: meanQueue / lambda,
    meanWaitServed: expectation(pi, byState.servedWait) / expectation(pi, byState.served),
    servedWithin: (t) => expectation(pi, byState.servedWithin(t)),
  };
}

// ---------------------------------------------------------------- warm-up: the chain started empty

/**
 * The time averages (1/T)∫₀ᵀ E[f(n_t)] dt of a birth–death chain started empty (n_0 = 0), for each
 * f of `fs` (f[n] for n = 0 … nMax; the chain is truncated there: no birth out of nMax). A run of
 * length T that starts empty estimates these, not the stationary Σ f(n)π_n: their difference is the
 * warm-up bias. By uniformisation with Λ ≥ every birth(n) + death(n), the law at t is
 * Σ_m Poisson(m; Λt)·p_m (p_m = e_0·P^m, P the jump chain), and ∫₀ᵀ Poisson(m; Λt) dt =
 * P(Poisson(ΛT) > m)/Λ, so the average is Σ_m P(Poisson(ΛT) > m)·(p_m·f) / (ΛT).
 */
export function fromEmpty(chain: Chain, T: number, fs: readonly Float64Array[]): number[] {
  const { nMax, birth, death } = chain;
  const up = new Float64Array(nMax + 1);
  const down = new Float64Array(nMax + 1);
  let L = 0;
  for (let n = 0; n <= nMax; n++) {
    up[n] = n < nMax ? birth(n) : 0;
    down[n] = n > 0 ? death(n) : 0;
    L = Math.max(L, up[n]! + down[n]!);
  }
  const x = L * T;
  const last = Math.ceil(x + 12 * Math.sqrt(x) + 30);
  let p = new Float64Array(nMax + 1);
  let next = new Float64Array(nMax + 1);
  p[0] = 1;
  const sums = fs.map(() => 0);
  const logX = Math.log(x);
  let cdf = 0;
  for (let m = 0; m <= last; m++) {
    cdf += Math.exp(-x + m * logX - logGamma(m + 1));
    const tail = Math.max(0, 1 - cdf);
    if (tail === 0 && m > x) break;
    fs.forEach((f, i) => {
      let e = 0;
      for (let n = 0; n <= nMax; n++) e += p[n]! * f[n]!;
      sums[i] = sums[i]! + tail * e;
    });
    for (let n = 0; n <= nMax; n++) {
      next[n] = p[n]! * (1 - (up[n]! + down[n]!) / L) + (n > 0 ? (p[n - 1]! * up[n - 1]!) / L : 0) + (n < nMax ? (p[n + 1]! * down[n + 1]!) / L : 0);
    }
    [p, next] = [next, p];
  }
  return sums.map((s) => s / x);
}

// ---------------------------------------------------------------- distributions for the bounds

/** ln Γ(x), x > 0 (Lanczos, g = 7, 9 terms: ~15 digits). */
export function logGamma(x: number): number {
  const g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  x -= 1;
  let s = g[0]!;
  for (let i = 1; i < 9; i++) s += g[i]! / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
}

/** The regularised incomplete beta I_x(a, b) (continued fraction, modified Lentz). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - (logGamma(a) + logGamma(b) - logGamma(a + b))) / a;
  const tiny = 1e-300;
  let f = 1;
  let cc = 1;
  let d = 0;
  for (let i = 0; i <= 400; i++) {
    const m = Math.floor(i / 2);
    let num: number;
    if (i === 0) num = 1;
    else if (i % 2 === 0) num = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    else num = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    d = 1 / d;
    cc = 1 + num / cc;
    if (Math.abs(cc) < tiny) cc = tiny;
    const delta = cc * d;
    f *= delta;
    if (Math.abs(1 - delta) < 1e-15) break;
  }
  return front * (f - 1);
}

/** The regularised lower incomplete gamma P(s, x) (series below s + 1, continued fraction above). */
export function incompleteGamma(s: number, x: number): number {
  if (x <= 0) return 0;
  const lead = s * Math.log(x) - x - logGamma(s);
  if (x < s + 1) {
    let term = 1 / s;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
      term *= x / (s + n);
      sum += term;
      if (term < sum * 1e-16) break;
    }
    return sum * Math.exp(lead);
  }
  const tiny = 1e-300;
  let b = x + 1 - s;
  let cc = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    cc = b + an / cc;
    if (Math.abs(cc) < tiny) cc = tiny;
    d = 1 / d;
    const delta = d * cc;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 - Math.exp(lead) * h;
}

/** The CDF of Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The CDF of the chi-square distribution with `df` degrees of freedom. */
export function chiSquareCdf(x: number, df: number): number {
  return incompleteGamma(df / 2, x / 2);
}

/** The x with cdf(x) = p, for an increasing cdf, by bisection on [lo, hi] (hi doubled until it brackets). */
function invert(cdf: (x: number) => number, p: number, lo: number, hi: number): number {
  while (cdf(hi) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(hi)); i++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The p-quantile of Student's t with `df` degrees of freedom (0.5 < p < 1). */
export function studentTQuantile(p: number, df: number): number {
  return invert((t) => studentTCdf(t, df), p, 0, 10);
}

/** The p-quantile of the chi-square distribution with `df` degrees of freedom. */
export function chiSquareQuantile(p: number, df: number): number {
  return invert((x) => chiSquareCdf(x, df), p, 0, Math.max(1, 2 * df));
}

/** The z with P(|Z| > z) = α for a standard normal Z (Z² is chi-square with 1 degree of freedom). */
export function normalTwoSided(alpha: number): number {
  return Math.sqrt(chiSquareQuantile(1 - alpha, 1));
}

// ---------------------------------------------------------------- replications

export interface Replicated {
  mean: number;
  /** Sample standard deviation across the replications. */
  sd: number;
  /** Standard error of the mean, sd/√K. */
  se: number;
  k: number;
}

/** Mean, sample sd and standard error of K independent replications' estimates. */
export function replicated(values: readonly number[]): Replicated {
  const k = values.length;
  if (k < 2) throw new Error('at least two replications');
  const mean = values.reduce((s, v) => s + v, 0) / k;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (k - 1));
  return { mean, sd, se: sd / Math.sqrt(k), k };
}
