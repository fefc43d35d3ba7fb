import { assignVariant } from '../variantAssignment';
import { describe, expect, it } from 'vitest';
import { assign, createActor, createMachine, SimulatedClock } from 'xstate';
import { createCelEnvironment, evaluateCel } from '../../expr';
import { exportJson, JOURNEY_TIMERS_CONTRACT, MACHINE_JSON_FORMAT, type MachineJson } from './exportJson';
import { toMachineConfig } from '../toMachineConfig';
import { withTimerActors } from '../withTimerActors';
import { journeyTimers } from '../journeyTimers';
import { mortgageJourney, onboardingJourney } from '../testJourneys';
import fc from 'fast-check';
import { findOutcomePaths } from '../../testgen/findOutcomePaths';
import { replayPath } from '../../testgen/replayPath';
import { loadSamples } from '../../sim/testing/sampleFiles';
import { arbitraryHostileJourney } from '../../testing/hostileJourney';

describe('exportJson', () => {
  const doc = JSON.parse(exportJson(mortgageJourney)) as MachineJson;

  it('holds the machine config as data and what a host must provide', () => {
    expect(exportJson(mortgageJourney)).toMatch(/^\{\n {2}"format": "xstate-machine\/1",\n/);
    expect(doc.format).toBe(MACHINE_JSON_FORMAT);
    expect(doc.machine).toEqual(withTimerActors(toMachineConfig(mortgageJourney)));
    expect(doc.provide.actions).toEqual(['message', 'assign', 'track']);
    expect(doc.provide.guards).toEqual(['cel']);
    expect(doc.provide.actors).toEqual({ 'journey.timers': JOURNEY_TIMERS_CONTRACT });
    const untimed = { ...onboardingJourney, edges: onboardingJourney.edges.filter((e) => e.after === undefined) };
    expect((JSON.parse(exportJson(untimed)) as MachineJson).provide.actors).toEqual({});
    expect(doc.customer).toEqual({ income: 'number', digital: 'bool' });
    expect(doc.vars).toEqual({ reminders: 0 });
    expect((JSON.parse(exportJson(onboardingJourney)) as MachineJson).provide.actions).toEqual(['message', 'assign', 'incentive']);
  });

  it('runs in a host that implements what `provide` lists', () => {
    const env = createCelEnvironment({ customer: doc.customer as Record<string, 'number'>, vars: doc.vars });
    type Ctx = { customer: Record<string, unknown>; journey: Record<string, unknown> };
    const ctxOf = (context: Ctx, event: object) => ({ customer: context.customer, journey: context.journey, event: event as Record<string, unknown> });
    const machine = createMachine(
      { ...(doc.machine as object), context: ({ input }: { input: { customer: Record<string, unknown> } }) => ({ customer: input.customer, journey: structuredClone(doc.vars) }), output: ({ event }: { event: { output?: unknown } }) => event.output } as never,
      {
        guards: { cel: ({ context, event }: { context: Ctx; event: object }, params: { expr: string }) => evaluateCel(env, params.expr, ctxOf(context, event)) === true },
        actors: { 'journey.timers': journeyTimers },
        actions: {
          message: () => {},
          track: () => {},
          assign: assign(({ context, event }: { context: Ctx; event: object }, params: { var: string; expr: string }) => ({ journey: { ...context.journey, [params.var]: evaluateCel(env, params.expr, ctxOf(context, event)) } })),
        },
      } as never,
    );
    const clock = new SimulatedClock();
    const actor = createActor(machine, { input: { customer: { income: 70000, digital: true, segment: 'a' } }, clock } as never).start();
    clock.increment(3 * 86_400_000);
    expect((actor.getSnapshot() as unknown as { context: Ctx }).context.journey).toEqual({ reminders: 1 });
    actor.send({ type: 'APPLY' });
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().output).toEqual({ outcome: 'approved', result: 'success', value: 1000 });
  });
});

