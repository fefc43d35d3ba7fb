import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../runCli';
import { memoryIo } from '../memoryIo';
import { minimalCohort, minimalJourney } from '../../testing/minimalJourney';

const pretty = (x: unknown) => JSON.stringify(x, null, 2);

function files(extra: Record<string, string> = {}) {
  const journey = { ...minimalJourney(), cohort: 'mini.cohort.json' };
  return { 'd/a.journey.json': pretty(journey), 'd/mini.cohort.json': pretty(minimalCohort()), ...extra };
}

describe('journey simulate', () => {
  it('prints the simulation/1 result; the journey\'s own cohort by default; same bytes for the same seed', async () => {
    const io = memoryIo(files());
    expect(await runCli(['simulate', 'd/a.journey.json', '--customers', '500', '--seed', '9'], io)).toBe(0);
    const r = JSON.parse(io.out);
    expect(r).toMatchObject({ format: 'simulation/1', journey: 'mini', cohort: 'mini-cohort', customers: 500, seed: 9, engine: 'fast' });
    expect(r.outcomes.applied.count + r.outcomes.gone.count).toBe(500);
    expect(io.err).toBe('');
    const again = memoryIo(files());
    await runCli(['simulate', 'd/a.journey.json', '--customers', '500', '--seed', '9', '--engine', 'reference'], again);
    expect(JSON.stringify({ ...JSON.parse(again.out), engine: 'x' })).toBe(JSON.stringify({ ...r, engine: 'x' }));
  });

  it('-o writes the file; --horizon and --cohort are used', async () => {
    const io = memoryIo(files({ 'other.cohort.json': pretty(minimalCohort()) }));
    expect(await runCli(['simulate', 'd/a.journey.json', '--cohort', 'other.cohort.json', '--horizon', '12h', '--customers', '50', '-o', 'out/r.json'], io)).toBe(0);
    expect(io.out).toBe('');
    const r = JSON.parse(io.files['out/r.json']!);
    expect(r.horizonMs).toBe(12 * 3_600_000);
    expect(r.terminal.inProgress).toBe(50);
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const tty = Object.assign(memoryIo(files()), { stderrIsTTY: true });
    expect(await runCli(['simulate', 'd/a.journey.json', '--customers', '300'], tty)).toBe(0);
    expect(tty.err).toContain('100% 300/300');
    expect(JSON.parse(tty.out).customers).toBe(300);
  });

  it('runs as a real process on a sample: JSON on stdout, nothing on stderr', () => {
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const main = join(process.cwd(), 'runtime/cli/main.ts');
    const ok = spawnSync(tsx, [main, 'simulate', 'samples/mortgage-preapproval.journey.json', '--customers', '300'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).journey).toBe('mortgage-preapproval');
    const bad = spawnSync(tsx, [main, 'simulate', 'samples/mortgage-preapproval.journey.json', '--customers', '-3'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['--customers', '0'], 2, /^journey simulate: --customers must be a positive integer, not '0'$/],
    [['--customers', '12x'], 2, /--customers must be a positive integer, not '12x'/],
    [['--seed', 'abc'], 2, /--seed must be an integer/],
    [['--engine', 'warp'], 2, /unknown --engine 'warp': use fast or reference/],
    [['--horizon', 'soon'], 2, /--horizon 'soon' is not a duration/],
    [['--cohort', 'missing.cohort.json'], 2, /^missing\.cohort\.json: cannot read: no such file$/],
    [['--cohort', 'bad.cohort.json'], 1, /^bad\.cohort\.json:\d+:\d+: error J022 segment shares sum to 0\.9/],
  ])('bad input %j: one line naming the option or file, exit %i', async (args, code, message) => {
    const bad = { ...minimalCohort(), segments: [{ id: 'young', name: 'Young', share: 0.9, attributes: { income: 1 } }] };
    const io = memoryIo(files({ 'bad.cohort.json': pretty(bad) }));
    expect(await runCli(['simulate', 'd/a.journey.json', ...(args as string[])], io)).toBe(code);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err.trim()).toMatch(message);
    expect(io.out).toBe('');
  });

  it('a journey with errors: one line, exit 1; no cohort at all: exit 2', async () => {
    const broken = { ...minimalJourney(), cohort: 'mini.cohort.json', start: 'nowhere', edges: [...minimalJourney().edges, { id: 'x', from: 'visit', to: 'void', event: 'X' }] };
    const io = memoryIo(files({ 'd/b.journey.json': pretty(broken) }));
    expect(await runCli(['simulate', 'd/b.journey.json'], io)).toBe(1);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toMatch(/^d\/b\.journey\.json:\d+:\d+: error J0\d\d .*\(and \d+ more errors?: see 'journey validate d\/b\.journey\.json'\)/);
    const none = memoryIo({ 'a.journey.json': pretty(minimalJourney()) });
    expect(await runCli(['simulate', 'a.journey.json'], none)).toBe(2);
    expect(none.err).toMatch(/names no cohort: pass --cohort/);
  });
});

