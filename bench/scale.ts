// Benchmark of validate + compile on very large journeys: 100,000 nodes (targets: under 5 s, peak
// memory under 1 GB). "Compile" is what the CLI's `compile` does after validating: the JSON export
// (exportJson: the machine config, its timers hosted, the text); the XState machine object
// (createJourneyMachine), which the CLI never builds, is measured on its own. Then the growth from
// 5,000 to 65,000 nodes of three shapes (the realistic
// generated journey, one long chain, a tree with most of its nodes in its last stages) to show that
// it is near-linear: `exponent` is log(CPU time ratio) / log(size ratio) between consecutive sizes
// (1 is linear, 2 quadratic). Each measurement runs in a fresh child process (this file, in child
// mode) that reads the journey's text from a file, as the CLI does, so its peak RSS (getrusage
// maxrss) is that run's own. The files are compact JSON: pretty-printed, 100,000 nodes of the
// realistic shape are 65 MB, more than the 50 MB the CLI reads. Also: a journey one node beyond the
// simulator's limit is refused by validate (J040), and how fast.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../runtime/diagnostics/diagnostic';
import { validateText } from '../runtime/lint/validateText';
import { lintJourney } from '../runtime/lint/lintJourney';
import { locate, parseDocumentText } from '../runtime/model/parseDocument';
import { createJourneyMachine } from '../runtime/compile/createJourneyMachine';
import { toMachineConfig } from '../runtime/compile/toMachineConfig';
import { withTimerActors } from '../runtime/compile/withTimerActors';
import { exportJson } from '../runtime/compile/exports/exportJson';
import { MAX_NODES } from '../runtime/sim/core/arrivalList';
import { generateLargeJourney } from '../runtime/testing/generateLargeJourney';
import { generateChainJourney } from '../runtime/testing/generateChainJourney';
import { generateTreeJourney } from '../runtime/testing/generateTreeJourney';

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(SELF, '..', '..');

const SHAPES = {
  large: (n: number) => generateLargeJourney(n),
  chain: (n: number) => generateChainJourney(n),
  tree: (n: number) => generateTreeJourney(n),
} as const;
type Shape = keyof typeof SHAPES;

const SERIES = [5_000, 16_000, 32_000, 65_000];
const HEADLINE = 100_000;
const TARGET_SECONDS = 5;
const TARGET_RSS_MB = 1024;

/** What a child does after reading the file: validate only, validate and the JSON export (the CLI's compile), or build the XState machine. */
type ChildMode = 'validate' | 'compile' | 'machine';

interface ChildRun {
  nodes: number;
  edges: number;
  textMB: number;
  validateSeconds: number;
  /** The JSON export (mode compile), or toMachineConfig + createJourneyMachine (mode machine). */
  compileSeconds: number;
  /** The size of the JSON export's text (mode compile). */
  exportMB?: number;
  seconds: number;
  /** CPU time of the run (user + system): less sensitive than wall-clock seconds to a busy machine. */
  cpuSeconds: number;
  /** RSS once the modules are loaded and the text is read, before validating. */
  startRssMB: number;
  peakRssMB: number;
  /** Diagnostics by code. */
  diagnostics: Record<string, number>;
  /** The first error, as the CLI prints it. */
  firstError?: string;
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));
const rssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return round((user + system) / 1e6, 3);
};

/**
 * In the child: validate the text of `file`, then (mode compile) export it as the CLI's
 * `compile --format json` does, or (mode machine) build its XState machine; also when it has errors
 * (the cost is the point). In mode machine only the machine is timed: validating is done first, untimed.
 */
function child(file: string, mode: ChildMode): ChildRun {
  const text = readFileSync(file, 'utf8');
  const startRssMB = rssMB();
  let cpu = process.cpuUsage();
  let t0 = performance.now();
  const v = validateText(text, { file: 'scale.journey.json' });
  if (mode === 'machine') {
    cpu = process.cpuUsage();
    t0 = performance.now();
  }
  const t1 = performance.now();
  let exportMB: number | undefined;
  if (mode === 'compile' && v.journey) exportMB = round(exportJson(v.journey).length / 1048576, 1);
  if (mode === 'machine' && v.journey) createJourneyMachine(v.journey);
  const t2 = performance.now();
  const diagnostics: Record<string, number> = {};
  for (const d of v.diagnostics) diagnostics[d.code] = (diagnostics[d.code] ?? 0) + 1;
  const firstError = v.diagnostics.find((d) => d.severity === 'error');
  const run: ChildRun = {
    nodes: v.journey?.nodes.length ?? 0,
    edges: v.journey?.edges.length ?? 0,
    textMB: round(text.length / 1048576, 1),
    validateSeconds: mode === 'machine' ? 0 : round((t1 - t0) / 1000, 3),
    compileSeconds: round((t2 - t1) / 1000, 3),
    seconds: round((t2 - t0) / 1000, 3),
    cpuSeconds: cpuSeconds(cpu),
    startRssMB,
    peakRssMB: rssMB(),
    diagnostics,
  };
  if (exportMB !== undefined) run.exportMB = exportMB;
  if (firstError) run.firstError = formatDiagnostic(firstError);
  return run;
}

/**
 * In the child: the steps of validate and compile one by one, with the heap after each (not
 * collected first: what the process holds then). The lint steps are validateText's main ones; the
 * JSON export's steps are exportJson's; the XState machine is not on the CLI's path.
 */
