import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type AnyStateMachine } from 'xstate';
import { exportTs } from './exportTs';
import { journeySchema } from '../../model/journey';
import { toMachineConfig } from '../toMachineConfig';
import { withTimerActors } from '../withTimerActors';
import { mortgageJourney, onboardingJourney } from '../testJourneys';
import fc from 'fast-check';
import { createCelEnvironment, evaluateCel } from '../../expr';
import { arbitraryHostileJourney } from '../../testing/hostileJourney';
import { runModuleInSandbox } from '../../testing/runModuleInSandbox';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const DAY = 86_400_000;

// The exported modules live in a temp dir outside the repo (so nothing treats them as node_modules
// code) whose node_modules links to the repo's: they resolve `xstate` and the CEL library as a
// host project would.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'journey-export-ts-'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importExport(name: string, source: string): Promise<AnyStateMachine> {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, source);
  const mod = (await import(/* @vite-ignore */ file)) as { machine: AnyStateMachine };
  return mod.machine;
}

describe('exportTs', () => {
  const source = exportTs(mortgageJourney);

  it('imports only xstate and the CEL library, and exports only machine', () => {
    const imports = [...source.matchAll(/^import .* from '([^']+)'/gm)].map((m) => m[1]);
    expect(new Set(imports)).toEqual(new Set(['xstate', '@marcbachmann/cel-js']));
    expect([...source.matchAll(/^export (?:const|function|class|let) (\w+)/gm)].map((m) => m[1])).toEqual(['machine']);
    expect(source).toContain('setup(');
    expect(source).not.toMatch(/\beval\(|new Function/);
  });

  it('embeds the machine config as data', () => {
    const match = /^const config = (\{[\s\S]*?\n\})\n/m.exec(source);
    expect(match).not.toBeNull();
    expect(JSON.parse(match![1]!)).toEqual(withTimerActors(toMachineConfig(mortgageJourney)));
  });

  it('runs with real xstate: guards, timers, work, assign, output', async () => {
    const machine = await importExport('mortgage', source);
    expect(machine.id).toBe('mortgage-mini');

    const clock = new SimulatedClock();
    const review = createActor(machine, { input: { customer: { income: 60000, digital: false, segment: 'a' } }, clock }).start();
    expect(review.getSnapshot().value).toEqual({ explore: 'visit' });
    review.send({ type: 'APPLY' });
    review.send({ type: 'SUBMIT' });
    expect(review.getSnapshot().value).toEqual({ apply: { review: 'queued' } });
    review.send({ type: 'work.start' });
    review.send({ type: 'work.done' });
    expect(review.getSnapshot().status).toBe('done');
    expect(review.getSnapshot().output).toEqual({ outcome: 'approved', result: 'success', value: 1000 });

    const idle = createActor(machine, { input: { customer: { income: 0, digital: false, segment: 'a' } }, clock }).start();
    clock.increment(3 * DAY);
    expect(idle.getSnapshot().context.journey).toEqual({ reminders: 1 });
    clock.increment(3 * DAY);
    expect(idle.getSnapshot().output).toEqual({ outcome: 'lost', result: 'abandoned' });
    expect(idle.getSnapshot().getMeta().lost).toMatchObject({ kind: 'outcome', label: 'Lost' });
  });

  it('lets a host provide the actions', async () => {
    const machine = await importExport('onboarding', exportTs(onboardingJourney));
    const sent: unknown[] = [];
    const clock = new SimulatedClock();
    const actor = createActor(machine.provide({ actions: { message: (_: unknown, params: unknown) => void sent.push(params) } }), { input: { customer: { age: 20, segment: 'basic' } }, clock }).start();
    clock.increment(2 * DAY);
    expect(sent).toEqual([{ channel: 'sms', template: 'nudge' }]);
    expect(actor.getSnapshot().context.journey).toEqual({ nudges: 1 });
    const vip = createActor(machine, { input: { customer: { age: 40, segment: 'vip' } } }).start();
    expect(vip.getSnapshot().value).toEqual({ 'vip-call': 'queued' });
  });

  it('fails (status error) instead of growing when an expression goes over the limits of CEL', async () => {
    // A constant list doubled 13 times: about 1.6 million elements built, over the budget of one evaluation.
    const doubling = `cel.bind(v0, [${Array.from({ length: 100 }, (_, i) => i).join(', ')}], ${Array.from({ length: 13 }, (_, i) => `cel.bind(v${i + 1}, v${i} + v${i}, `).join('')}v13${')'.repeat(14)}.size() > 0`;
    const growing = journeySchema.parse({
      format: 'journey/1', id: 'grow', name: 'Grow', vars: { log: 'x' }, start: 'grow',
      nodes: [
        { id: 'grow', kind: 'wait', label: 'Grow', actions: [{ type: 'assign', var: 'log', expr: 'journey.log + journey.log' }] },
        { id: 'rest', kind: 'wait', label: 'Rest' },
        { id: 'route', kind: 'decision', label: 'Route' },
        { id: 'end', kind: 'outcome', label: 'End', result: 'success' },
      ],
      edges: [
        { id: 'rested', from: 'grow', to: 'rest', after: '1h' },
        { id: 'again', from: 'rest', to: 'grow', after: '1h' },
        { id: 'costly', from: 'route', to: 'end', always: true, guard: doubling },
        { id: 'dflt', from: 'route', to: 'end', always: true },
      ],
    });
    const machine = await importExport('grow', exportTs(growing));
    const clock = new SimulatedClock();
    const actor = createActor(machine, { input: { customer: { segment: 'a' } }, clock });
    const errors: unknown[] = [];
    actor.subscribe({ error: (err) => void errors.push(err) });
    actor.start();
    let hours = 0;
    while (actor.getSnapshot().status === 'active' && hours < 100) {
      clock.increment(3_600_000);
      hours++;
    }
    expect(actor.getSnapshot().status).toBe('error');
    expect(hours).toBe(2 * 19); // the 20th visit would make 2²⁰ characters
    expect(String((errors[0] as Error).message)).toMatch(/^the value is too big: it is a string of 1,048,576 characters/);
    // A guard over the budget of one evaluation fails the actor too (other guard errors are false).
    const guard = createActor(await importExport('guard', exportTs({ ...growing, start: 'route' })), { input: { customer: { segment: 'a' } } });
    guard.subscribe({ error: () => {} });
    guard.start();
    expect(guard.getSnapshot().status).toBe('error');
    expect(String((guard.getSnapshot() as { error?: Error }).error?.message)).toMatch(/takes more than 1,000,000 steps/);
  });

  it('type-checks as a strict TypeScript module', () => {
    writeFileSync(join(dir, 'typed.ts'), source);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['typed.ts'] }),
    );
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  }, 120_000);
});