/** The minimal journey where each visit doubles a string: it goes over CEL's limits at the 20th. */
function growing() {
  const j = minimalJourney();
  return {
    ...j,
    cohort: 'mini.cohort.json',
    vars: { reminders: 0, log: 'x' },
    nodes: [...j.nodes, { id: 'remind', kind: 'action', label: 'Remind', stage: 'explore', lane: 'backstage', actions: [{ type: 'assign', var: 'log', expr: 'journey.log + journey.log' }] }],
    edges: [
      { id: 'apply', from: 'visit', to: 'applied', event: 'APPLY' },
      { id: 'timeout', from: 'visit', to: 'gone', after: '3d' },
      { id: 'nudge', from: 'visit', to: 'remind', event: 'NUDGE', sim: { p: 1, delay: '1h' } },
      { id: 'back', from: 'remind', to: 'visit', always: true },
    ],
  };
}

describe('a run that fails', () => {
  const place = /node 'remind', customer 0: assign to journey\.log: the value is too big: it is a string of 1,048,576 characters, more than the 1,000,000 allowed; keep lists, maps and strings small/;

  it.each(['fast', 'reference'])('%s: one line naming the file, the node and the customer; exit 1', async (engine) => {
    const io = memoryIo(files({ 'd/grow.journey.json': pretty(growing()) }));
    expect(await runCli(['simulate', 'd/grow.journey.json', '--customers', '5', '--engine', engine], io)).toBe(1);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err.trim()).toMatch(new RegExp(`^d/grow\\.journey\\.json: error ${place.source}`));
    expect(io.out).toBe('');
  });

  it('compare names the journey that failed', async () => {
    const io = memoryIo(files({ 'd/grow.journey.json': pretty(growing()) }));
    expect(await runCli(['compare', 'd/a.journey.json', 'd/grow.journey.json', '--cohort', 'd/mini.cohort.json', '--customers', '5'], io)).toBe(1);
    expect(io.err.trim()).toMatch(new RegExp(`^d/grow\\.journey\\.json: error ${place.source}`));
  });
});

describe('journey compare', () => {
  it('prints comparison/1: per outcome both counts, the difference and a paired 95% interval', async () => {
    const b = { ...minimalJourney(), cohort: 'mini.cohort.json', edges: minimalJourney().edges.map((e) => (e.id === 'apply' ? { ...e, sim: { p: 0.7, delay: '1d' } } : e)) };
    const io = memoryIo(files({ 'd/b.journey.json': pretty(b) }));
    expect(await runCli(['compare', 'd/a.journey.json', 'd/b.journey.json', '--cohort', 'd/mini.cohort.json', '--customers', '4000'], io)).toBe(0);
    const c = JSON.parse(io.out);
    expect(c).toMatchObject({ format: 'comparison/1', journeys: { a: 'mini', b: 'mini' }, cohort: 'mini-cohort', customers: 4000 });
    const applied = c.outcomes.applied;
    expect(applied.diff).toBeCloseTo(applied.b.share - applied.a.share, 6);
    expect(applied.ci95[0]).toBeLessThanOrEqual(0.2);
    expect(applied.ci95[1]).toBeGreaterThanOrEqual(0.2);
  });

  it('needs two journeys', async () => {
    const io = memoryIo(files());
    expect(await runCli(['compare', 'd/a.journey.json'], io)).toBe(2);
    expect(io.err).toMatch(/^usage: journey compare <journeyA> <journeyB>/);
  });
});
