// `--over` on simulate, compare and staff (DESIGN §5.1, §6), and the run's summary line on a terminal.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../runCli';
import { memoryIo } from '../memoryIo';
import { lineOf } from '../../testing/minimalJourney';
import { peakText, runSummary } from './runSummary';
import { cohortOf } from '../../sim/testing/closedFormJourneys';

const pretty = (x: unknown) => JSON.stringify(x, null, 2);
const DAY = 86_400_000;

function desk() {
  return {
    format: 'journey/1',
    id: 'desk',
    name: 'Help desk',
    cohort: 'callers.cohort.json',
    teams: [{ id: 'agents', name: 'Agents', staff: 2, costPerHour: 30 }],
    start: 'call',
    nodes: [
      { id: 'call', kind: 'touchpoint', label: 'Call', channel: 'phone', work: { team: 'agents', handle: '5m' } },
      { id: 'done', kind: 'outcome', label: 'Done', result: 'success' },
    ],
    edges: [{ id: 'answered', from: 'call', to: 'done', always: true }],
  };
}

function callers(arrivals?: unknown) {
  return { format: 'cohort/1', id: 'callers', name: 'Callers', segments: [{ id: 'all', name: 'Everybody', share: 1, patience: '10m' }], ...(arrivals ? { arrivals } : {}) };
}

const files = (arrivals?: unknown) => ({ 'd/desk.journey.json': pretty(desk()), 'd/b.journey.json': pretty(desk()), 'd/callers.cohort.json': pretty(callers(arrivals)) });

describe('--over', () => {
  it('simulate --over 28d spreads the arrivals over 28 days (the cohort has none)', async () => {
    const io = memoryIo(files());
    expect(await runCli(['simulate', 'd/desk.journey.json', '--customers', '800', '--over', '28d'], io)).toBe(0);
    const r = JSON.parse(io.out);
    expect(r.arrivals.overMs).toBe(28 * DAY);
    expect(r.arrivals.byHourOfWeek.reduce((a: number, b: number) => a + b, 0)).toBe(800);
    // All at t = 0, two agents and a 10-minute patience: most give up; spread out, nobody does.
    const atOnce = memoryIo(files());
    await runCli(['simulate', 'd/desk.journey.json', '--customers', '800'], atOnce);
    expect(JSON.parse(atOnce.out).terminal.abandoned).toBeGreaterThan(700);
    expect(r.terminal.abandoned).toBeLessThan(10);
  });

  it('overrides the cohort\'s own arrivals.over, which may then be longer than the horizon', async () => {
    const io = memoryIo(files({ over: '400d' }));
    expect(await runCli(['simulate', 'd/desk.journey.json', '--customers', '100', '--over', '2w'], io)).toBe(0);
    expect(JSON.parse(io.out).arrivals.overMs).toBe(14 * DAY);
  });

  it('a number is milliseconds', async () => {
    const io = memoryIo(files());
    expect(await runCli(['simulate', 'd/desk.journey.json', '--customers', '10', '--over', '3600000'], io)).toBe(0);
    expect(JSON.parse(io.out).arrivals.overMs).toBe(3_600_000);
  });

  it('compare --over: both journeys see the same spread customers', async () => {
    const spread = memoryIo(files());
    expect(await runCli(['compare', 'd/desk.journey.json', 'd/b.journey.json', '--customers', '800', '--over', '28d'], spread)).toBe(0);
    const atOnce = memoryIo(files());
    expect(await runCli(['compare', 'd/desk.journey.json', 'd/b.journey.json', '--customers', '800'], atOnce)).toBe(0);
    expect(JSON.parse(spread.out).terminal.abandoned.a.count).toBeLessThan(10);
    expect(JSON.parse(atOnce.out).terminal.abandoned.a.count).toBeGreaterThan(700);
  });

  it.each([
    ['simulate', ['d/desk.journey.json']],
    ['compare', ['d/desk.journey.json', 'd/b.journey.json']],
    ['staff', ['d/desk.journey.json']],
  ])('%s: a bad --over is a usage error (exit 2); longer than the horizon, one line naming it (exit 1)', async (command, args) => {
    for (const [over, code, message] of [
      ['0', 2, `journey ${command}: --over '0' is not a duration above 0: a duration is "90s", "15m", "2h", "3d", "2w" or a number of milliseconds`],
      ['soon', 2, `journey ${command}: --over 'soon' is not a duration above 0: a duration is "90s", "15m", "2h", "3d", "2w" or a number of milliseconds`],
      ['400d', 1, `journey ${command}: --over 400d is longer than the horizon of 365d: the customers must arrive before the run ends; shorten --over or pass --horizon 400d`],
    ] as const) {
      const io = memoryIo(files());
      expect(await runCli([command, ...args, '--over', over], io)).toBe(code);
      expect(io.err).toBe(`${message}\n`);
      expect(io.out).toBe('');
    }
    const io = memoryIo(files());
    expect(await runCli([command, ...args, '--over', '30d', '--horizon', '20d'], io)).toBe(1);
    expect(io.err).toMatch(/--over 30d is longer than the horizon of 20d/);
  });

  it.each([['simulate'], ['compare']])('%s: the cohort\'s own over longer than the horizon is J034 at the cohort\'s line:col (exit 1)', async (command) => {
    const f = files({ over: '30d' });
    const io = memoryIo(f);
    const args = command === 'compare' ? ['d/desk.journey.json', 'd/b.journey.json'] : ['d/desk.journey.json'];
    expect(await runCli([command, ...args, '--horizon', '10d'], io)).toBe(1);
    const line = lineOf(f['d/callers.cohort.json'], '"over"');
    expect(io.err).toMatch(new RegExp(`^d/callers\\.cohort\\.json:${line}:\\d+: error J034 the customers arrive over 30d, longer than the run's horizon of 10d: shorten "over" or run with a longer horizon \\(--horizon 30d\\)\\n$`));
    // A horizon that holds it, or --over replacing it: fine.
    expect(await runCli([command, ...args, '--horizon', '30d', '--customers', '20'], memoryIo(f))).toBe(0);
    expect(await runCli([command, ...args, '--horizon', '10d', '--over', '5d', '--customers', '20'], memoryIo(f))).toBe(0);
  });
});

