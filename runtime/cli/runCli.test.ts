import { describe, expect, it } from 'vitest';
import { COMMANDS, optionsOf, runCli } from './runCli';
import { memoryIo } from './memoryIo';
import { lineOf, minimalCohort, minimalJourney } from '../testing/minimalJourney';

const pretty = (x: unknown) => JSON.stringify(x, null, 2);

describe('journey validate', () => {
  it('prints nothing and exits 0 for a clean journey', async () => {
    const io = memoryIo({ 'a.journey.json': pretty(minimalJourney()) });
    expect(await runCli(['validate', 'a.journey.json'], io)).toBe(0);
    expect(io.out).toBe('');
  });

  it('prints file:line:col: severity CODE message, one line per problem; exit 1 on errors', async () => {
    const doc = minimalJourney();
    doc.start = 'nowhere';
    doc.nodes[0]!.momentOfTruth = true;
    const io = memoryIo({ 'dir/a.journey.json': pretty(doc) });
    expect(await runCli(['validate', 'dir/a.journey.json'], io)).toBe(1);
    const lines = io.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^dir\/a\.journey\.json:\d+:\d+: error J013 "start" names unknown node 'nowhere'/);
    expect(lines[1]).toMatch(/^dir\/a\.journey\.json:\d+:\d+: warning J101 /);
  });

  it('exits 0 when there are only warnings', async () => {
    const doc = minimalJourney();
    doc.nodes[0]!.momentOfTruth = true;
    const io = memoryIo({ 'a.json': pretty(doc) });
    expect(await runCli(['validate', 'a.json'], io)).toBe(0);
    expect(io.out).toContain('warning J101');
  });

  it('--json prints the diagnostics as JSON', async () => {
    const doc = minimalJourney();
    doc.start = 'nowhere';
    const io = memoryIo({ 'a.json': pretty(doc) });
    await runCli(['validate', 'a.json', '--json'], io);
    const parsed = JSON.parse(io.out) as { code: string; file: string; start: { line: number } }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ code: 'J013', file: 'a.json', start: { line: 24 } });
  });

  it('checks a journey against its own cohort, and reports a cohort that cannot be read (J005)', async () => {
    const doc = { ...minimalJourney(), cohort: 'mini.cohort.json' };
    const ok = memoryIo({ 'd/j.json': pretty(doc), 'd/mini.cohort.json': pretty(minimalCohort()) });
    expect(await runCli(['validate', 'd/j.json'], ok)).toBe(0);
    const missing = memoryIo({ 'd/j.json': pretty(doc) });
    expect(await runCli(['validate', 'd/j.json'], missing)).toBe(1);
    const line = lineOf(pretty(doc), '"cohort"');
    expect(missing.out.trim()).toBe(`d/j.json:${line}:3: error J005 the journey's cohort cannot be used: d/mini.cohort.json: cannot read: no such file`);
  });

  it('reads and validates a journey naming its cohort once (validate, simulate): a large journey costs one pass', async () => {
    const doc = { ...minimalJourney(), cohort: 'mini.cohort.json' };
    for (const args of [['validate', 'd/j.json'], ['simulate', 'd/j.json', '--customers', '20']]) {
      const io = memoryIo({ 'd/j.json': pretty(doc), 'd/mini.cohort.json': pretty(minimalCohort()) });
      const reads: string[] = [];
      const readText = io.readText.bind(io);
      io.readText = (path: string) => {
        reads.push(path);
        return readText(path);
      };
      expect(await runCli(args, io), args.join(' ')).toBe(0);
      expect(reads.filter((f) => f === 'd/j.json'), args.join(' ')).toHaveLength(1);
      expect(reads, args.join(' ')).toContain('d/mini.cohort.json');
    }
  });

  it('validates cohorts too', async () => {
    const c = minimalCohort();
    c.segments[0]!.share = 0.9;
    const io = memoryIo({ 'c.cohort.json': pretty(c) });
    expect(await runCli(['validate', 'c.cohort.json'], io)).toBe(1);
    expect(io.out).toMatch(/error J022 segment shares sum to 1\.5/);
  });
});

