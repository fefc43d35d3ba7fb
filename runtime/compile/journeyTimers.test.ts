import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { assign, createActor, createMachine, SimulatedClock, type AnyStateMachine } from 'xstate';
import type { Journey } from '../model/journey';
import { createCelEnvironment, evaluateCel } from '../expr';
import { createJourneyMachine } from './createJourneyMachine';
import { exportTs } from './exports/exportTs';
import { machineJson } from './exports/exportJson';
import { journeyTimers, LONGEST_TIMEOUT_MS } from './journeyTimers';
import { DAY, timerJourney } from './testTimerJourneys';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'journey-timers-'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => void vi.useRealTimers());

/** A host that rebuilds the machine from the JSON export, with what its `provide` lists. */
function fromJson(journey: Journey): AnyStateMachine {
  const doc = machineJson(journey);
  type Ctx = { customer: Record<string, unknown>; journey: Record<string, unknown> };
  const env = createCelEnvironment({ customer: doc.customer as Record<string, 'number'>, vars: doc.vars });
  const scope = (context: Ctx, event: object) => ({ customer: context.customer, journey: context.journey, event: event as Record<string, unknown> });
  expect(Object.keys(doc.provide.actors)).toEqual(['journey.timers']);
  return createMachine(
    { ...(doc.machine as object), context: ({ input }: { input: { customer: Record<string, unknown> } }) => ({ customer: input.customer, journey: structuredClone(doc.vars) }), output: ({ event }: { event: { output?: unknown } }) => event.output } as never,
    {
      guards: { cel: ({ context, event }: { context: Ctx; event: object }, params: { expr: string }) => evaluateCel(env, params.expr, scope(context, event)) === true },
      actions: { assign: assign(({ context, event }: { context: Ctx; event: object }, params: { var: string; expr: string }) => ({ journey: { ...context.journey, [params.var]: evaluateCel(env, params.expr, scope(context, event)) } })) },
      actors: { 'journey.timers': journeyTimers },
    } as never,
  );
}

let modules = 0;
/** The exported TS module, imported as a host project would (node_modules linked to the repo's). */
async function fromTs(journey: Journey): Promise<AnyStateMachine> {
  const file = join(dir, `timers-${modules++}.ts`);
  writeFileSync(file, exportTs(journey));
  return ((await import(/* @vite-ignore */ file)) as { machine: AnyStateMachine }).machine;
}

const builds: Array<[string, (journey: Journey) => AnyStateMachine | Promise<AnyStateMachine>]> = [
  ['createJourneyMachine', (journey) => createJourneyMachine(journey)],
  ['the ts export', fromTs],
  ['a host of the json export', fromJson],
];

/** A SimulatedClock that records every delay it is handed and which timers are pending. */
function recordingClock() {
  const sim = new SimulatedClock();
  const delays: number[] = [];
  const pending = new Set<unknown>();
  const clock = {
    setTimeout: (fn: () => void, ms: number) => {
      delays.push(ms);
      const id: unknown = sim.setTimeout(() => {
        pending.delete(id);
        fn();
      }, ms);
      pending.add(id);
      return id;
    },
    clearTimeout: (id: unknown) => {
      pending.delete(id);
      sim.clearTimeout(id as number);
    },
    now: () => sim.now(),
    increment: (ms: number) => sim.increment(ms),
  };
  return { clock, delays, pending };
}

const input = { customer: { segment: 'a', id: 'c1' } };
const LONG = [
  ['90d', 90 * DAY],
  ['52w', 52 * 7 * DAY],
  ['2^53−1 ms (the longest exact to the millisecond)', Number.MAX_SAFE_INTEGER],
] as const;

