// A/B comparison on common random numbers: the same N customers (same seed, same cohort: the same
// segments, attributes and behaviour streams) go through journey A and journey B. Per outcome (matched
// by node id; `stalled`, `abandoned`, `inProgress` too) the difference of shares B − A, with a paired
// 95% confidence interval from the per-customer differences d_i = [B_i = o] − [A_i = o]:
// mean ± 1.96 · sd / √N. Memory: one byte per customer (A's ending), compare runs are for analysis.
import type { Journey } from '../model/journey';
import type { Cohort } from '../model/cohort';
import { SimulationCore } from './core/simulationCore';
import { ENGINE_MODELS } from './engines';
import { buildSimulationPlan, type SimPlan } from './plan/simulationPlan';
import { round6 } from './result/buildResult';
import { checkCustomers, resolveRun, type SimulateOptions } from './simulate';
import { SimulationError } from './simulationError';

export const COMPARISON_FORMAT = 'comparison/1';

export interface OutcomeComparison {
  a: { count: number; share: number };
  b: { count: number; share: number };
  /** share B − share A. */
  diff: number;
  ci95: [number, number];
}

export interface Comparison {
  format: typeof COMPARISON_FORMAT;
  journeys: { a: string; b: string };
  cohort: string;
  customers: number;
  seed: number;
  engine: string;
  horizonMs: number;
  outcomes: Record<string, OutcomeComparison>;
  terminal: Record<'stalled' | 'abandoned' | 'inProgress', OutcomeComparison>;
}

const TERMINALS = ['stalled', 'abandoned', 'inProgress'] as const;

/** Labels of a run's endings by category (outcome node ids, then the terminal kinds). */
function labelsOf(plan: SimPlan): string[] {
  return [...plan.outcomes.map((n) => plan.nodes[n]!.id), ...TERMINALS.map((t) => `#${t}`)];
}

/** `f`, whose SimulationError says it is of journey `which`. */
function ofJourney<T>(which: 'a' | 'b', f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw err instanceof SimulationError ? err.within({ journey: which }) : err;
  }
}

export function compareJourneys(a: Journey, b: Journey, cohort: Cohort, options: SimulateOptions): Comparison {
  checkCustomers(options.customers);
  const run = resolveRun(options);
  const N = options.customers;
  const planA = ofJourney('a', () => buildSimulationPlan(a, cohort));
  const planB = ofJourney('b', () => buildSimulationPlan(b, cohort));
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const labelOf = (l: string) => {
    let i = labelIndex.get(l);
    if (i === undefined) {
      i = labels.length;
      labels.push(l);
      labelIndex.set(l, i);
    }
    return i;
  };
  const mapA = labelsOf(planA).map(labelOf);
  const mapB = labelsOf(planB).map(labelOf);
  if (labels.length > 255) throw new SimulationError('compare handles at most 255 different outcomes');
  const L = labels.length;
  const endA = new Uint8Array(N).fill(255);
  /** counts[x * L + y]: customers ending at x in A and at y in B. */
  const counts = new Float64Array(L * L);
  const half = (done: number) => options.onProgress?.(Math.floor(done / 2), N);
  const common = { seed: run.seed, horizonMs: run.horizonMs, ...(run.overMs !== undefined ? { overMs: run.overMs } : {}), progressEvery: Math.max(1, Math.floor(N / 50)) };
  ofJourney('a', () =>
    new SimulationCore(planA, ENGINE_MODELS[run.engine], {
      ...common,
      onCustomerEnd: (i, category) => void (endA[i] = mapA[category]!),
      onProgress: half,
      ...(options.shouldCancel ? { shouldCancel: options.shouldCancel } : {}),
    }).run(0, N),
  );
  ofJourney('b', () =>
    new SimulationCore(planB, ENGINE_MODELS[run.engine], {
      ...common,
      onCustomerEnd: (i, category) => {
        const x = endA[i]!;
        counts[x * L + mapB[category]!]!++;
      },
      onProgress: (done) => options.onProgress?.(Math.floor((N + done) / 2), N),
      ...(options.shouldCancel ? { shouldCancel: options.shouldCancel } : {}),
    }).run(0, N),
  );
  options.onProgress?.(N, N);

  const compareLabel = (o: number): OutcomeComparison => {
    let countA = 0;
    let countB = 0;
    let differing = 0; // customers with d_i = ±1
    for (let x = 0; x < L; x++) {
      for (let y = 0; y < L; y++) {
        const c = counts[x * L + y]!;
        if (x === o) countA += c;
        if (y === o) countB += c;
        if ((x === o) !== (y === o)) differing += c;
      }
    }
    const mean = (countB - countA) / N;
    const variance = N > 1 ? Math.max(0, (differing - N * mean * mean) / (N - 1)) : 0;
    const half95 = (1.96 * Math.sqrt(variance)) / Math.sqrt(N);
    return {
      a: { count: countA, share: round6(countA / N) },
      b: { count: countB, share: round6(countB / N) },
      diff: round6(mean),
      ci95: [round6(mean - half95), round6(mean + half95)],
    };
  };
  const outcomes: Record<string, OutcomeComparison> = {};
  labels.forEach((l, o) => {
    if (!l.startsWith('#')) outcomes[l] = compareLabel(o);
  });
  const terminal = Object.fromEntries(TERMINALS.map((t) => [t, compareLabel(labelIndex.get(`#${t}`)!)])) as Comparison['terminal'];
  return {
    format: COMPARISON_FORMAT,
    journeys: { a: a.id, b: b.id },
    cohort: cohort.id,
    customers: N,
    seed: run.seed,
    engine: run.engine,
    horizonMs: run.horizonMs,
    outcomes,
    terminal,
  };
}
