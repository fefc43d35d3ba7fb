import type { ActionConfig, JourneyMachineConfig, StateConfig, TransitionConfig } from '../../compile/machineConfig';

/** More microsteps than this in one macrostep: a loop of `always` edges (both engines stop there). */
export const MAX_MICROSTEPS = 100_000;

/** The params key of the simulator's own `track` actions (document actions never have it). */
export const SIM_TRACK = '@sim';

export type SimTrackParams = { [SIM_TRACK]: 'enter'; node: number } | { [SIM_TRACK]: 'edge'; edge: number };

/**
 * The compiled config with the simulator's observation points, and nothing else changed: every
 * node state gets a first entry action `track {@sim: 'enter', node}`, every transition of a journey
 * edge a first action `track {@sim: 'edge', edge}`. XState itself then tells which states it enters
 * (re-entries included) and which edges it takes, in order, with the context of that moment; each
 * guard gets its edge (`@sim` in its params) to say where it failed. Also
 * `options.maxIterations`, so that a loop of rules fails instead of spinning forever.
 */
export function instrumentConfig(config: JourneyMachineConfig, nodeIndex: ReadonlyMap<string, number>, edgeIndex: ReadonlyMap<string, number>): JourneyMachineConfig {
  const copy = structuredClone(config);
  const transition = (t: TransitionConfig): void => {
    const edge = edgeIndex.get(t.meta.edge);
    if (edge === undefined) return;
    const mark: ActionConfig = { type: 'track', params: { [SIM_TRACK]: 'edge', edge } };
    t.actions = [mark, ...(t.actions ?? [])];
    // The guard's edge, for its failures (the `cel` guard reads only `expr`).
    const guard = t.guard;
    if (guard?.type === 'cel') t.guard = { ...guard, params: { ...guard.params, [SIM_TRACK]: edge } as typeof guard.params };
  };
  const visit = (state: StateConfig, key: string): void => {
    const node = state.id !== undefined ? nodeIndex.get(state.id) : undefined;
    if (node !== undefined && state.meta?.kind !== 'stage' && key === state.id) {
      state.entry = [{ type: 'track', params: { [SIM_TRACK]: 'enter', node } }, ...(state.entry ?? [])];
    }
    for (const list of Object.values(state.on ?? {})) list.forEach(transition);
    for (const list of Object.values(state.after ?? {})) list.forEach(transition);
    (state.always ?? []).forEach(transition);
    for (const [childKey, child] of Object.entries(state.states ?? {})) visit(child, childKey);
  };
  for (const [key, state] of Object.entries(copy.states)) visit(state, key);
  // A loop of rules ("always" edges) would spin XState forever: stop it as the fast kernel does.
  (copy as JourneyMachineConfig & { options?: { maxIterations: number } }).options = { maxIterations: MAX_MICROSTEPS };
  return copy;
}
