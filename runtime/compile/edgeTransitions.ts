import type { JourneyEdge } from '../model/edge';
import { durationMs } from '../model/duration';
import type { ActionConfig, StateConfig, TransitionConfig } from './machineConfig';
import { toActionConfig } from './toActionConfig';

/** The transition of one edge: target by state id, CEL guard, parameterised actions. */
export function edgeTransition(edge: JourneyEdge): TransitionConfig {
  const t: TransitionConfig = { target: `#${edge.to}`, meta: edge.label !== undefined ? { edge: edge.id, label: edge.label } : { edge: edge.id } };
  if (edge.guard !== undefined && edge.guard.trim() !== '') t.guard = { type: 'cel', params: { expr: edge.guard } };
  const actions: ActionConfig[] = (edge.actions ?? []).map(toActionConfig);
  if (actions.length > 0) t.actions = actions;
  if (edge.to === edge.from) t.reenter = true;
  return t;
}

export type EdgeTransitions = Pick<StateConfig, 'on' | 'after' | 'always'>;

/**
 * `event` edges → `on`, `after` edges → `after` (keyed by milliseconds), `always` edges → `always`.
 * Each list keeps document order, so XState's first-passing-guard rule is the routing rule.
 */
export function edgeTransitions(edges: readonly JourneyEdge[]): EdgeTransitions {
  const out: EdgeTransitions = {};
  for (const edge of edges) {
    const t = edgeTransition(edge);
    if (edge.event !== undefined) {
      const on = (out.on ??= {});
      (on[edge.event] ??= []).push(t);
    } else if (edge.after !== undefined) {
      const ms = durationMs(edge.after);
      if (ms === undefined) throw new Error(`edge '${edge.id}': invalid duration ${JSON.stringify(edge.after)}`);
      const after = (out.after ??= {});
      (after[String(ms)] ??= []).push(t);
    } else if (edge.always === true) {
      (out.always ??= []).push(t);
    }
  }
  return out;
}
