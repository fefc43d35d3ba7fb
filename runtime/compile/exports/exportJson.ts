// `compile --format json`: the machine config as data, plus what a host must supply to run it.
import type { Journey } from '../../model/journey';
import { ACTION_TYPES } from '../../model/primitives';
import { toMachineConfig } from '../toMachineConfig';
import type { JourneyMachineConfig, StateConfig } from '../machineConfig';

export const MACHINE_JSON_FORMAT = 'xstate-machine/1';

export interface MachineJson {
  format: typeof MACHINE_JSON_FORMAT;
  machine: JourneyMachineConfig;
  /** Implementations the host passes to `setup` / `machine.provide`, and the two functions data cannot hold. */
  provide: { actions: string[]; guards: ['cel']; context: string; output: string };
  /** Declared customer attributes (`segment` is always there too): the CEL type of `customer`. */
  customer: Record<string, string>;
  /** Journey variables and their initial values (`context.journey`). */
  vars: Record<string, unknown>;
}

function actionTypesOf(state: StateConfig, into: Set<string>): void {
  for (const a of state.entry ?? []) into.add(a.type);
  for (const t of [...Object.values(state.on ?? {}), ...Object.values(state.after ?? {}), state.always ?? []].flat()) for (const a of t.actions ?? []) into.add(a.type);
  for (const child of Object.values(state.states ?? {})) actionTypesOf(child, into);
}

/** The JSON document of a valid journey's machine. */
export function machineJson(journey: Journey): MachineJson {
  const machine = toMachineConfig(journey);
  const used = new Set<string>();
  actionTypesOf(machine, used);
  return {
    format: MACHINE_JSON_FORMAT,
    machine,
    provide: {
      actions: ACTION_TYPES.filter((t) => used.has(t)),
      guards: ['cel'],
      context: '({ input }) => ({ customer: input.customer, journey: structuredClone(vars) })',
      output: '({ event }) => event.output',
    },
    customer: journey.customer ?? {},
    vars: machine.context.journey,
  };
}

/** `machineJson` pretty-printed. */
export function exportJson(journey: Journey): string {
  return JSON.stringify(machineJson(journey), null, 2) + '\n';
}
