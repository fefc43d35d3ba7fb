import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type AnyStateMachine } from 'xstate';
import { journeySchema, lanesOf, type Journey } from '../model/journey';
import { nodeKind } from '../../nodes/registry';
import { lintJourney } from '../lint/lintJourney';
import { toMachineConfig } from './toMachineConfig';
import { createJourneyMachine } from './createJourneyMachine';
import { withTimerActors } from './withTimerActors';
import { exportTs } from './exports/exportTs';
import { exportJson } from './exports/exportJson';
import { exportMermaid } from './exports/exportMermaid';
import { findOutcomePaths, outcomeIds } from '../testgen/findOutcomePaths';

const repo = fileURLToPath(new URL('../../', import.meta.url));

function loadSamples(): Array<{ file: string; journey: Journey }> {
  let names: string[] = [];
  try {
    names = readdirSync(join(repo, 'samples')).filter((f) => f.endsWith('.journey.json')).sort();
  } catch {
    return [];
  }
  return names.map((file) => ({ file, journey: journeySchema.parse(JSON.parse(readFileSync(join(repo, 'samples', file), 'utf8'))) }));
}

const samples = loadSamples();

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'journey-samples-'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(samples.length > 0)('sample journeys', () => {
  describe.each(samples)('$file', ({ journey }) => {
    it('is valid and compiles: config as data, a machine, the three exports', () => {
      expect(lintJourney(journey).filter((d) => d.severity === 'error')).toEqual([]);
      const config = toMachineConfig(journey);
      expect(JSON.parse(JSON.stringify(config))).toEqual(config);
      expect(createJourneyMachine(journey, { config }).id).toBe(journey.id);
      expect(JSON.parse(exportJson(journey)).machine).toEqual(withTimerActors(config));
      expect(exportMermaid(journey).startsWith('stateDiagram-v2\n')).toBe(true);
    });

    it('carries the map in meta and tags of every node state', () => {
      const machine = createJourneyMachine(journey);
      const lanes = lanesOf(journey);
      for (const node of journey.nodes) {
        const state = machine.getStateNodeById(node.id);
        expect(state.meta).toMatchObject({ label: node.label, kind: node.kind });
        expect(state.tags).toContain(node.kind);
        if (node.stage !== undefined) expect(state.meta?.stage).toBe(node.stage);
        if (node.lane !== undefined) {
          const laneKind = lanes.find((l) => l.id === node.lane)!.kind;
          expect(state.meta?.laneKind).toBe(laneKind);
          expect(state.tags).toContain(laneKind);
        }
        if (node.momentOfTruth) expect(state.tags).toContain('moment-of-truth');
        if (node.work) expect(state.meta?.team).toBe(node.work.team);
        if (nodeKind(node.kind)?.compile?.(node as never)?.final) expect(state.type).toBe('final');
      }
    });

    it('exports a ts module that runs with real xstate and reaches every outcome along the generated paths', async () => {
      const file = join(dir, `${journey.id}.machine.ts`);
      writeFileSync(file, exportTs(journey));
      const { machine } = (await import(/* @vite-ignore */ file)) as { machine: AnyStateMachine };
      const paths = findOutcomePaths(journey);
      expect(paths.map((p) => p.outcome).sort()).toEqual(outcomeIds(toMachineConfig(journey)).sort());
      for (const path of paths) {
        const clock = new SimulatedClock();
        const actor = createActor(machine, { input: { customer: path.customer }, clock }).start();
        expect(actor.getSnapshot().value).toEqual(path.observed[0]!.value);
        path.steps.forEach((step, i) => {
          if ('send' in step) actor.send({ type: step.send });
          else clock.increment(step.advance);
          expect(actor.getSnapshot().value, `${path.outcome}, step ${i + 1}`).toEqual(path.observed[i + 1]!.value);
        });
        expect(actor.getSnapshot().status).toBe('done');
        expect(actor.getSnapshot().output).toEqual(path.output);
        expect(actor.getSnapshot().context.journey).toEqual(path.observed[path.observed.length - 1]!.journey);
      }
    });
  });
});
