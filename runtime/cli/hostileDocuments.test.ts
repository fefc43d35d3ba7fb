// The proof of issue 9 (hostile, huge and malformed input): fast-check generates hostile documents
// and command lines of every class (runtime/testing/hostileDocuments.ts) and runs each through the
// real CLI with the real file reading, in a child process with a memory cap (hostileDriver.ts).
// Every run must end with exit 0, 1 or 2, print no stack trace, say where each problem is, print
// the diagnostic its class promises, and stay within its time and memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_CLASSES, type HostileCase } from '../testing/hostileDocuments';
import { writeHostileCase } from '../testing/writeHostileCase';
import { DRIVER_MEMORY_CAP_MB, startHostileDriver, type HostileDriver } from './hostileDriverClient';
import { hostileProblems } from './hostileOutcome';

/** Fixed, so CI is deterministic; fast-check prints it (and the path to the failing case) on failure. */
const SEED = 907;
/** Cases per class: the whole file stays under ~40 s on 2 busy cores. */
const RUNS: Record<string, number> = { bytes: 60, scale: 6, names: 30, types: 60, cel: 60, runs: 60 };
/** A run that takes longer than this has hung: the driver is killed and the case named. */
const HANG_MS = 30_000;

const repo = process.cwd();
const root = mkdtempSync(join(tmpdir(), 'journey-hostile-suite-'));
let driver: HostileDriver;
const counted: Record<string, number> = {};
/** The slowest run of each class (ms) and the driver's peak RSS (MB), printed at the end. */
const slowest: Record<string, number> = {};
let peakRssMb = 0;
let currentClass = '';

beforeAll(() => {
  driver = startHostileDriver(repo, DRIVER_MEMORY_CAP_MB);
});
afterAll(() => {
  driver.stop();
  rmSync(root, { recursive: true, force: true });
  console.log(`hostile cases run per class: ${JSON.stringify(counted)}; slowest run per class (ms): ${JSON.stringify(slowest)}; driver peak RSS ${Math.round(peakRssMb)} MB (cap ${DRIVER_MEMORY_CAP_MB} MB)`);
});

/** A case shows as its label in fast-check's report (its files can be megabytes). */
const labelled = (hostile: HostileCase): HostileCase => Object.assign(hostile, { [fc.toStringMethod]: () => JSON.stringify(hostile.label) });

/** Runs every command line of `hostile` in the driver; the problems with what came back. */
async function problemsOf(hostile: HostileCase): Promise<string[]> {
  const { dir, paths, runs } = writeHostileCase(hostile, root);
  try {
    const results = [];
    for (const [i, argv] of runs.entries()) {
      const result = await driver.run({ id: `${hostile.label} #${i} ${argv[0]}`, argv, maxStdout: 20_000 }, HANG_MS);
      results.push({ argv, result });
      slowest[currentClass] = Math.max(slowest[currentClass] ?? 0, Math.round(result.ms));
      peakRssMb = Math.max(peakRssMb, result.peakRssMb);
    }
    const devices = runs.flat().filter((a) => a.startsWith('/dev/'));
    // A line may name the case's folder too (a journey whose cohort is ".").
    return hostileProblems(results, { exits: hostile.exits, codes: hostile.codes, files: [...paths, ...devices, dir], capMb: DRIVER_MEMORY_CAP_MB, ...(hostile.maxMs !== undefined ? { maxMs: hostile.maxMs } : {}) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('hostile documents through the CLI (property-based, in a child process with a memory cap)', () => {
  it.each(HOSTILE_CLASSES.map((c) => [c.title, c] as const))('%s', async (_title, hostileClass) => {
    counted[hostileClass.id] = 0;
    currentClass = hostileClass.id;
    await fc.assert(
      fc.asyncProperty(hostileClass.arbitrary.map(labelled), async (hostile) => {
        counted[hostileClass.id]! += 1;
        const problems = await problemsOf(hostile);
        expect(problems, hostile.label).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS[hostileClass.id], endOnFailure: true },
    );
  }, 120_000);
});

describe('the real journey command on hostile input: the top-level handler, as its own process', () => {
  const cases: [string, (dir: string) => string[], number, RegExp][] = [
    ["invalid UTF-8", (dir) => ["compile", join(dir, "bad.journey.json"), "--format", "json"], 1, /bad\.journey\.json:1:\d+: error J035 /],
    ['a catastrophic regex at run time', (dir) => ['simulate', join(dir, 'regex.journey.json'), '--cohort', join(dir, 'mini.cohort.json'), '--customers', '5'], 0, /^$/],
    ['--customers over the maximum', (dir) => ['simulate', join(dir, 'regex.journey.json'), '--cohort', join(dir, 'mini.cohort.json'), '--customers', '100000001'], 2, /^journey simulate: --customers 100000001 is more than 100,000,000/],
    ['a FIFO as the journey', (dir) => ['compile', join(dir, 'pipe'), '--format', 'ts'], 2, /pipe: cannot read: is a named pipe \(FIFO\)/],
  ];
  let dir: string;
  beforeAll(async () => {
    const { minimalCohort, minimalJourney } = await import('../testing/minimalJourney');
    const doc = minimalJourney();
    doc.edges[0]!.guard = `"${'a'.repeat(40)}!".matches("(a+)+$") || true`;
    const made = writeHostileCase({
      label: 'main', exits: [], codes: [], runs: [],
      files: [
        { name: 'bad.journey.json', kind: 'file', content: new Uint8Array([0x7b, 0xff, 0x7d]) },
        { name: 'regex.journey.json', kind: 'file', content: JSON.stringify(doc) },
        { name: 'mini.cohort.json', kind: 'file', content: JSON.stringify(minimalCohort()) },
        { name: 'pipe', kind: 'fifo' },
      ],
    }, root);
    dir = made.dir;
  });

  it.each(cases)('%s: exit code, one line, no stack trace', (_what, argv, code, line) => {
    const r = spawnSync(process.execPath, [`--max-old-space-size=${DRIVER_MEMORY_CAP_MB}`, '--import', 'tsx', join(repo, 'runtime/cli/main.ts'), ...argv(dir)], { cwd: repo, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(code);
    expect(r.stderr.trim()).toMatch(line);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(1);
    expect(r.stderr).not.toMatch(/^\s+at |internal error|TypeError|RangeError/m);
    if (code === 0) expect(JSON.parse(r.stdout)).toMatchObject({ format: 'simulation/1', customers: 5 });
  }, 40_000);
});
