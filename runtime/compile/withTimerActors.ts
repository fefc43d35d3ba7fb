// The hosted config: the machine config that runs (createJourneyMachine, the ts and json exports).
// toMachineConfig's data keeps `after` keyed by milliseconds (the simulator, the fast kernel and the
// Mermaid export read it); here each state's `after` becomes journey timers (journeyTimers.ts):
//
//   after: { "7776000000": [t] }
//   →  invoke: [{ id: "timers.<state>", src: "journey.timers", input: { timers: [{ delay: 7776000000, event: "xstate.after.7776000000.<state>" }] } }]
//      on:     { …, "xstate.after.7776000000.<state>": [{ …t, delay: 7776000000 }] }
//
// The event is the one XState's own `after` raises, and each transition keeps its delay as XState's
// delayed transitions do, so the states, transitions and events are those of the plain config.
import type { JourneyMachineConfig, StateConfig, TransitionConfig } from './machineConfig';
import { JOURNEY_TIMERS } from './journeyTimers';

/** The event of a timer, as XState names it: `xstate.after.<ms>.<state id>`. */
export const timerEvent = (ms: number, stateId: string) => `xstate.after.${ms}.${stateId}`;

/** The states of a compound state (or of the machine), each hosted; in their order. */
function hostedStates(states: Record<string, StateConfig>, parentId: string): Record<string, StateConfig> {
  const out: Record<string, StateConfig> = {};
  for (const key of Object.keys(states)) {
    const child = states[key]!;
    // Keys are state ids (slugs) and work steps: never "__proto__", which assigning would not define.
    out[key] = hosted(child, child.id ?? `${parentId}.${key}`);
  }
  return out;
}

function hosted(state: StateConfig, stateId: string): StateConfig {
  // Nothing to change (most states of a large journey): shared, not copied. Configs are never mutated.
  if (state.after === undefined && state.states === undefined) return state;
  return hostedState(state, stateId, state.states && hostedStates(state.states, stateId));
}

/**
 * One state with its own timers hosted, its child states being `states` (already hosted: the caller
 * hosts them, or builds them so). A copy: `after` and `states` removed, the other keys in their
 * order, then `states`, `on` and `invoke` as they are added. A state without timers or children is
 * returned as it is.
 */
export function hostedState(state: StateConfig, stateId: string, states = state.states): StateConfig {
  if (state.after === undefined && states === undefined) return state;
  const out: StateConfig = {};
  for (const key of Object.keys(state) as (keyof StateConfig)[]) if (key !== 'after' && key !== 'states') (out as Record<string, unknown>)[key] = state[key];
  if (states) out.states = states;
  if (state.after) addHostedTimers(out, state.after, stateId);
  return out;
}

/**
 * Hosts the timers `after` of a state on `out`, a state object of the caller's own (not yet shared,
 * without `after`): the transitions of each timer's event join `on` (a new object), after its
 * events; the timer actor joins `invoke`. Nothing is added when there are no timers.
 */
export function addHostedTimers(out: StateConfig, after: Record<string, TransitionConfig[]>, stateId: string): void {
  const delays = Object.keys(after);
  if (delays.length === 0) return;
  const on: Record<string, TransitionConfig[]> = { ...out.on };
  const timers: { delay: number; event: string }[] = [];
  for (const key of delays) {
    const delay = Number(key);
    const event = timerEvent(delay, stateId);
    const list = on[event] ? [...on[event]] : [];
    for (const t of after[key]!) list.push({ ...t, delay });
    on[event] = list;
    timers.push({ delay, event });
  }
  out.on = on;
  out.invoke = [...(out.invoke ?? []), { id: `timers.${stateId}`, src: JOURNEY_TIMERS, input: { timers } }];
}

/** A compiled config with its timers as journey timer actors; everything else as it was. */
export function withTimerActors(config: JourneyMachineConfig): JourneyMachineConfig {
  const { states, ...rest } = config;
  return { ...rest, states: hostedStates(states, config.id) };
}
