// Benchmark of the simulator on the largest sample, with its operations model (cohort arrivals and
// team schedules): both engines side by side (separate processes, and warm in one process), 1M
// customers on 2 cores, and peak memory at 100k vs 1M customers. The arrival rate stays the
// sample's own (its default 1,000 customers over the cohort's `over`): N customers arrive over
// N/1,000 × over, so a larger N simulates a longer stretch of the same operation (same staffing,
// same queues) and the horizon is that span plus a year. Every measurement runs in a fresh child process
// (this same file, in child mode), so JIT warm-up and heap growth of one run do not leak into the
// next and the peak RSS (getrusage maxrss) belongs to that run alone. The 2-core run splits the
// admission phase between the main thread and one worker thread (this file again) and completes
// the run on the main thread; its result must hash to the same bytes as the 1-core run (which
// streams: see runtime/sim/README.md).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { cohortSchema, type Cohort } from '../runtime/model/cohort';
import { journeySchema, type Journey } from '../runtime/model/journey';
import { completeSimulation, simulate, simulateAdmissions, type AdmissionShard } from '../runtime/sim/simulate';
import type { Engine } from '../runtime/sim/result/simulationResult';
import { durationMs } from '../runtime/model/duration';
import { hasTrait } from '../nodes/registry';

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(SELF, '..', '..');
const SEED = 7;

const DEFAULT_CUSTOMERS = 1000;
/** Runs of 2,000 reference customers before it is timed. */
const REFERENCE_WARM_UP_RUNS = 8;
const YEAR_MS = 365 * 86_400_000;

type ChildMode = 'single' | 'parallel' | 'both' | 'splits';

interface ChildRun {
  mode: ChildMode;
  engine: Engine;
  customers: number;
  seconds: number;
  customersPerSecond: number;
  peakRssMB: number;
  resultSha256: string;
  admissionSeconds?: number;
  completionSeconds?: number;
  /** mode 'both': the reference engine's figures, measured in the same process after warm-up (medians of 3 trials). */
  referenceCustomersPerSecond?: number;
  trials?: { fast: number[]; reference: number[] };
  /** mode 'splits': the journey with its splits and without them, timed interleaved in one warm process. */
  splits?: SplitsFigures;
}

interface SplitsFigures {
  splits: string[];
  withSplits: { customersPerSecond: number; nodeEntriesPerCustomer: number; nodeEntriesPerSecond: number };
  withoutSplits: { customersPerSecond: number; nodeEntriesPerCustomer: number; nodeEntriesPerSecond: number };
}

/** The sample with a split (an experiment) that the split bench runs. */
const SPLIT_SAMPLE = 'grocery-weekly-shop';

/**
 * The journey with every split taken out: edges into a split go straight to its first variant's
 * target, and the split's own edges go. Customers then walk variant A's path without the split's
 * step, so the per-node-entry speed of the two can be compared.
 */
function withoutSplits(journey: Journey): Journey {
  const splits = new Set(journey.nodes.filter((n) => hasTrait(n.kind, 'assigns-variants')).map((n) => n.id));
  const firstTarget = new Map<string, string>();
  for (const e of journey.edges) if (splits.has(e.from) && !firstTarget.has(e.from)) firstTarget.set(e.from, e.to);
  return {
    ...journey,
    nodes: journey.nodes.filter((n) => !splits.has(n.id)),
    edges: journey.edges.filter((e) => !splits.has(e.from)).map((e) => (splits.has(e.to) ? { ...e, to: firstTarget.get(e.to)! } : e)),
  };
}

/** The run options that keep the sample's arrival rate for N customers. */
function runOf(cohort: Cohort, customers: number): { overMs: number; horizonMs: number } {
  const over = durationMs(cohort.arrivals?.over);
  if (over === undefined) throw new Error(`the bench sample's cohort '${cohort.id}' has no arrivals: the bench measures the operations model`);
  const overMs = Math.round((over * customers) / DEFAULT_CUSTOMERS);
  return { overMs, horizonMs: overMs + YEAR_MS };
}

function load(name: string): { journey: Journey; cohort: Cohort } {
  const journey = journeySchema.parse(JSON.parse(readFileSync(join(ROOT, 'samples', `${name}.journey.json`), 'utf8')));
  const cohort = cohortSchema.parse(JSON.parse(readFileSync(join(ROOT, 'samples', journey.cohort!), 'utf8')));
  return { journey, cohort };
}

