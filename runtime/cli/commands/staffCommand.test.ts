import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateText } from '../../lint/validateText';
import { formatDocument } from '../../model/formatDocument';
import { runCli } from '../runCli';
import { memoryIo } from '../memoryIo';

const pretty = (x: unknown) => JSON.stringify(x, null, 2);

type Team = Record<string, unknown>;

/** Callers at one help desk: 5-minute calls (exponential), the agents' target 80% within 20 s. */
function deskJourney(team: Team = {}, extra: Record<string, unknown> = {}) {
  return {
    format: 'journey/1',
    id: 'desk',
    name: 'Help desk',
    cohort: 'callers.cohort.json',
    teams: [
      { id: 'agents', name: 'Agents', staff: 2, costPerHour: 30, serviceLevel: { answer: 0.8, within: '20s' }, ...team },
      { id: 'back-office', name: 'Back office', staff: 1, costPerHour: 20 },
    ],
    start: 'call',
    nodes: [
      { id: 'call', kind: 'touchpoint', label: 'Call', channel: 'phone', work: { team: 'agents', handle: { dist: 'exponential', mean: '5m' } as unknown } },
      { id: 'done', kind: 'outcome', label: 'Done', result: 'success' },
    ],
    edges: [{ id: 'answered', from: 'call', to: 'done', always: true }],
    ...extra,
  };
}

function callers(arrivals: unknown = { over: '14d' }) {
  return { format: 'cohort/1', id: 'callers', name: 'Callers', segments: [{ id: 'all', name: 'Everybody', share: 1 }], ...(arrivals ? { arrivals } : {}) };
}

function files(journey: unknown = deskJourney(), cohort: unknown = callers(), text: (x: unknown) => string = pretty) {
  return { 'd/desk.journey.json': text(journey), 'd/callers.cohort.json': pretty(cohort) };
}

// 16,000 callers over 14 days: λ ≈ 47.6 an hour, a = 3.97 Erlangs; Erlang C gives 80% within 20 s
// from 7 agents (6: 0.76, 7: 0.89), far enough from the target for the simulation to agree.
const MANY = ['--customers', '16000'];

