import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import { stronglyConnected } from '../../model/stronglyConnected';
import type { LintContext } from '../lintContext';

/**
 * J030: rule (`always`) edges that form a loop in which nothing changes. Customers and events do
 * not change while rules run, and journey variables change only by `assign`: a loop of rules with
 * no assignment on it, once entered, is taken forever. A node with `work` breaks a loop (it waits
 * for its team).
 */
export function endlessRuleLoops(ctx: LintContext): Diagnostic[] {
  const candidates = ctx.journey.nodes.filter((n) => n.work === undefined).map((n) => n.id);
  const inLoopGraph = new Set(candidates);
  const ruleTargets = (id: string) => ctx.graph.out(id).filter((o) => o.edge.always === true && inLoopGraph.has(o.edge.to));
  const { component } = stronglyConnected(candidates, (id) => ruleTargets(id).map((o) => o.edge.to));
  const members = new Map<number, string[]>();
  for (const id of candidates) members.set(component.get(id)!, [...(members.get(component.get(id)!) ?? []), id]);
  const assigns = (actions: { type: string }[] | undefined) => (actions ?? []).some((a) => a.type === 'assign');
  const out: Diagnostic[] = [];
  for (const ids of members.values()) {
    const set = new Set(ids);
    const loopEdges = ids.flatMap((id) => ruleTargets(id).filter((o) => set.has(o.edge.to)));
    if (loopEdges.length === 0) continue;
    const changes = ids.some((id) => assigns(ctx.graph.nodeById.get(id)?.actions)) || loopEdges.some((o) => assigns(o.edge.actions));
    if (changes) continue;
    const first = loopEdges.reduce((a, b) => (b.index < a.index ? b : a));
    out.push(diagnostic('J030', `rule edges ${loopEdges.map((o) => `'${o.edge.id}'`).join(', ')} form a loop in which nothing changes: a customer who enters it never leaves; give one of them an event or timer, or assign a variable that a guard checks`, { path: ctx.edgePath(first.index), edgeId: first.edge.id }));
  }
  return out;
}