/** The sample with the most nodes and edges. */
function largestSample(): string {
  let best = '';
  let size = -1;
  for (const f of readdirSync(join(ROOT, 'samples')).filter((x) => x.endsWith('.journey.json')).sort()) {
    const j = JSON.parse(readFileSync(join(ROOT, 'samples', f), 'utf8')) as { nodes: unknown[]; edges: unknown[] };
    if (j.nodes.length + j.edges.length > size) {
      size = j.nodes.length + j.edges.length;
      best = f.replace(/\.journey\.json$/, '');
    }
  }
  return best;
}

const sha = (x: unknown) => createHash('sha256').update(JSON.stringify({ ...(x as object), engine: undefined })).digest('hex');
const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Child mode: one measured run, its figures as JSON on stdout. */
async function child(sample: string, mode: ChildMode, engine: Engine, customers: number): Promise<ChildRun> {
  const { journey, cohort } = load(sample);
  const run = runOf(cohort, customers);
  if (mode === 'splits') {
    const plain = withoutSplits(journey);
    const timed = (j: Journey) => {
      const t = performance.now();
      const result = simulate(j, cohort, { customers, seed: SEED, engine, ...run });
      const seconds = (performance.now() - t) / 1000;
      const entries = Object.values(result.nodes).reduce((a, n) => a + n.visits, 0);
      return { customersPerSecond: customers / seconds, nodeEntriesPerCustomer: entries / customers };
    };
    // Warm both, then five interleaved trials of each: the median counts.
    timed(journey);
    timed(plain);
    const a: ReturnType<typeof timed>[] = [];
    const b: ReturnType<typeof timed>[] = [];
    for (let trial = 0; trial < 5; trial++) {
      a.push(timed(journey));
      b.push(timed(plain));
    }
    const median = (xs: ReturnType<typeof timed>[]) => {
      const m = [...xs].sort((x, y) => x.customersPerSecond - y.customersPerSecond)[2]!;
      return { customersPerSecond: Math.round(m.customersPerSecond), nodeEntriesPerCustomer: round(m.nodeEntriesPerCustomer), nodeEntriesPerSecond: Math.round(m.customersPerSecond * m.nodeEntriesPerCustomer) };
    };
    const splits = journey.nodes.filter((n) => hasTrait(n.kind, 'assigns-variants')).map((n) => n.id);
    const withSplits = median(a);
    return { mode, engine, customers, seconds: customers / withSplits.customersPerSecond, customersPerSecond: withSplits.customersPerSecond, peakRssMB: peakRssMB(), resultSha256: '', splits: { splits, withSplits, withoutSplits: median(b) } };
  }
  if (mode === 'both') {
    // Warm both engines, then time each on the same customers' operation (the reference on fewer).
    const timed = (e: Engine, n: number) => {
      const t = performance.now();
      simulate(journey, cohort, { customers: n, seed: SEED, engine: e, ...runOf(cohort, n) });
      return n / ((performance.now() - t) / 1000);
    };
    // The reference keeps getting faster for its first ~15,000 customers (XState's code warming
    // up): it is timed once warm, as the fast engine is, so the ratio does not flatter the fast one.
    for (let k = 0; k < REFERENCE_WARM_UP_RUNS; k++) timed('reference', 2_000);
    timed('fast', 10_000);
    // Three trials of each, interleaved, so that a pause of the machine falls on one trial of one
    // engine: the median of each engine counts.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    const references: number[] = [];
    const fasts: number[] = [];
    for (let trial = 0; trial < 3; trial++) {
      references.push(timed('reference', 2_000));
      fasts.push(timed('fast', customers));
    }
    const reference = median(references);
    const fast = median(fasts);
    return { mode, engine, customers, seconds: customers / fast, customersPerSecond: Math.round(fast), referenceCustomersPerSecond: Math.round(reference), trials: { fast: fasts.map(Math.round), reference: references.map(Math.round) }, peakRssMB: peakRssMB(), resultSha256: '' };
  }
  const t0 = performance.now();
  if (mode === 'single') {
    const result = simulate(journey, cohort, { customers, seed: SEED, engine, ...run });
    const seconds = (performance.now() - t0) / 1000;
    return { mode, engine, customers, seconds, customersPerSecond: Math.round(customers / seconds), peakRssMB: peakRssMB(), resultSha256: sha(result) };
  }
  const half = Math.floor(customers / 2);
  // Worker threads do not inherit the tsx loader: the worker registers it, then imports this file.
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(SELF).href)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { sample, from: half, to: customers, engine, ...run } });
  const other = new Promise<AdmissionShard>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const mine = simulateAdmissions(journey, cohort, { from: 0, to: half, seed: SEED, engine, ...run });
  const theirs = await other;
  await worker.terminate();
  const t1 = performance.now();
  const result = completeSimulation(journey, cohort, [mine, theirs], { customers, seed: SEED, engine, ...run });
  const t2 = performance.now();
  const seconds = (t2 - t0) / 1000;
  return {
    mode,
    engine,
    customers,
    seconds,
    customersPerSecond: Math.round(customers / seconds),
    peakRssMB: peakRssMB(),
    resultSha256: sha(result),
    admissionSeconds: (t1 - t0) / 1000,
    completionSeconds: (t2 - t1) / 1000,
  };
}