describe('journey staff', () => {
  it('prints a table: team, staff now → suggested, service level and abandonment with the target, cost; exit 0', async () => {
    const io = memoryIo(files());
    expect(await runCli(['staff', 'd/desk.journey.json', ...MANY], io)).toBe(0);
    expect(io.err).toBe('');
    const lines = io.out.split('\n');
    expect(lines[0]).toMatch(/^desk: staffing for 16,000 customers \(seed 1\), \d+ simulations$/);
    expect(lines[2]).toMatch(/^team\s+staff now → suggested\s+service level\s+abandoned\s+cost\s+target$/);
    const row = lines.find((l) => l.startsWith('agents'))!;
    expect(row).toMatch(/^agents\s+2 → 7\s+\d+\.\d% → (8\d|9\d)\.\d% \(≥ 80% in 20s\)\s+0\.0% → 0\.0%\s+[\d,]+ → [\d,]+\s+met$/);
    // Teams without a target are not in the table.
    expect(io.out).not.toContain('back-office');
    expect(io.out).toContain('Every target is met with the suggested staff.');
  });

  it('-o writes the journey with the suggested staff: valid, and the same document otherwise (key order, other fields, layout)', async () => {
    const io = memoryIo(files());
    expect(await runCli(['staff', 'd/desk.journey.json', ...MANY, '-o', 'out/staffed.journey.json'], io)).toBe(0);
    const written = io.files['out/staffed.journey.json']!;
    const original = io.files['d/desk.journey.json']!;
    // Only the number changed, every other byte is the author's.
    expect(written).toBe(original.replace('"staff": 2,', '"staff": 7,'));
    const v = validateText(written, { file: 'staffed.journey.json' });
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(v.journey!.teams![0]!.staff).toBe(7);
    expect(io.out).toContain('The journey with the suggested staff: out/staffed.journey.json');
  });

  it('-o keeps a document in the workbench layout (formatDocument) in that layout', async () => {
    const io = memoryIo(files(deskJourney(), callers(), formatDocument));
    expect(await runCli(['staff', 'd/desk.journey.json', ...MANY, '-o', 'staffed.json'], io)).toBe(0);
    const expected = deskJourney();
    expected.teams[0]!.staff = 7;
    expect(io.files['staffed.json']).toBe(formatDocument(expected));
  });

  it('a team with a schedule: one line per entry, "Mon–Fri 09:00–17:00: 2 → n"; -o changes the entries\' staff only', async () => {
    const schedule = [
      { days: 'mon-fri', from: '09:00', to: '17:00', staff: 2 },
      { days: 'sat', from: '10:00', to: '14:00', staff: 3 },
    ];
    const daily = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 1 : 0));
    // Customers come only while the desk is staffed (Saturday customers outside 10–14 wait for Monday).
    const arrivals = { over: '14d', weekly: [1, 1, 1, 1, 1, 0.1, 0], daily };
    const io = memoryIo(files(deskJourney({ schedule }), callers(arrivals)));
    const code = await runCli(['staff', 'd/desk.journey.json', '--customers', '4000', '-o', 'staffed.json'], io);
    const lines = io.out.split('\n');
    const first = lines.findIndex((l) => l.startsWith('agents'));
    expect(lines[first]).toMatch(/^agents\s+Mon–Fri 09:00–17:00: 2 → \d+\s/);
    expect(lines[first + 1]).toMatch(/^\s+Sat 10:00–14:00: 3 → \d+$/);
    const staffed = JSON.parse(io.files['staffed.json']!);
    expect(staffed.teams[0].staff).toBe(2);
    expect(staffed.teams[0].schedule.map((e: { days: string }) => e.days)).toEqual(['mon-fri', 'sat']);
    const suggested = [...lines[first]!.matchAll(/: \d+ → (\d+)/g), ...lines[first + 1]!.matchAll(/: \d+ → (\d+)/g)].map((m) => Number(m[1]));
    expect(staffed.teams[0].schedule.map((e: { staff: number }) => e.staff)).toEqual(suggested);
    expect(code).toBe(io.out.includes('NOT MET') ? 1 : 0);
  });

  it('exit 1 when no staffing up to 1,000 meets a target: the table still, and which team', async () => {
    // 2,000 callers all at t = 0 for 10 minutes each: 80% within a minute needs 1,600 agents.
    const journey = deskJourney({ serviceLevel: { answer: 0.8, within: '1m' } });
    journey.nodes[0]!.work = { team: 'agents', handle: '10m' };
    const io = memoryIo(files(journey, callers(null)));
    expect(await runCli(['staff', 'd/desk.journey.json', '--customers', '2000', '-o', 'staffed.json'], io)).toBe(1);
    expect(io.out).toMatch(/^agents\s+2 → 2\s.*NOT MET$/m);
    expect(io.out).toContain('agents: no staffing up to 1,000 meets its target (≥ 80% within 1m).');
    expect(io.out).not.toContain('Every target is met');
    expect(io.files['staffed.json']).toBe(io.files['d/desk.journey.json']);
  });

  it.each([
    ['no team sets a target', deskJourney({ serviceLevel: undefined }), 'no team sets a target ("serviceLevel" or "maxAbandon")'],
    ['the journey has no teams', { ...deskJourney(), teams: undefined, nodes: [{ id: 'call', kind: 'touchpoint', label: 'Call', channel: 'phone' }, { id: 'done', kind: 'outcome', label: 'Done', result: 'success' }] }, 'the journey has no teams'],
  ])('%s: one line, exit 0; -o copies the journey as it is', async (_what, journey, why) => {
    const io = memoryIo(files(journey));
    expect(await runCli(['staff', 'd/desk.journey.json', '-o', 'same.json'], io)).toBe(0);
    expect(io.out).toBe(`journey staff: d/desk.journey.json: ${why}: nothing to staff; same.json is the journey as it is\n`);
    expect(io.files['same.json']).toBe(io.files['d/desk.journey.json']);
  });

  it.each([
    [[], 2, /^usage: journey staff <journey> \[--cohort c\] \[--customers N\] \[--over D\] \[--seed S\] \[-o staffed\.journey\.json\]$/],
    [['d/desk.journey.json', 'd/desk.journey.json'], 2, /^usage: journey staff /],
    [['d/desk.journey.json', '--customers', '0'], 2, /^journey staff: --customers must be a positive integer, not '0'$/],
    [['d/desk.journey.json', '--over', 'soon'], 2, /^journey staff: --over 'soon' is not a duration above 0: /],
    [['d/desk.journey.json', '--over', '400d'], 1, /^journey staff: --over 400d is longer than the horizon of 365d: .*--horizon 400d$/],
    [['d/desk.journey.json', '--frobnicate'], 2, /^journey: Unknown option '--frobnicate'/],
    [['d/missing.journey.json'], 2, /^d\/missing\.journey\.json: cannot read: no such file$/],
    [['d/desk.journey.json', '--cohort', 'nope.cohort.json'], 2, /^nope\.cohort\.json: cannot read: no such file$/],
  ])('bad input %j: one line, exit %i', async (args, code, message) => {
    const io = memoryIo(files());
    expect(await runCli(['staff', ...(args as string[])], io)).toBe(code);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err.trim()).toMatch(message);
    expect(io.out).toBe('');
  });

  it('a cohort whose own arrivals.over is longer than the horizon: J034 on the cohort\'s line, exit 1', async () => {
    const io = memoryIo(files(deskJourney(), callers({ over: '400d' })));
    expect(await runCli(['staff', 'd/desk.journey.json'], io)).toBe(1);
    expect(io.err.trim()).toMatch(/^d\/callers\.cohort\.json:\d+:\d+: error J034 the customers arrive over 400d, longer than the run's horizon of 365d/);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it('on a terminal: the run\'s summary line, then a progress bar with what is being tried, on stderr', async () => {
    const io = Object.assign(memoryIo(files()), { stderrIsTTY: true });
    expect(await runCli(['staff', 'd/desk.journey.json', '--customers', '3000', '--over', '3d'], io)).toBe(0);
    expect(io.err.split('\n')[0]).toBe('staff: 3,000 customers over 3d ≈ 1,000 a day, horizon 365d');
    expect(io.err).toMatch(/staff \[[#.]{30}\] +\d+% \d+\/\d+ agents: trying \d+ staff/);
    expect(io.out).toMatch(/^agents\s+2 → \d+/m);
  });

  it('is listed in the help', async () => {
    const io = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out).toContain('staff <journey> [--cohort c] [--customers N] [--over D] [--seed S] [-o staffed.journey.json]');
  });
});

describe('journey staff, as a real process', () => {
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const main = join(process.cwd(), 'runtime/cli/main.ts');
  const run = (...args: string[]) => spawnSync(tsx, [main, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const dir = mkdtempSync(join(tmpdir(), 'journey-staff-'));
  for (const [name, text] of Object.entries(files())) writeFileSync(join(dir, name.slice(2)), text);
  const journeyFile = join(dir, 'desk.journey.json');

  it('prints the table, writes -o (valid, staff changed), exit 0, nothing on stderr', () => {
    const out = join(dir, 'staffed.journey.json');
    const r = run('staff', journeyFile, ...MANY, '-o', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^agents\s+2 → 7\s.*met$/m);
    const text = readFileSync(out, 'utf8');
    const v = validateText(text);
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(v.journey!.teams!.map((t) => t.staff)).toEqual([7, 1]);
  });

  it('an impossible target: exit 1 with the table', () => {
    const journey = deskJourney({ serviceLevel: { answer: 0.8, within: '1m' } });
    journey.nodes[0]!.work = { team: 'agents', handle: '10m' };
    const file = join(dir, 'impossible.journey.json');
    writeFileSync(file, pretty({ ...journey, cohort: undefined }));
    writeFileSync(join(dir, 'at-once.cohort.json'), pretty(callers(null)));
    const r = run('staff', file, '--cohort', join(dir, 'at-once.cohort.json'), '--customers', '2000');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('agents: no staffing up to 1,000 meets its target');
    expect(r.stderr).toBe('');
  });

  it.each([
    [['--over', '2y'], 2, /^journey staff: --over '2y' is not a duration above 0/],
    [['--over', '1000d'], 1, /^journey staff: --over 1000d is longer than the horizon of 365d/],
  ])('bad input %j: one line, exit %i, never a stack trace', (args, code, message) => {
    const r = run('staff', journeyFile, ...(args as string[]));
    expect(r.status).toBe(code);
    const text = `${r.stderr}${r.stdout}`.trim();
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toMatch(message);
    expect(text).not.toMatch(/\n\s+at |Error:/);
  });
});
