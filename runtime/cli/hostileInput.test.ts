// Hostile, huge and malformed input through the CLI: each gets one located line and its exit code
// at once, never a hang, a crash or a silent change (README, Formats: limits).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';
import { memoryIo } from './memoryIo';
import { nodeIo } from './nodeIo';
import { lineOf, minimalCohort, minimalJourney } from '../testing/minimalJourney';
import { MAX_DOCUMENT_BYTES } from '../model/documentLimits';

const pretty = (x: unknown) => JSON.stringify(x, null, 2);
const dir = mkdtempSync(join(tmpdir(), 'journey-hostile-'));
const at = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const journeyWithCohort = (cohort: string) => at(`with-${cohort.replace(/\W/g, '-')}.journey.json`, pretty({ ...minimalJourney(), cohort }));
const cohortFile = at('mini.cohort.json', pretty(minimalCohort()));

/** Runs the CLI on real files (read as the real command reads them), output collected. */
async function run(...argv: string[]) {
  const io = memoryIo();
  io.readText = nodeIo.readText;
  io.resolveBeside = nodeIo.resolveBeside;
  const t0 = performance.now();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err, lines: `${io.out}${io.err}`.trim().split('\n'), ms: performance.now() - t0 };
}

describe('hostile input on the command line', () => {
  it.each([
    ['validate', ['/dev/zero']],
    ['compile', ['/dev/zero', '--format', 'ts']],
    ['simulate', ['/dev/zero']],
    ['simulate', [journeyWithCohort('/dev/zero')]],
    ['simulate', [journeyWithCohort('mini.cohort.json'), '--cohort', '/dev/zero']],
    ['compare', [journeyWithCohort('mini.cohort.json'), journeyWithCohort('mini.cohort.json'), '--cohort', '/dev/zero']],
    ['staff', [journeyWithCohort('/dev/zero')]],
  ])('%s %j: /dev/zero as the file or the cohort is refused at once, one line, exit 2', async (command, args) => {
    const r = await run(command, ...args);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual(['/dev/zero: cannot read: is a character device, not a regular file: a document is read only from a file; save it to one and name that']);
    expect(r.ms).toBeLessThan(1000);
  });

  it('validate reports a journey whose cohort is /dev/zero on its "cohort" line (J005), as it does a missing cohort', async () => {
    const file = journeyWithCohort('/dev/zero');
    const r = await run('validate', file);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([`${file}:${lineOf(pretty({ ...minimalJourney(), cohort: '/dev/zero' }), '"cohort"')}:3: error J005 the journey's cohort cannot be used: /dev/zero: cannot read: is a character device, not a regular file: a document is read only from a file; save it to one and name that`]);
    expect(r.ms).toBeLessThan(1000);
  });

  it('a FIFO as the cohort is refused without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.cohort.json');
    execFileSync('mkfifo', [fifo]);
    const r = await run('simulate', journeyWithCohort('mini.cohort.json'), '--cohort', fifo);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([`${fifo}: cannot read: is a named pipe (FIFO), not a regular file: a document is read only from a file; save it to one and name that`]);
  });

  it('a file above 50 MB is refused by its size, exit 2', async () => {
    const big = at('big.journey.json', '');
    truncateSync(big, MAX_DOCUMENT_BYTES + 1);
    const r = await run('validate', big);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([`${big}: cannot read: the file is 52,428,801 bytes; a document may be at most 50 MB (52,428,800 bytes): split it, or remove what it does not need`]);
    expect(r.ms).toBeLessThan(1000);
  });

  it('validate lists invalid UTF-8 (J035, with its byte offset) with the other files\' problems, exit 1', async () => {
    const text = pretty(minimalJourney()).replace('"Mini journey"', '"Mini journ\u0000ey"');
    const bad = at('latin1.journey.json', Buffer.from(text.replace('\u0000', '\u00e9'), 'latin1'));
    const good = at('good.journey.json', pretty({ ...minimalJourney(), start: 'nowhere' }));
    const r = await run('validate', bad, good);
    expect(r.code).toBe(1);
    const offset = Buffer.from(text, 'latin1').indexOf(0);
    expect(r.lines[0]).toBe(`${bad}:${lineOf(text, '"name"')}:22: error J035 invalid UTF-8 at byte ${offset} (0xE9): a document must be UTF-8; save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252)`);
    expect(r.lines[1]).toMatch(new RegExp(`^${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error J013 `));
    const json = await run('validate', bad, '--json');
    expect(JSON.parse(json.out)).toEqual([expect.objectContaining({ code: 'J035', file: bad, start: { line: lineOf(text, '"name"'), column: 22 } })]);
  });

  it('compile refuses invalid UTF-8 in one line, exit 1', async () => {
    const bad = at('bad-bytes.journey.json', Buffer.concat([Buffer.from('{"format": "journey/1", "name": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]));
    const r = await run('compile', bad, '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([expect.stringMatching(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:34: error J035 invalid UTF-8 at byte 33 \\(0xC3\\): `))]);
  });

  it('10,000 levels of nesting: J036 where it goes too deep, not a crash', async () => {
    const deep = at('deep.journey.json', `{"format": "journey/1", "x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    for (const command of [['validate', deep], ['compile', deep, '--format', 'ts'], ['simulate', deep, '--cohort', cohortFile]]) {
      const r = await run(...command);
      expect(r.code).toBe(1);
      expect(r.lines).toHaveLength(1);
      expect(r.lines[0]).toMatch(/deep\.journey\.json:1:285: error J036 objects and arrays are nested more than 256 deep here/);
    }
  });

  it('1e309 is refused (J037) instead of becoming Infinity in the simulator and null in the export', async () => {
    const text = pretty(minimalJourney()).replace('"value": 100', '"value": 1e309');
    const file = at('infinite.journey.json', text);
    for (const command of [['validate', file], ['compile', file, '--format', 'json'], ['simulate', file, '--cohort', cohortFile]]) {
      const r = await run(...command);
      expect(r.code).toBe(1);
      expect(r.out).not.toMatch(/"value": null/);
      expect(r.lines).toEqual([expect.stringMatching(new RegExp(`infinite\\.journey\\.json:${lineOf(text, '1e309')}:16: error J037 the number 1e309 is too large to hold`))]);
    }
  });

  it('an amount above 1e12 is refused (J038) at its place', async () => {
    const doc = minimalJourney();
    doc.nodes[0]!.cost = 5e15;
    const file = at('costly.journey.json', pretty(doc));
    const r = await run('simulate', file, '--cohort', cohortFile);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([expect.stringMatching(new RegExp(`costly\\.journey\\.json:${lineOf(pretty(doc), '"cost"')}:\\d+: error J038 nodes\\[0\\]\\.cost is 5000000000000000: a money amount may be at most 1e12`))]);
  });

  it('a repeated key is a warning at the repeat (J109); the journey runs with the last value', async () => {
    const text = pretty(minimalJourney()).replace('"value": 100', '"value": 1,\n      "value": 100');
    const file = at('twice.journey.json', text);
    const v = await run('validate', file);
    expect(v.code).toBe(0);
    expect(v.lines).toEqual([expect.stringMatching(new RegExp(`twice\\.journey\\.json:${lineOf(text, '"value": 100')}:7: warning J109 the key "value" comes again in this object \\(first at ${lineOf(text, '"value": 1,')}:7\\): only the last one counts`))]);
    const c = await run('compile', file, '--format', 'json');
    expect(c.code).toBe(0);
    expect(c.out).toContain('"value": 100');
  });
});
