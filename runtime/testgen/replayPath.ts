// Drives a real actor along a path, with a SimulatedClock, and reports what it saw: the check that a
// path found by graph traversal is what a running machine does.
import { createActor, SimulatedClock, type AnyStateMachine, type StateValue } from 'xstate';

/** One step of a path: send an event, or let time pass until the next timer fires. */
export type PathStep = { send: string } | { advance: number; timer: string };

export interface Observed {
  value: StateValue;
  journey: Record<string, unknown>;
  status: string;
  output?: unknown;
}

function observe(snapshot: { value: StateValue; context: unknown; status: string; output?: unknown }): Observed {
  const journey = (snapshot.context as { journey?: Record<string, unknown> }).journey ?? {};
  return { value: snapshot.value, journey, status: snapshot.status, ...(snapshot.status === 'done' ? { output: snapshot.output } : {}) };
}

/** The observation at the start and after each step (an error stops the replay). */
export function replayPath(machine: AnyStateMachine, customer: Record<string, unknown>, steps: readonly PathStep[]): Observed[] {
  const clock = new SimulatedClock();
  const actor = createActor(machine, { input: { customer }, clock });
  actor.subscribe({ error: () => {} });
  actor.start();
  const seen = [observe(actor.getSnapshot())];
  for (const step of steps) {
    if ('send' in step) actor.send({ type: step.send });
    else clock.increment(step.advance);
    seen.push(observe(actor.getSnapshot()));
    if (actor.getSnapshot().status !== 'active') break;
  }
  actor.stop();
  return seen;
}
