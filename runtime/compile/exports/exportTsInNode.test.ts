// The exported module's timers in real Node processes: plain `createActor(machine).start()`, real
// timer functions. The exported module of the mortgage sample goes into a scratch package whose
// node_modules links to the repo's, as a host project would have it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSamples } from '../../sim/testing/sampleFiles';
import { exportTs } from './exportTs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const DAY = 86_400_000;
const mortgage = loadSamples().find((s) => s.name === 'mortgage-preapproval')!.journey;
// A low credit score routes to the nurture e-mail, whose timer is 30 days.
const nurtured = { id: 'c1', segment: 'first-time', income: 52000, creditScore: 560, digital: true, employment: 'employed' };
// Applied, documents reviewed, pre-approved: house hunting, whose timer is 90 days.
const approved = { id: 'c2', segment: 'remortgage', income: 90000, creditScore: 780, digital: true, employment: 'employed' };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'journey-export-node-'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
  writeFileSync(join(dir, 'mortgage-preapproval.machine.ts'), exportTs(mortgage));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tsx(file: string, source: string) {
  writeFileSync(join(dir, file), source);
  const run = spawnSync(join(repo, 'node_modules/.bin/tsx'), [file], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  return { out: JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>, stderr: run.stderr };
}

describe('the exported module in Node', () => {
  it('keeps a 30-day timer pending with real timers: nothing fires early, no TimeoutOverflowWarning', () => {
    const { out, stderr } = tsx(
      'real-timers.ts',
      `import { createActor } from 'xstate'
import { machine } from './mortgage-preapproval.machine'
const actor = createActor(machine, { input: { customer: ${JSON.stringify(nurtured)} } }).start()
const value = () => JSON.stringify(actor.getSnapshot().value)
const before = value()
setTimeout(() => {
  console.log(JSON.stringify({ before, after: value(), status: actor.getSnapshot().status }))
  actor.stop()
}, 1500)
`,
    );
    expect(out).toEqual({ before: '{"explore":"nurture-content"}', after: '{"explore":"nurture-content"}', status: 'active' });
    expect(stderr).not.toMatch(/TimeoutOverflowWarning/);
  }, 60_000);

  it('(control: in this Node, a machine with a plain XState `after` of 30 days fires it at once, with the warning)', () => {
    const { out, stderr } = tsx(
      'plain-after.ts',
      `import { createActor, createMachine } from 'xstate'
const actor = createActor(createMachine({ initial: 'waiting', states: { waiting: { after: { ${30 * DAY}: 'fired' } }, fired: {} } })).start()
setTimeout(() => console.log(JSON.stringify({ after: actor.getSnapshot().value })), 200)
`,
    );
    expect(out).toEqual({ after: 'fired' });
    expect(stderr).toMatch(/TimeoutOverflowWarning/);
  }, 60_000);

  it('fires its 30- and 90-day timers at their deadlines under fake timers (Vitest in a child process), also across a snapshot', () => {
    writeFileSync(join(dir, 'vitest.config.mjs'), 'export default { test: { include: ["*.test.ts"] } }\n');
    writeFileSync(
      join(dir, 'timers.test.ts'),
      `import { afterEach, expect, it, vi } from 'vitest'
import { createActor } from 'xstate'
import { machine } from './mortgage-preapproval.machine'
const DAY = ${DAY}
afterEach(() => void vi.useRealTimers())

it('takes the 30d timer at 30d, not at 30d - 1 s', () => {
  vi.useFakeTimers()
  const actor = createActor(machine, { input: { customer: ${JSON.stringify(nurtured)} } }).start()
  vi.advanceTimersByTime(30 * DAY - 1000)
  expect(actor.getSnapshot().value).toEqual({ explore: 'nurture-content' })
  vi.advanceTimersByTime(1000)
  expect(actor.getSnapshot().output).toEqual({ outcome: 'not-ready', result: 'neutral' })
})

it('takes the 90d timer of house hunting at 90d, not at 90d - 1 s', () => {
  vi.useFakeTimers()
  const actor = createActor(machine, { input: { customer: ${JSON.stringify(approved)} } }).start()
  for (const type of ['START_APPLICATION', 'SUBMIT_APPLICATION', 'DOCS_UPLOADED', 'work.start', 'work.done']) actor.send({ type })
  expect(actor.getSnapshot().value).toEqual({ buy: 'house-hunting' })
  vi.advanceTimersByTime(90 * DAY - 1000)
  expect(actor.getSnapshot().value).toEqual({ buy: 'house-hunting' })
  vi.advanceTimersByTime(1000)
  expect(actor.getSnapshot().output).toEqual({ outcome: 'preapproval-expired', result: 'neutral' })
})

it('persisted after 10d and restored 5d later, takes the 30d timer at the original deadline', () => {
  vi.useFakeTimers()
  const first = createActor(machine, { input: { customer: ${JSON.stringify(nurtured)} } }).start()
  vi.advanceTimersByTime(10 * DAY)
  const stored = JSON.stringify(first.getPersistedSnapshot())
  first.stop()
  vi.advanceTimersByTime(5 * DAY)
  const restored = createActor(machine, { snapshot: JSON.parse(stored), input: { customer: ${JSON.stringify(nurtured)} } }).start()
  vi.advanceTimersByTime(15 * DAY - 1000)
  expect(restored.getSnapshot().value).toEqual({ explore: 'nurture-content' })
  vi.advanceTimersByTime(1000)
  expect(restored.getSnapshot().output).toEqual({ outcome: 'not-ready', result: 'neutral' })
})
`,
    );
    const report = join(dir, 'report.json');
    const run = spawnSync(process.execPath, [join(repo, 'node_modules/vitest/vitest.mjs'), 'run', '--root', dir, '--config', join(dir, 'vitest.config.mjs'), '--reporter=json', `--outputFile=${report}`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CI: '1', FORCE_COLOR: '0', VITEST: undefined, VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined, NODE_ENV: undefined },
      timeout: 120_000,
    });
    const result = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    expect(result, `${run.stdout}\n${run.stderr}`).toMatchObject({ numPassedTests: 3, numFailedTests: 0 });
  }, 180_000);
});