function phases(file: string) {
  const text = readFileSync(file, 'utf8');
  const steps: Record<string, { seconds: number; heapMB: number }> = {};
  let t = performance.now();
  const step = <T>(name: string, f: () => T): T => {
    const out = f();
    const now = performance.now();
    steps[name] = { seconds: round((now - t) / 1000, 3), heapMB: Math.round(process.memoryUsage().heapUsed / 1048576) };
    t = now;
    return out;
  };
  const parsed = step('parse (JSON, schema)', () => parseDocumentText(text));
  const found = step('lint (the journey rules)', () => lintJourney(parsed.journey!));
  step('locate (diagnostics to line:column)', () => locate(found, parsed.locator));
  const config = step('compile: machine config (toMachineConfig)', () => toMachineConfig(parsed.journey!));
  step('compile: timers hosted (withTimerActors)', () => withTimerActors(config));
  step('compile: JSON export, all of it (exportJson)', () => exportJson(parsed.journey!));
  // Higher than the CLI's own peak (the headline's): this process holds every step's result at once.
  const peakRssMBBeforeMachine = rssMB();
  step('XState machine (createJourneyMachine, not on the CLI path)', () => createJourneyMachine(parsed.journey!, { config }));
  return { steps, peakRssMBBeforeMachine, peakRssMB: rssMB() };
}

function spawnChild(args: string[], what: string): unknown {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--child', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench child failed (${what}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

function withJourneyFile<T>(dir: string, shape: Shape, nodes: number, f: (file: string) => T): T {
  const file = join(dir, `${shape}-${nodes}.journey.json`);
  writeFileSync(file, JSON.stringify(SHAPES[shape](nodes)));
  try {
    return f(file);
  } finally {
    rmSync(file, { force: true });
  }
}

function runChild(dir: string, shape: Shape, nodes: number, mode: ChildMode = 'compile'): ChildRun {
  return withJourneyFile(dir, shape, nodes, (file) => spawnChild([file, mode], `${shape} ${nodes} ${mode}`) as ChildRun);
}

/** Seconds per size, and the growth exponent between consecutive sizes (of CPU time: wall time on a shared machine is noisier). */
function growth(runs: ChildRun[]) {
  return runs.map((r, i) => {
    const prev = runs[i - 1];
    const exponent = prev ? round(Math.log(r.cpuSeconds / prev.cpuSeconds) / Math.log(r.nodes / prev.nodes)) : null;
    return { nodes: r.nodes, validateSeconds: r.validateSeconds, compileSeconds: r.compileSeconds, seconds: r.seconds, cpuSeconds: r.cpuSeconds, microsecondsPerNode: Math.round((r.seconds * 1e6) / r.nodes), peakRssMB: r.peakRssMB, exponent };
  });
}

/** Validate + compile of 100,000 nodes, the growth series of each shape, and the node limit at validate. */
export function benchScale(): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'journey-scale-'));
  try {
    const loadBefore = round(loadavg()[0]!);
    const { headline, machine, headlineSteps } = withJourneyFile(dir, 'large', HEADLINE, (file) => ({
      headline: spawnChild([file, 'compile'], `large ${HEADLINE} compile`) as ChildRun,
      machine: spawnChild([file, 'machine'], `large ${HEADLINE} machine`) as ChildRun,
      headlineSteps: spawnChild([file, 'phases'], `phases ${HEADLINE}`),
    }));
    const series = Object.fromEntries((Object.keys(SHAPES) as Shape[]).map((shape) => [shape, growth(SERIES.map((n) => runChild(dir, shape, n)))]));
    const limit = runChild(dir, 'chain', MAX_NODES + 1, 'validate');
    return {
      name: `validate+compile (as the CLI does: validate, then the JSON export) of a ${HEADLINE.toLocaleString('en-US')}-node journey, and growth with size`,
      headline: {
        shape: 'large (generateLargeJourney: stages of 20 nodes, events, timers, rules with guards, work, surveys)',
        ...headline,
        targetSeconds: TARGET_SECONDS,
        targetPeakRssMB: TARGET_RSS_MB,
        pass: headline.seconds < TARGET_SECONDS && headline.peakRssMB < TARGET_RSS_MB,
        note: `above ${MAX_NODES} nodes validate reports J040 (the simulator's limit), so the CLI would refuse to compile it; exported here regardless, to measure`,
        steps: headlineSteps,
      },
      // Not on the CLI's path (compile exports text): the XState machine object a host or the simulator's reference engine builds.
      xstateMachine: { nodes: machine.nodes, seconds: machine.compileSeconds, cpuSeconds: machine.cpuSeconds, startRssMB: machine.startRssMB, peakRssMB: machine.peakRssMB },
      series,
      nodeLimit: { nodes: limit.nodes, validateSeconds: limit.validateSeconds, peakRssMB: limit.peakRssMB, refusedWith: limit.firstError ?? null },
      // Timings are wall clock on a machine that may be shared: the load average says how busy it was.
      loadAverage: { before: loadBefore, after: round(loadavg()[0]!) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Child mode (`--child <file> compile|validate|machine|phases`), or run directly for a report.
if (process.argv[1] === SELF) {
  const at = process.argv.indexOf('--child');
  if (at >= 0) {
    const [file, mode] = process.argv.slice(at + 1);
    console.log(JSON.stringify(mode === 'phases' ? phases(file!) : child(file!, (mode ?? 'compile') as ChildMode)));
  } else {
    console.log(JSON.stringify(benchScale(), null, 2));
  }
}