function runChild(sample: string, mode: ChildMode, engine: Engine, customers: number): ChildRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--child', sample, mode, engine, String(customers)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench child failed (${mode} ${engine} ${customers}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildRun;
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** Both engines side by side on the largest sample; the speed ratio; 1M customers on 2 cores; memory 100k vs 1M. */
export async function benchSimulate(): Promise<Record<string, unknown>> {
  const sample = largestSample();
  const reference = runChild(sample, 'single', 'reference', 2_000);
  const fast100k = runChild(sample, 'single', 'fast', 100_000);
  const fast1M = runChild(sample, 'single', 'fast', 1_000_000);
  const parallel1M = runChild(sample, 'parallel', 'fast', 1_000_000);
  const both = runChild(sample, 'both', 'fast', 100_000);
  const split = runChild(SPLIT_SAMPLE, 'splits', 'fast', 100_000).splits!;
  const { journey, cohort } = load(sample);
  const teams = journey.teams ?? [];
  const view = (r: ChildRun) => ({ customers: r.customers, seconds: round(r.seconds), customersPerSecond: r.customersPerSecond, peakRssMB: r.peakRssMB });
  return {
    sample,
    nodes: journey.nodes.length,
    edges: journey.edges.length,
    seed: SEED,
    operations: {
      arrivals: cohort.arrivals,
      arrivalSpreadPer1000Customers: cohort.arrivals?.over,
      scheduledTeams: teams.filter((t) => t.schedule).map((t) => t.id),
      teamsWithTargets: teams.filter((t) => t.serviceLevel || t.maxAbandon !== undefined).map((t) => t.id),
    },
    reference: view(reference),
    fast: [view(fast100k), view(fast1M)],
    speedRatio: {
      fastOverReference: round(fast100k.customersPerSecond / reference.customersPerSecond, 1),
      sameProcess: { fastCustomersPerSecond: both.customersPerSecond, referenceCustomersPerSecond: both.referenceCustomersPerSecond, ratio: round(both.customersPerSecond / (both.referenceCustomersPerSecond ?? 1), 1), trials: both.trials },
      target: 50,
    },
    twoCores: {
      ...view(parallel1M),
      admissionSeconds: round(parallel1M.admissionSeconds ?? 0),
      completionSeconds: round(parallel1M.completionSeconds ?? 0),
      sameResultAsOneCore: parallel1M.resultSha256 === fast1M.resultSha256,
      note: 'shards run the two-phase admission (customers replayed at their first contact with staff); one core streams customers in arrival order and replays almost none',
    },
    splits: {
      sample: SPLIT_SAMPLE,
      ...split,
      nodeEntrySpeedRatio: round(split.withSplits.nodeEntriesPerSecond / split.withoutSplits.nodeEntriesPerSecond),
      note: 'the same journey with its splits, and with each split taken out (its entries sent to variant A): node entries per second should match',
    },
    memory: { peakRssMB100k: fast100k.peakRssMB, peakRssMB1M: fast1M.peakRssMB, ratio: round(fast1M.peakRssMB / fast100k.peakRssMB), target: 1.5 },
  };
}

// Worker mode: the admission phase of a range of customers, sent back to the main thread.
if (!isMainThread && workerData) {
  const { sample, from, to, engine, overMs, horizonMs } = workerData as { sample: string; from: number; to: number; engine: Engine; overMs: number; horizonMs: number };
  const { journey, cohort } = load(sample);
  const shard = simulateAdmissions(journey, cohort, { from, to, seed: SEED, engine, overMs, horizonMs });
  parentPort!.postMessage(shard);
}

// Child mode (`--child <sample> single|parallel <engine> <customers>`), or run directly for a report.
if (isMainThread && process.argv[1] === SELF) {
  const at = process.argv.indexOf('--child');
  if (at >= 0) {
    const [sample, mode, engine, n] = process.argv.slice(at + 1);
    child(sample!, mode as ChildMode, engine as Engine, Number(n)).then((r) => console.log(JSON.stringify(r)));
  } else {
    benchSimulate().then((r) => console.log(JSON.stringify(r, null, 2)));
  }
}