describe('exportTs with hostile text in the document', () => {
  const injectedName = (text: string) => ({ ...mortgageJourney, name: text });

  it('keeps a name that ends a line comment (U+2028, CR, LF, */) out of the code', () => {
    for (const name of ['\u2028globalThis.injected = 1; //', '\u2029globalThis.injected = 1', '\rglobalThis.injected = 1', '*/ globalThis.injected = 1 /*', '@ts-nocheck']) {
      const source = exportTs(injectedName(name));
      expect(source.split('\n')[0]).toBe(`// Journey ${JSON.stringify(name).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')} (id "mortgage-mini"), compiled by Journey Studio to an XState v5 machine.`);
      const run = runModuleInSandbox(source, ['xstate', '@marcbachmann/cel-js']);
      expect(run.injected).toBeUndefined();
    }
  });

  it('runs nothing but the machine, whose data holds the document’s strings exactly', () => {
    fc.assert(
      fc.property(arbitraryHostileJourney, ({ journey }) => {
        const run = runModuleInSandbox(exportTs(journey), ['xstate', '@marcbachmann/cel-js']);
        expect(run.syntaxErrors).toEqual([]);
        expect(run.injected).toBeUndefined();
        expect(Object.keys(run.exports)).toEqual(['machine']);
        const machine = run.exports.machine as AnyStateMachine;
        expect((machine.config as { states: unknown }).states).toEqual(withTimerActors(toMachineConfig(journey)).states);
        for (const node of journey.nodes) expect(machine.getStateNodeById(node.id).meta).toMatchObject({ label: node.label });
        // The start node's entry: a message with a hostile template, and an assign of a hostile CEL string.
        const sent: unknown[] = [];
        const actor = createActor(machine.provide({ actions: { message: (_: unknown, params: unknown) => void sent.push(params) } }), { input: { customer: { segment: 'a', id: 'c1', score: 0.5, vip: false } }, clock: new SimulatedClock() }).start();
        const start = journey.nodes.find((n) => n.id === journey.start)!;
        const assign = start.actions!.find((a) => a.type === 'assign' && a.var === 'note')!;
        const template = [...start.actions!].reverse().find((a) => a.type === 'message')!;
        expect(sent).toContainEqual({ channel: 'email', template: (template as { template: string }).template });
        expect(actor.getSnapshot().context.journey.note).toBe(evaluateCel(createCelEnvironment({ customer: {}, vars: {} }), (assign as { expr: string }).expr, { customer: {}, journey: {}, event: {} }));
        actor.stop();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