describe('the run\'s summary line on a terminal', () => {
  const weekdays = [1, 1, 1, 1, 1, 0.5, 0.5];
  const daily = Array.from({ length: 24 }, (_, h) => (h === 10 ? 1.5 : h >= 8 && h < 18 ? 1 : 0.1));

  it.each([
    [{ over: '28d', weekly: weekdays, daily }, [], 'simulate: 8,000 customers over 28d ≈ 286 a day (Mon–Fri peak 10:00–11:00), horizon 365d'],
    [undefined, [], 'simulate: 8,000 customers all at t = 0, horizon 365d'],
    [undefined, ['--over', '4w', '--horizon', '90d'], 'simulate: 8,000 customers over 28d ≈ 286 a day, horizon 90d'],
    [{ over: '7d', daily }, ['--over', '36h'], 'simulate: 8,000 customers over 36h ≈ 5,333 a day (peak 10:00–11:00), horizon 365d'],
  ])('arrivals %j, arguments %j: "%s"', async (arrivals, args, line) => {
    const io = Object.assign(memoryIo(files(arrivals)), { stderrIsTTY: true });
    expect(await runCli(['simulate', 'd/desk.journey.json', '--customers', '8000', ...args], io)).toBe(0);
    expect(io.err.split('\n')[0]).toBe(line);
  });

  it('is not printed when stderr is not a terminal', async () => {
    const io = memoryIo(files({ over: '28d' }));
    expect(await runCli(['simulate', 'd/desk.journey.json', '--customers', '50'], io)).toBe(0);
    expect(io.err).toBe('');
  });

  it('compare prints it too', async () => {
    const io = Object.assign(memoryIo(files({ over: '28d' })), { stderrIsTTY: true });
    expect(await runCli(['compare', 'd/desk.journey.json', 'd/b.journey.json', '--customers', '50'], io)).toBe(0);
    expect(io.err.split('\n')[0]).toBe('compare: 50 customers over 28d ≈ 1.8 a day, horizon 365d');
  });

  it('names the busiest days and hours of the profile', () => {
    expect(peakText(undefined, 28 * DAY)).toBe('');
    expect(peakText({ over: '28d', weekly: [1, 1, 1, 1, 1.2, 0.5, 0.2] }, 28 * DAY)).toBe(' (peak on Fri)');
    expect(peakText({ over: '28d', daily: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 1 : 0)) }, 28 * DAY)).toBe(' (peak 09:00–17:00)');
    const twoPeaks = Array.from({ length: 24 }, (_, h) => (h === 8 || h === 17 ? 2 : 1));
    expect(peakText({ over: '28d', weekly: [1, 1, 1, 1, 1, 0, 0], daily: twoPeaks }, 28 * DAY)).toBe(' (Mon–Fri peak 08:00–09:00, 17:00–18:00)');
    // Over two days only Monday and Tuesday count: a flat start of the week has no peak day.
    expect(peakText({ over: '2d', weekly: [1, 1, 1, 1, 2, 1, 1] }, 2 * DAY)).toBe('');
    expect(runSummary('staff', 1, cohortOf([{ id: 'a', share: 1 }]), { horizonMs: 36 * 3_600_000 })).toBe('staff: 1 customer all at t = 0, horizon 36h');
  });
});

describe('--over, as a real process', () => {
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const main = join(process.cwd(), 'runtime/cli/main.ts');
  const run = (...args: string[]) => spawnSync(tsx, [main, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const dir = mkdtempSync(join(tmpdir(), 'journey-over-'));
  for (const [name, text] of Object.entries(files({ over: '400d' }))) writeFileSync(join(dir, name.slice(2)), text);

  it('simulate --over 28d on the cohort whose own over is too long: the result, nothing on stderr (not a terminal)', () => {
    const r = run('simulate', join(dir, 'desk.journey.json'), '--customers', '300', '--over', '28d');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).arrivals.overMs).toBe(28 * DAY);
  });

  it('without --over, the cohort\'s 400d: one line, J034 at the cohort\'s line:col, exit 1, no stack trace', () => {
    const r = run('simulate', join(dir, 'desk.journey.json'), '--customers', '300');
    expect(r.status).toBe(1);
    const text = `${r.stderr}${r.stdout}`.trim();
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toMatch(/callers\.cohort\.json:\d+:\d+: error J034 the customers arrive over 400d, longer than the run's horizon of 365d/);
    expect(text).not.toMatch(/\n\s+at |Error:/);
  });
});
