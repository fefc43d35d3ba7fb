import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const main = join(process.cwd(), 'runtime/cli/main.ts');
const run = (...args: string[]) => spawnSync(tsx, [main, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 });

describe('the journey command, as a real process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'journey-cli-'));
  const broken = join(dir, 'broken.journey.json');
  writeFileSync(broken, '{ "format": "journey/1", ');
  const devZeroCohort = join(dir, 'zero.journey.json');
  writeFileSync(devZeroCohort, JSON.stringify({ format: 'journey/1', id: 'z', name: 'Z', cohort: '/dev/zero', start: 'a', nodes: [{ id: 'a', kind: 'outcome', label: 'A', result: 'success' }], edges: [] }));
  const deviceLine = /^\/dev\/zero: cannot read: is a character device, not a regular file: a document is read only from a file; save it to one and name that$/;

  it.each([
    ['a missing file', ['validate', join(dir, 'missing.json')], 2, /missing\.json: cannot read: no such file/],
    ['broken JSON', ['compile', broken, '--format', 'ts'], 1, /broken\.journey\.json:1:\d+: error J001 invalid JSON/],
    ['a folder instead of a file', ['validate', dir], 2, /: cannot read: is a folder, not a file/],
    ['/dev/zero as the file', ['validate', '/dev/zero'], 2, deviceLine],
    ['/dev/zero as the cohort', ['simulate', devZeroCohort], 2, deviceLine],
  ])('%s: one line on stderr, exit code, no stack trace', (_what, args, code, message) => {
    const r = run(...args);
    // /dev/zero never ends: a read of it would run out of memory, not merely take long.
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(code);
    const out = `${r.stderr}${r.stdout}`.trim();
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(message);
    expect(out).not.toMatch(/\n\s+at |Error:/);
  });

  it('validates a sample and compiles it to mermaid', () => {
    expect(run('validate', 'samples/mortgage-preapproval.journey.json').status).toBe(0);
    const r = run('compile', 'samples/mortgage-preapproval.journey.json', '--format', 'mermaid');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^stateDiagram-v2/);
  });
});
