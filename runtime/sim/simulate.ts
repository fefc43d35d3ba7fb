// The simulator's API: pure and synchronous, with no Node and no DOM API, so it runs in a Web
// Worker, the page or the CLI alike. Randomness and time are injected: seeded streams, simulated
// clock. A run can also be split: the admission phase of ranges of customers runs anywhere (other
// threads), and one completion joins them (see SimulationCore for the two phases).
import type { Journey } from '../model/journey';
import type { Cohort } from '../model/cohort';
import { SimulationCore, type CoreOptions } from './core/simulationCore';
import { createMetrics, mergeMetrics, type SimulationMetrics } from './core/metrics';
import { ENGINE_MODELS } from './engines';
import { buildSimulationPlan, type SimPlan } from './plan/simulationPlan';
import { buildResult } from './result/buildResult';
import type { Engine, SimulationResult } from './result/simulationResult';
import { SimulationError } from './simulationError';
import { arrivalProfile } from './calendar/arrivalDraw';
import { formatDuration } from '../model/duration';

/** 365 days: customers still inside then are `inProgress`. */
export const DEFAULT_HORIZON_MS = 365 * 86_400_000;
export const DEFAULT_SEED = 1;

export interface RunOptions {
  /** Seed of every random stream (a safe integer). Default 1. */
  seed?: number;
  /** Default `fast`. */
  engine?: Engine;
  /** Default 365 days. */
  horizonMs?: number;
  /** Overrides the cohort's `arrivals.over`: the customers arrive within [0, overMs). */
  overMs?: number;
}

export interface SimulateOptions extends RunOptions {
  /** N, a positive integer. */
  customers: number;
  /** Called about every 1% of customers done, and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Checked at each progress point, between customers: true stops the run with SimulationCancelled. */
  shouldCancel?: () => boolean;
}

export interface ResolvedRun {
  seed: number;
  engine: Engine;
  horizonMs: number;
  overMs?: number;
}

/** Checks and completes run options (SimulationError on bad values). */
export function resolveRun(options: RunOptions): ResolvedRun {
  const seed = options.seed ?? DEFAULT_SEED;
  const engine = options.engine ?? 'fast';
  const horizonMs = options.horizonMs ?? DEFAULT_HORIZON_MS;
  if (!Number.isSafeInteger(seed)) throw new SimulationError(`the seed must be an integer, not ${seed}`);
  if (!Object.prototype.hasOwnProperty.call(ENGINE_MODELS, engine)) throw new SimulationError(`unknown engine '${engine}': use fast or reference`);
  if (!(Number.isFinite(horizonMs) && horizonMs >= 0)) throw new SimulationError(`the horizon must be a duration ≥ 0, not ${horizonMs}`);
  const run: ResolvedRun = { seed, engine, horizonMs };
  if (options.overMs !== undefined) {
    if (!(Number.isFinite(options.overMs) && options.overMs > 0)) throw new SimulationError(`the arrivals' spread must be a duration above 0, not ${options.overMs}`);
    if (options.overMs > horizonMs) throw new SimulationError(`the customers arrive over ${formatDuration(options.overMs)}, longer than the horizon of ${formatDuration(horizonMs)}: shorten it or lengthen the horizon`);
    run.overMs = options.overMs;
  }
  return run;
}

export function checkCustomers(n: number): void {
  if (!(Number.isSafeInteger(n) && n >= 1 && n <= 0xffffffff)) throw new SimulationError(`the number of customers must be a positive integer, not ${n}`);
}

function createCore(plan: SimPlan, run: ResolvedRun, extra: Partial<CoreOptions> = {}): SimulationCore {
  return new SimulationCore(plan, ENGINE_MODELS[run.engine], { seed: run.seed, horizonMs: run.horizonMs, ...(run.overMs !== undefined ? { overMs: run.overMs } : {}), ...extra });
}

function progressOptions(options: SimulateOptions): Partial<CoreOptions> {
  const extra: Partial<CoreOptions> = {};
  if (options.onProgress || options.shouldCancel) {
    const total = options.customers;
    extra.progressEvery = Math.max(1, Math.floor(total / 100));
    extra.onProgress = (done) => options.onProgress?.(done, total);
    if (options.shouldCancel) extra.shouldCancel = options.shouldCancel;
  }
  return extra;
}

function resultMeta(plan: SimPlan, run: ResolvedRun) {
  return { seed: run.seed, engine: run.engine, horizonMs: run.horizonMs, overMs: arrivalProfile(plan.cohort.arrivals, run.overMs).overMs };
}

/** Simulates N customers through the journey (DESIGN §5) and returns the `simulation/1` result. */
export function simulate(journey: Journey, cohort: Cohort, options: SimulateOptions): SimulationResult {
  checkCustomers(options.customers);
  const run = resolveRun(options);
  const plan = buildSimulationPlan(journey, cohort);
  const metrics = createCore(plan, run, progressOptions(options)).run(0, options.customers);
  const result = buildResult(plan, metrics, resultMeta(plan, run));
  options.onProgress?.(options.customers, options.customers);
  return result;
}

/** The admission phase of customers [from, to): their metrics so far, and who still waits for staff. */
export interface AdmissionShard {
  from: number;
  to: number;
  metrics: SimulationMetrics;
  arrivals: { times: Float64Array; keys: Float64Array };
}

export interface ShardOptions extends RunOptions {
  from: number;
  to: number;
}

/**
 * Runs the admission phase of customers [from, to) (any thread). For a journey without work this
 * is the whole simulation of those customers, and shards merge (mergeMetrics) into exactly the
 * metrics of one run; with work, `completeSimulation` joins the shards.
 */
export function simulateAdmissions(journey: Journey, cohort: Cohort, options: ShardOptions): AdmissionShard {
  const run = resolveRun(options);
  const { from, to } = options;
  if (!(Number.isSafeInteger(from) && Number.isSafeInteger(to) && from >= 0 && to >= from && to <= 0xffffffff)) {
    throw new SimulationError(`a shard is a range of customers 0 ≤ from ≤ to, not [${from}, ${to})`);
  }
  const plan = buildSimulationPlan(journey, cohort);
  const core = createCore(plan, run);
  core.admitAll(from, to);
  return { from, to, metrics: core.metrics, arrivals: core.pendingArrivals() };
}

/** Joins the admission shards of customers [0, N) and runs the interaction phase: the result of the whole run. */
export function completeSimulation(journey: Journey, cohort: Cohort, shards: readonly AdmissionShard[], options: SimulateOptions): SimulationResult {
  checkCustomers(options.customers);
  const run = resolveRun(options);
  const sorted = [...shards].sort((a, b) => a.from - b.from);
  let next = 0;
  for (const s of sorted) {
    if (s.from !== next) throw new SimulationError(`the shards do not cover customers [0, ${options.customers}): a gap or overlap at ${next}`);
    next = s.to;
  }
  if (next !== options.customers) throw new SimulationError(`the shards cover ${next} customers, not ${options.customers}`);
  const plan = buildSimulationPlan(journey, cohort);
  const core = createCore(plan, run, progressOptions(options));
  for (const s of sorted) core.addArrivals(s.arrivals.times, s.arrivals.keys);
  const metrics = core.interactAll();
  for (const s of sorted) mergeMetrics(metrics, s.metrics);
  return buildResult(plan, metrics, resultMeta(plan, run));
}

/** The metrics of nothing (to merge into). */
export function emptyMetrics(journey: Journey, cohort: Cohort): SimulationMetrics {
  return createMetrics(buildSimulationPlan(journey, cohort));
}

export { mergeMetrics, type SimulationMetrics };