describe('bad input: one clear line, non-zero exit', () => {
  const cases: [string, string[], Record<string, string>, RegExp, number][] = [
    ['a missing file', ['validate', 'nope.json'], {}, /^nope\.json: cannot read: no such file$/, 2],
    ['broken JSON', ['validate', 'b.json'], { 'b.json': '{\n  "format": "journey/1",\n  "id": \n}' }, /^b\.json:4:1: error J001 invalid JSON: a value is expected/, 1],
    ['a wrong format', ['validate', 'w.json'], { 'w.json': '{"format": "journey/7"}' }, /^w\.json:1:2: error J002 "format": "journey\/7": expected "journey\/1" or "cohort\/1"$/, 1],
    ['an unknown kind', ['compile', 'k.json', '--format', 'ts'], { 'k.json': pretty({ ...minimalJourney(), nodes: [{ id: 'visit', kind: 'hologram', label: 'x' }] }) }, /^k\.json:\d+:\d+: error J004 nodes\[0\]\.kind: unknown node kind "hologram"; use one of touchpoint, decision/, 1],
    ['an unknown command', ['frobnicate'], {}, /^journey: unknown command 'frobnicate': use one of validate, compile/, 2],
    ['an unknown option', ['validate', '--colour'], {}, /^journey: Unknown option '--colour'/, 2],
    ["another command's option", ['validate', 'a.json', '--port', '3'], { 'a.json': pretty(minimalJourney()) }, /^journey: validate does not take --port: journey validate <file>… \[--json\]$/, 2],
    ["a simulation option given to compile", ['compile', 'a.json', '--format', 'ts', '--customers', '5'], { 'a.json': pretty(minimalJourney()) }, /^journey: compile does not take --customers: journey compile <journey> --format/, 2],
    ['an option value that looks like an option', ['simulate', 'a.json', '--customers', '-5'], {}, /^journey: the value of --customers starts with '-': write --customers=<value>$/, 2],
    ['an unknown export format', ['compile', 'a.json', '--format', 'svg'], { 'a.json': pretty(minimalJourney()) }, /^journey compile: unknown --format 'svg': use ts, json or mermaid$/, 2],
    ['compile without a file', ['compile'], {}, /^usage: journey compile <journey>/, 2],
    ['a cohort given to compile', ['compile', 'c.json'], { 'c.json': pretty(minimalCohort()) }, /^c\.json:1:1: error J002 this is a cohort/, 1],
  ];
  for (const [what, argv, files, expected, code] of cases) {
    it(what, async () => {
      const io = memoryIo(files);
      const exit = await runCli(argv, io);
      const text = io.err || io.out;
      expect(text.trim().split('\n'), text).toHaveLength(1);
      expect(text.trim()).toMatch(expected);
      expect(exit).toBe(code);
    });
  }

  it('an expression trying to reach the JavaScript runtime is a diagnostic, never executed', async () => {
    const g = globalThis as Record<string, unknown>;
    delete g.__pwned;
    const doc = minimalJourney();
    doc.nodes.push({ id: 'route', kind: 'decision', label: 'Route' });
    doc.edges[0]!.to = 'route';
    doc.edges.push(
      { id: 'evil', from: 'route', to: 'applied', always: true, guard: 'constructor.constructor("globalThis.__pwned = 1")()' },
      { id: 'dflt', from: 'route', to: 'gone', always: true },
    );
    doc.nodes[0]!.actions = [{ type: 'assign', var: 'reminders', expr: 'this.constructor.constructor("globalThis.__pwned = 2")()' }];
    const io = memoryIo({ 'e.json': pretty(doc) });
    expect(await runCli(['validate', 'e.json'], io)).toBe(1);
    expect(io.out.match(/error J025/g)).toHaveLength(2);
    expect(await runCli(['compile', 'e.json', '--format', 'ts'], io)).toBe(1);
    expect(g.__pwned).toBeUndefined();
  });
});

describe('optionsOf: the options each command takes', () => {
  it('reads them from its usage (-o is --output), with --help and what it also takes', () => {
    expect([...optionsOf(COMMANDS.validate!)].sort()).toEqual(['help', 'json']);
    expect([...optionsOf(COMMANDS.compile!)].sort()).toEqual(['format', 'help', 'output']);
    expect([...optionsOf(COMMANDS.serve!)].sort()).toEqual(['data', 'help', 'host', 'port', 'token']);
    expect(optionsOf(COMMANDS.staff!).has('horizon')).toBe(true);
    expect(optionsOf(COMMANDS['test-gen']!).has('import')).toBe(true);
  });
});
