import { describe, expect, it } from 'vitest';
import { assign, createActor, createMachine, SimulatedClock } from 'xstate';
import { createCelEnvironment, evaluateCel } from '../../expr';
import { exportJson, MACHINE_JSON_FORMAT, type MachineJson } from './exportJson';
import { toMachineConfig } from '../toMachineConfig';
import { mortgageJourney, onboardingJourney } from '../testJourneys';

describe('exportJson', () => {
  const doc = JSON.parse(exportJson(mortgageJourney)) as MachineJson;

  it('holds the machine config as data and what a host must provide', () => {
    expect(exportJson(mortgageJourney)).toMatch(/^\{\n {2}"format": "xstate-machine\/1",\n/);
    expect(doc.format).toBe(MACHINE_JSON_FORMAT);
    expect(doc.machine).toEqual(toMachineConfig(mortgageJourney));
    expect(doc.provide.actions).toEqual(['message', 'assign', 'track']);
    expect(doc.provide.guards).toEqual(['cel']);
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
