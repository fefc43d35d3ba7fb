import type { JourneyEdge } from '../model/edge';
import { durationMs } from '../model/duration';
import type { ActionConfig, StateConfig, TransitionConfig } from './machineConfig';
import { toActionConfig } from './toActionConfig';

/** The transition of one edge: target by state id, its guard (an experiment's variant, or CEL), parameterised actions. */
export function edgeTransition(edge: JourneyEdge): TransitionConfig {
  const t: TransitionConfig = { target: `#${edge.to}`, meta: edge.label !== undefined ? { edge: edge.id, label: edge.label } : { edge: edge.id } };
  if (edge.variant !== undefined) t.guard = { type: 'variant', params: { split: edge.from, variant: edge.variant } };
  else if (edge.guard !== undefined && edge.guard.trim() !== '') t.guard = { type: 'cel', params: { expr: edge.guard } };
  const actions: ActionConfig[] = (edge.actions ?? []).map(toActionConfig);
  if (actions.length > 0) t.actions = actions;
  if (edge.to === edge.from) t.reenter = true;
  return t;
}

export type EdgeTransitions = Pick<StateConfig, 'on' | 'after' | 'always'>;

/** Adds `t` to the list of `key`, in a Map: names are any text (`constructor`, `toString`), never Object's members. */
function push(lists: Map<string, TransitionConfig[]>, key: string, t: TransitionConfig): void {
  const list = lists.get(key);
  if (list) list.push(t);
  else lists.set(key, [t]);
}

/**
 * `event` edges → `on`, `after` edges → `after` (keyed by milliseconds), `always` edges → `always`.
 * Each list keeps document order, so XState's first-passing-guard rule is the routing rule. `on` and
 * `after` are plain objects whose keys are all their own (Object.fromEntries defines them).
 */
export function edgeTransitions(edges: readonly JourneyEdge[]): EdgeTransitions {
  const out: EdgeTransitions = {}; // its keys in the order of the first edge of each trigger
  const on = new Map<string, TransitionConfig[]>();
  const after = new Map<string, TransitionConfig[]>();
  for (const edge of edges) {
    const t = edgeTransition(edge);
    if (edge.event !== undefined) {
      out.on ??= {};
      push(on, edge.event, t);
    } else if (edge.after !== undefined) {
      const ms = durationMs(edge.after);
      if (ms === undefined) throw new Error(`edge '${edge.id}': invalid duration ${JSON.stringify(edge.after)}`);
      out.after ??= {};
      push(after, String(ms), t);
    } else if (edge.always === true) {
      (out.always ??= []).push(t);
    }
  }
  if (out.on) out.on = Object.fromEntries(on);
  if (out.after) out.after = Object.fromEntries(after);
  return out;
}