describe('exportJourney', () => {
  it('dispatches on the format name', async () => {
    const { exportJourney, isExportFormat } = await import('./exportJourney');
    expect(isExportFormat('mermaid')).toBe(true);
    expect(isExportFormat('svg')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
    expect(exportJourney(mortgageJourney, 'json')).toBe(exportJson(mortgageJourney));
    expect(exportJourney(mortgageJourney, 'mermaid')).toMatch(/^stateDiagram-v2\n/);
    expect(exportJourney(mortgageJourney, 'ts')).toContain('export const machine = ');
  });
});

describe('exportJson in a host', () => {
  /** A machine from the JSON with the host implementations its `provide` lists (no-op effects, CEL guards, assign). */
  function hostMachine(doc: MachineJson) {
    const env = createCelEnvironment({ customer: doc.customer as Record<string, 'number'>, vars: doc.vars });
    type Ctx = { customer: Record<string, unknown>; journey: Record<string, unknown> };
    const ctxOf = (context: Ctx, event: object) => ({ customer: context.customer, journey: context.journey, event: event as Record<string, unknown> });
    const effects = Object.fromEntries(doc.provide.actions.filter((a) => a !== 'assign').map((a) => [a, () => {}]));
    const assignVar = assign(({ context, event }: { context: Ctx; event: object }, params: { var: string; expr: string }) => ({ journey: { ...context.journey, [params.var]: evaluateCel(env, params.expr, ctxOf(context, event)) } }));
    return createMachine(
      { ...(doc.machine as object), context: ({ input }: { input: { customer: Record<string, unknown> } }) => ({ customer: input.customer, journey: structuredClone(doc.vars) }), output: ({ event }: { event: { output?: unknown } }) => event.output } as never,
      {
        guards: {
          cel: ({ context, event }: { context: Ctx; event: object }, params: { expr: string }) => {
            try {
              return evaluateCel(env, params.expr, ctxOf(context, event)) === true;
            } catch {
              return false;
            }
          },
          // The experiments' guard, by its contract (provide.variant) and the weights in `splits`.
          ...(doc.provide.guards.includes('variant')
            ? { variant: ({ context }: { context: Ctx }, params: { split: string; variant: string }) => assignVariant(doc.splits![params.split]!, String(context.customer.id), doc.machine.id, params.split) === params.variant }
            : {}),
        },
        actions: { ...effects, ...(doc.provide.actions.includes('assign') ? { assign: assignVar } : {}) },
        actors: 'journey.timers' in doc.provide.actors ? { 'journey.timers': journeyTimers } : {},
      } as never,
    );
  }

  it('reaches an outcome of every sample, driven along a path the test generator found', () => {
    const samples = loadSamples();
    expect(samples.length).toBeGreaterThanOrEqual(6);
    for (const { name, journey } of samples) {
      const doc = JSON.parse(exportJson(journey)) as MachineJson;
      const [path] = findOutcomePaths(journey);
      expect(path, name).toBeDefined();
      const seen = replayPath(hostMachine(doc), path!.customer, path!.steps);
      expect(seen.at(-1), name).toMatchObject({ status: 'done', output: path!.output });
    }
  }, 60_000);

  it('parses back to the document’s strings and reaches an outcome for journeys with hostile text', () => {
    fc.assert(
      fc.property(arbitraryHostileJourney, ({ journey }) => {
        const doc = JSON.parse(exportJson(journey)) as MachineJson;
        expect(doc.machine).toEqual(withTimerActors(toMachineConfig(journey)));
        for (const path of findOutcomePaths(journey, { customers: 16 }).slice(0, 2)) {
          expect(replayPath(hostMachine(doc), path.customer, path.steps).at(-1)).toMatchObject({ status: 'done', output: path.output });
        }
      }),
      // A fixed seed: path search time varies a lot between journeys, and this must not depend on the draw.
      { numRuns: 10, seed: 13 },
    );
  }, 240_000);
});
