// `compile --format json`: the machine config as data, plus what a host must supply to run it:
// the actions, the `cel` guard, the context and output functions, and the journey timer actor when
// the journey has timers (withTimerActors.ts).
import type { Journey } from '../../model/journey';
import { ACTION_TYPES } from '../../model/primitives';
import { toMachineConfig } from '../toMachineConfig';
import { JOURNEY_TIMERS, LONGEST_TIMEOUT_MS } from '../journeyTimers';
import type { JourneyMachineConfig, StateConfig, TransitionConfig } from '../machineConfig';
import { splitTableOf, type SplitTable } from '../splitTable';

export const MACHINE_JSON_FORMAT = 'xstate-machine/1';

export interface MachineJson {
  format: typeof MACHINE_JSON_FORMAT;
  machine: JourneyMachineConfig;
  /**
   * Implementations the host passes to `setup` / `machine.provide`, and the two functions data cannot
   * hold. `actors`: each actor the machine invokes (by `src`), with what it must do.
   */
  provide: { actions: string[]; guards: ('cel' | 'variant')[]; actors: Record<string, string>; context: string; output: string; variant?: string };
  /** The experiments (split nodes), when there are any: per split id, its variants and weights in document order, for the `variant` guard. */
  splits?: SplitTable;
  /** Declared customer attributes (`segment` and `id` are always there too): the CEL type of `customer`. */
  customer: Record<string, string>;
  /** Journey variables and their initial values (`context.journey`). */
  vars: Record<string, unknown>;
}

/** The contract of the timer actor, for hosts that implement it (the ts export inlines one: journeyTimers.ts). */
export const JOURNEY_TIMERS_CONTRACT =
  `Invoked by each state with timers, input { timers: [{ delay, event }] }. While its state is active, for each timer it sends its parent { type: event } ` +
  `once delay ms have passed since the state was entered. It never hands a setTimeout more than ${LONGEST_TIMEOUT_MS} ms (longer delays are chained), ` +
  `and keeps when the state was entered in its persisted snapshot, so that an actor restored with createActor(machine, { snapshot }) fires each timer at its original deadline.`;

/** The contract of the `variant` guard (DESIGN §3), for hosts that implement it (the ts export inlines one: variantAssignment.ts). */
export const VARIANT_GUARD_CONTRACT =
  'Guard { type: "variant", params: { split, variant } }: true when the customer is assigned to that variant of that split. Default, sticky and portable: ' +
  'bucket = FNV-1a 32-bit (offset basis 0x811c9dc5, prime 0x01000193) of the UTF-8 bytes of `${customer.id}:${journey id}:${split id}`, divided by 2^32; ' +
  'the variant is the first of splits[split], in order, whose cumulative weight / total weight is above the bucket.';

/** What the host must provide for a config: the action types it uses, and whether it invokes the timer actor. Walked without recursion. */
function needs(config: StateConfig): { actions: Set<string>; timers: boolean } {
  const actions = new Set<string>();
  let timers = false;
  const addActions = (list: TransitionConfig[]) => {
    for (const t of list) if (t.actions) for (const a of t.actions) actions.add(a.type);
  };
  const stack: StateConfig[] = [config];
  for (let state = stack.pop(); state; state = stack.pop()) {
    if (state.entry) for (const a of state.entry) actions.add(a.type);
    for (const lists of [state.on, state.after]) if (lists) for (const key of Object.keys(lists)) addActions(lists[key]!);
    if (state.always) addActions(state.always);
    if (state.invoke?.some((i) => i.src === JOURNEY_TIMERS)) timers = true;
    if (state.states) for (const key of Object.keys(state.states)) stack.push(state.states[key]!);
  }
  return { actions, timers };
}

/** The JSON document of a valid journey's machine. */
export function machineJson(journey: Journey): MachineJson {
  const machine = toMachineConfig(journey, { timers: 'hosted' });
  const used = needs(machine);
  const splits = splitTableOf(journey);
  const hasSplits = Object.keys(splits).length > 0;
  const doc: MachineJson = {
    format: MACHINE_JSON_FORMAT,
    machine,
    provide: {
      actions: ACTION_TYPES.filter((t) => used.actions.has(t)),
      guards: hasSplits ? ['cel', 'variant'] : ['cel'],
      actors: used.timers ? { [JOURNEY_TIMERS]: JOURNEY_TIMERS_CONTRACT } : {},
      context: '({ input }) => ({ customer: input.customer, journey: structuredClone(vars) })',
      output: '({ event }) => event.output',
      ...(hasSplits ? { variant: VARIANT_GUARD_CONTRACT } : {}),
    },
    customer: journey.customer ?? {},
    vars: machine.context.journey,
  };
  if (hasSplits) doc.splits = { ...splits };
  return doc;
}

/** `machineJson` pretty-printed. */
export function exportJson(journey: Journey): string {
  return JSON.stringify(machineJson(journey), null, 2) + '\n';
}
