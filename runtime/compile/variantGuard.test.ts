// The `variant` guard of compiled journeys: createJourneyMachine, the ts export run in Node, and the
// json and mermaid exports all assign the same customer to the same variant (DESIGN §3).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createJourneyMachine } from './createJourneyMachine';
import { toMachineConfig } from './toMachineConfig';
import { assignVariant } from './variantAssignment';
import { exportTs } from './exports/exportTs';
import { machineJson } from './exports/exportJson';
import { exportMermaid } from './exports/exportMermaid';
import { callbackExperiment } from '../sim/testing/closedFormJourneys';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const journey = callbackExperiment([45, 45, 10]);
const variants = [{ id: 'callback', weight: 45 }, { id: 'email', weight: 45 }, { id: 'none', weight: 10 }];
const ids = Array.from({ length: 40 }, (_, i) => `cust-${i}`);
const expected = ids.map((id) => `arm-${assignVariant(variants, id, 'callback-experiment', 'assign')}`);

describe('the variant guard', () => {
  it('compiles each experiment edge to { type: "variant", params: { split, variant } }, in document order', () => {
    const config = toMachineConfig(journey);
    expect(config.states.assign!.always!.map((t) => t.guard)).toEqual(variants.map((v) => ({ type: 'variant', params: { split: 'assign', variant: v.id } })));
  });

  it('createJourneyMachine assigns by FNV-1a of customer.id:journey id:split id', () => {
    const machine = createJourneyMachine(journey);
    const states = ids.map((id) => String(createActor(machine, { input: { customer: { id, segment: 'all' } } }).start().getSnapshot().value));
    expect(states).toEqual(expected);
    expect(new Set(states).size).toBe(3);
  });

  it('the json export lists the variant guard, its contract and the splits', () => {
    const doc = machineJson(journey);
    expect(doc.provide.guards).toEqual(['cel', 'variant']);
    expect(doc.provide.variant).toMatch(/FNV-1a 32-bit.*UTF-8.*customer\.id.*journey id.*split id/);
    expect(doc.splits).toEqual({ assign: variants });
    expect(machineJson({ ...journey, nodes: journey.nodes.filter((n) => n.kind !== 'split') }).provide.guards).toEqual(['cel']);
  });

  it('the mermaid export labels the experiment edges with their variant', () => {
    const text = exportMermaid(journey);
    for (const v of variants) expect(text).toContain(`[variant ${v.id}]`);
  });

  let dir: string | undefined;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the ts export, run in Node with plain xstate, assigns every customer as createJourneyMachine does', () => {
    dir = mkdtempSync(join(tmpdir(), 'journey-variant-'));
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
    writeFileSync(join(dir, 'experiment.machine.ts'), exportTs(journey));
    writeFileSync(
      join(dir, 'run.ts'),
      `import { createActor } from 'xstate'
import { machine } from './experiment.machine'
const ids = ${JSON.stringify(ids)}
const states = ids.map((id) => {
  const actor = createActor(machine, { input: { customer: { id, segment: 'all' } } }).start()
  const value = String(actor.getSnapshot().value)
  actor.stop() // its 3-day timer would keep the process alive
  return value
})
console.log(JSON.stringify(states))
`,
    );
    const run = spawnSync(join(repo, 'node_modules/.bin/tsx'), ['run.ts'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual(expected);
  }, 60_000);
});
