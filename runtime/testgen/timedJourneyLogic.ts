// The journey machine with time made explicit, as actor logic that xstate/graph can traverse.
//
// xstate/graph explores a machine by sending it events; it knows nothing of clocks. Timers are
// events too (`xstate.after.<ms>.<stateId>`), but sent blindly they would let a 14-day timer fire
// before a 3-day one. So this logic wraps the machine: its snapshot is the machine snapshot plus
// the clock and the timers pending (read from the actions XState's pure `transition` returns: the
// journey timer actors a state invokes and stops, see compile/journeyTimers.ts, or XState's own
// delayed `raise` and `cancel`). The only timer event offered is the one due first, and taking it
// moves the clock to its due time. Paths xstate/graph finds over this logic are therefore paths a
// real actor driven by a SimulatedClock follows (replayPath checks that again).
import { getNextTransitions, initialTransition, transition, type ActorLogic, type AnyMachineSnapshot, type AnyStateMachine, type EventObject, type Snapshot } from 'xstate';
import { JOURNEY_TIMERS, type JourneyTimersInput } from '../compile/journeyTimers';

export interface PendingTimer {
  /** The event the timer raises: `xstate.after.<ms>.<stateId>`. */
  type: string;
  /** Its state's timer actor (or XState's scheduler id): its timers go when the state is left. */
  id: string;
  /** Due time (ms since the start). */
  at: number;
}

export interface TimedState {
  machine: AnyMachineSnapshot;
  /** Simulated time (ms since the start). */
  now: number;
  /** Pending timers, due first first (scheduling order on ties). */
  timers: PendingTimer[];
  /** Steps taken since the start. */
  depth: number;
}

/** A snapshot of the timed logic: status, output and error are the machine's. */
export type TimedSnapshot = Snapshot<unknown> & TimedState;

interface ExecutableAction {
  type: string;
  params?: unknown;
}

function applyTimerActions(timers: PendingTimer[], actions: readonly ExecutableAction[], now: number): PendingTimer[] {
  let next = timers;
  for (const action of actions) {
    if (action.type === 'xstate.cancel') {
      const { sendId } = action.params as { sendId: string };
      next = next.filter((t) => t.id !== sendId);
    } else if (action.type === 'xstate.raise') {
      const { event, id, delay } = action.params as { event: EventObject; id?: string; delay?: number };
      if (typeof delay === 'number') next = [...next.filter((t) => t.id !== (id ?? event.type)), { type: event.type, id: id ?? event.type, at: now + delay }];
    } else if (action.type === 'xstate.spawnChild') {
      const { id, src, input } = action.params as { id: string; src: unknown; input?: JourneyTimersInput };
      if (src === JOURNEY_TIMERS && input) next = [...next.filter((t) => t.id !== id), ...input.timers.map((t) => ({ type: t.event, id, at: now + t.delay }))];
    } else if (action.type === 'xstate.stopChild') {
      // Its params are the stopped actor; its timers go with it.
      const { id } = action.params as { id: string };
      next = next.filter((t) => t.id !== id);
    }
  }
  return [...next].sort((a, b) => a.at - b.at);
}

function timed(machine: AnyMachineSnapshot, now: number, timers: PendingTimer[], depth: number): TimedSnapshot {
  return { machine, now, timers, depth, status: machine.status, output: machine.output, error: machine.error } as TimedSnapshot;
}

function failed(from: TimedSnapshot, error: unknown): TimedSnapshot {
  return { machine: from.machine, now: from.now, timers: from.timers, depth: from.depth + 1, status: 'error', output: undefined, error };
}

/** Serialises what decides the future: state value, journey vars, timers relative to now. */
export function serializeTimed(s: TimedSnapshot): string {
  const context = s.machine.context as { journey?: unknown } | undefined;
  return JSON.stringify({ v: s.machine.value, j: context?.journey, t: s.timers.map((t) => [t.type, t.at - s.now]), s: s.status });
}

/** The events worth trying now: the machine's own events (no internal ones) and the timer due first. */
export function timedEvents(s: TimedSnapshot): EventObject[] {
  if (s.status !== 'active') return [];
  const types = new Set<string>();
  for (const t of getNextTransitions(s.machine)) {
    const type = t.eventType;
    if (type && !type.startsWith('xstate.')) types.add(type);
  }
  const events: EventObject[] = [...types].map((type) => ({ type }));
  const due = s.timers[0];
  if (due) events.push({ type: due.type });
  return events;
}

export type TimedJourneyLogic = ActorLogic<TimedSnapshot, EventObject, { customer: Record<string, unknown> }>;

/** Wraps a journey machine for xstate/graph; `input` is the machine's input (`{ customer }`). */
export function timedJourneyLogic(machine: AnyStateMachine): TimedJourneyLogic {
  return {
    config: machine,
    transition: (s, event) => {
      if (s.status !== 'active') return s;
      const isTimer = event.type.startsWith('xstate.after.');
      const due = s.timers[0];
      if (isTimer && due?.type !== event.type) return s; // only the timer due first can fire
      const now = isTimer && due ? due.at : s.now;
      const timers = isTimer ? s.timers.slice(1) : s.timers;
      try {
        const [next, actions] = transition(machine, s.machine, event);
        return timed(next, now, applyTimerActions(timers, actions as ExecutableAction[], now), s.depth + 1);
      } catch (error) {
        return failed(s, error);
      }
    },
    getInitialSnapshot: (_scope, input) => {
      const [snapshot, actions] = initialTransition(machine, input);
      return timed(snapshot, 0, applyTimerActions([], actions as ExecutableAction[], 0), 0);
    },
    getPersistedSnapshot: (s) => s,
  };
}
