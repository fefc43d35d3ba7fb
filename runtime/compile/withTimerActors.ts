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

function hosted(state: StateConfig, stateId: string): StateConfig {
  // Nothing to change (most states of a large journey): shared, not copied. Configs are never mutated.
  if (state.after === undefined && state.states === undefined) return state;
  const { after, states, ...rest } = state;
  const out: StateConfig = rest; // a fresh object already
  if (states) out.states = Object.fromEntries(Object.entries(states).map(([key, child]) => [key, hosted(child, child.id ?? `${stateId}.${key}`)]));
  const delays = Object.entries(after ?? {});
  if (delays.length === 0) return out;
  const on: Record<string, TransitionConfig[]> = { ...state.on };
  const timers = delays.map(([key, list]) => {
    const delay = Number(key);
    const event = timerEvent(delay, stateId);
    on[event] = [...(on[event] ?? []), ...list.map((t) => ({ ...t, delay }))];
    return { delay, event };
  });
  out.on = on;
  out.invoke = [...(state.invoke ?? []), { id: `timers.${stateId}`, src: JOURNEY_TIMERS, input: { timers } }];
  return out;
}

/** A compiled config with its timers as journey timer actors; everything else as it was. */
export function withTimerActors(config: JourneyMachineConfig): JourneyMachineConfig {
  const { states, ...rest } = config;
  return { ...rest, states: Object.fromEntries(Object.entries(states).map(([key, state]) => [key, hosted(state, state.id ?? `${config.id}.${key}`)])) };
}