describe.each(builds)('timers of %s', (_name, build) => {
  it.each(LONG)('a %s timer fires at its deadline, not 1 ms before, and no setTimeout gets more than 2^31−1 ms', async (_label, ms) => {
    const machine = await build(timerJourney(ms));
    const { clock, delays } = recordingClock();
    const actor = createActor(machine, { input, clock }).start();
    clock.increment(ms - 1);
    expect(actor.getSnapshot().value).toBe('waiting');
    clock.increment(1);
    expect(actor.getSnapshot().output).toEqual({ outcome: 'expired', result: 'neutral' });
    expect(delays.length).toBeGreaterThan(1);
    expect(Math.max(...delays)).toBeLessThanOrEqual(LONGEST_TIMEOUT_MS);
  });

  it('fires on time when the clock moves in steps (one link after another)', async () => {
    const machine = await build(timerJourney('90d'));
    const { clock } = recordingClock();
    const actor = createActor(machine, { input, clock }).start();
    for (let day = 1; day < 90; day++) clock.increment(DAY);
    clock.increment(DAY - 1);
    expect(actor.getSnapshot().value).toBe('waiting');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('expired');
  });

  it('keeps a short timer as one setTimeout of its delay', async () => {
    const machine = await build(timerJourney('3d'));
    const { clock, delays } = recordingClock();
    const actor = createActor(machine, { input, clock }).start();
    expect(delays).toEqual([3 * DAY]);
    clock.increment(3 * DAY);
    expect(actor.getSnapshot().value).toBe('expired');
  });

  it('lets events take their edges during the wait, which cancels the timer (re-entering starts it again)', async () => {
    const machine = await build(timerJourney('90d'));
    const { clock, pending } = recordingClock();
    const actor = createActor(machine, { input, clock }).start();
    clock.increment(10 * DAY);
    actor.send({ type: 'LEAVE' });
    expect(actor.getSnapshot().value).toBe('away');
    expect(pending.size).toBe(0);
    actor.send({ type: 'BACK' });
    clock.increment(80 * DAY); // the first wait's deadline: its timer is gone
    expect(actor.getSnapshot().value).toBe('waiting');
    clock.increment(10 * DAY - 1);
    expect(actor.getSnapshot().value).toBe('waiting');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('expired');
  });

  it('runs the timer of a node with work through queued and handling; handled, its rule leaves and the timer goes', async () => {
    const machine = await build(timerJourney('90d'));
    const { clock, pending } = recordingClock();
    const late = createActor(machine, { input, clock }).start();
    late.send({ type: 'REVIEW' });
    expect(late.getSnapshot().value).toEqual({ review: 'queued' });
    clock.increment(29 * DAY);
    late.send({ type: 'work.start' });
    expect(late.getSnapshot().value).toEqual({ review: 'handling' });
    clock.increment(DAY - 1);
    expect(late.getSnapshot().value).toEqual({ review: 'handling' });
    clock.increment(1);
    expect(late.getSnapshot().output).toEqual({ outcome: 'escalated', result: 'failure' });

    const onTime = createActor(machine, { input, clock }).start();
    onTime.send({ type: 'REVIEW' });
    onTime.send({ type: 'work.start' });
    onTime.send({ type: 'work.done' });
    expect(onTime.getSnapshot().output).toEqual({ outcome: 'reviewed', result: 'success', value: 10 });
    expect(pending.size).toBe(0);
  });

  it('keeps a pending timer in a persisted snapshot: restored later, it fires at the original deadline (SimulatedClock)', async () => {
    const machine = await build(timerJourney('30d'));
    const { clock } = recordingClock();
    const first = createActor(machine, { input, clock }).start();
    clock.increment(10 * DAY);
    const stored = JSON.stringify(first.getPersistedSnapshot());
    first.stop();
    clock.increment(5 * DAY); // time passes while the customer is in storage

    const second = createActor(machine, { snapshot: JSON.parse(stored), input, clock }).start();
    expect(second.getSnapshot().value).toBe('waiting');
    clock.increment(5 * DAY);
    const again = JSON.stringify(second.getPersistedSnapshot()); // restored, then persisted again
    second.stop();

    const third = createActor(machine, { snapshot: JSON.parse(again), input, clock }).start();
    clock.increment(10 * DAY - 1);
    expect(third.getSnapshot().value).toBe('waiting');
    clock.increment(1);
    expect(third.getSnapshot().output).toEqual({ outcome: 'expired', result: 'neutral' });

    // Restored after the deadline: the timer fires at the clock's next tick.
    clock.increment(40 * DAY);
    const overdue = createActor(machine, { snapshot: JSON.parse(stored), input, clock }).start();
    expect(overdue.getSnapshot().value).toBe('waiting');
    clock.increment(0);
    expect(overdue.getSnapshot().value).toBe('expired');
  });

  it('keeps a pending timer in a persisted snapshot with real timer functions (fake timers, Date included)', async () => {
    const machine = await build(timerJourney('30d'));
    vi.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') });
    const first = createActor(machine, { input }).start();
    vi.advanceTimersByTime(10 * DAY);
    const stored = JSON.stringify(first.getPersistedSnapshot());
    first.stop();
    vi.advanceTimersByTime(5 * DAY);

    const restored = createActor(machine, { snapshot: JSON.parse(stored), input }).start();
    vi.advanceTimersByTime(15 * DAY - 1000);
    expect(restored.getSnapshot().value).toBe('waiting');
    vi.advanceTimersByTime(1000);
    expect(restored.getSnapshot().output).toEqual({ outcome: 'expired', result: 'neutral' });
  });
});
