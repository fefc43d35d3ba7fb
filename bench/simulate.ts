// Benchmark of the simulator on the largest sample: both engines side by side, 1M customers on 2
// cores, and peak memory at 100k vs 1M customers. Every measurement runs in a fresh child process
// (this same file, in child mode), so JIT warm-up and heap growth of one run do not leak into the
// next and the peak RSS (getrusage maxrss) belongs to that run alone. The 2-core run splits the
// admission phase between the main thread and one worker thread (this file again) and completes
// the run on the main thread; its result must hash to the same bytes as the 1-core run.
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

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(SELF, '..', '..');
const SEED = 7;

interface ChildRun {
  mode: 'single' | 'parallel';
  engine: Engine;
  customers: number;
  seconds: number;
  customersPerSecond: number;
  peakRssMB: number;
  resultSha256: string;
  admissionSeconds?: number;
  completionSeconds?: number;
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
async function child(sample: string, mode: 'single' | 'parallel', engine: Engine, customers: number): Promise<ChildRun> {
  const { journey, cohort } = load(sample);
  const t0 = performance.now();
  if (mode === 'single') {
    const result = simulate(journey, cohort, { customers, seed: SEED, engine });
    const seconds = (performance.now() - t0) / 1000;
    return { mode, engine, customers, seconds, customersPerSecond: Math.round(customers / seconds), peakRssMB: peakRssMB(), resultSha256: sha(result) };
  }
  const half = Math.floor(customers / 2);
  // Worker threads do not inherit the tsx loader: the worker registers it, then imports this file.
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(SELF).href)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { sample, from: half, to: customers, engine } });
  const other = new Promise<AdmissionShard>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const mine = simulateAdmissions(journey, cohort, { from: 0, to: half, seed: SEED, engine });
  const theirs = await other;
  await worker.terminate();
  const t1 = performance.now();
  const result = completeSimulation(journey, cohort, [mine, theirs], { customers, seed: SEED, engine });
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

function runChild(sample: string, mode: 'single' | 'parallel', engine: Engine, customers: number): ChildRun {
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
  const { journey } = load(sample);
  const view = (r: ChildRun) => ({ customers: r.customers, seconds: round(r.seconds), customersPerSecond: r.customersPerSecond, peakRssMB: r.peakRssMB });
  return {
    sample,
    nodes: journey.nodes.length,
    edges: journey.edges.length,
    seed: SEED,
    reference: view(reference),
    fast: [view(fast100k), view(fast1M)],
    speedRatio: { fastOverReference: round(fast100k.customersPerSecond / reference.customersPerSecond, 1), target: 50 },
    twoCores: {
      ...view(parallel1M),
      admissionSeconds: round(parallel1M.admissionSeconds ?? 0),
      completionSeconds: round(parallel1M.completionSeconds ?? 0),
      sameResultAsOneCore: parallel1M.resultSha256 === fast1M.resultSha256,
    },
    memory: { peakRssMB100k: fast100k.peakRssMB, peakRssMB1M: fast1M.peakRssMB, ratio: round(fast1M.peakRssMB / fast100k.peakRssMB), target: 1.5 },
  };
}

// Worker mode: the admission phase of a range of customers, sent back to the main thread.
if (!isMainThread && workerData) {
  const { sample, from, to, engine } = workerData as { sample: string; from: number; to: number; engine: Engine };
  const { journey, cohort } = load(sample);
  const shard = simulateAdmissions(journey, cohort, { from, to, seed: SEED, engine });
  parentPort!.postMessage(shard);
}

// Child mode (`--child <sample> single|parallel <engine> <customers>`), or run directly for a report.
if (isMainThread && process.argv[1] === SELF) {
  const at = process.argv.indexOf('--child');
  if (at >= 0) {
    const [sample, mode, engine, n] = process.argv.slice(at + 1);
    child(sample!, mode as 'single' | 'parallel', engine as Engine, Number(n)).then((r) => console.log(JSON.stringify(r)));
  } else {
    benchSimulate().then((r) => console.log(JSON.stringify(r, null, 2)));
  }
}
