import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import type { OutEdge } from '../../model/journeyGraph';
import { stronglyConnected } from '../../model/stronglyConnected';
import { walkGraph } from '../../model/walkGraph';
import type { LintContext } from '../lintContext';

/**
 * J030: rule (`always`) edges that form a loop in which nothing changes. Customers and events do
 * not change while rules run, and journey variables change only by `assign`: a loop of rules with
 * no assignment on it, once entered, is taken forever. A node with `work` breaks a loop (it waits
 * for its team).
 */
export function endlessRuleLoops(ctx: LintContext): Diagnostic[] {
  const candidates = new Set(ctx.journey.nodes.filter((n) => n.work === undefined).map((n) => n.id));
  const isRule = (o: OutEdge) => o.edge.always === true && candidates.has(o.edge.to);
  // Only nodes with a rule out (their own, or their stage's) can be on a loop of rules.
  const sources = new Set(ctx.journey.edges.filter((e) => e.always === true).map((e) => e.from));
  const walked = [...candidates].filter((id) => {
    const stage = ctx.graph.stageOf(id);
    return sources.has(id) || (stage !== undefined && sources.has(stage));
  });
  const g = walkGraph(ctx.graph, walked, isRule);
  const { component } = stronglyConnected(g.vertices, g.successors);
  const members = new Map<number, string[]>();
  for (const v of g.vertices) {
    const c = component.get(v)!;
    const list = members.get(c);
    if (list) list.push(v);
    else members.set(c, [v]);
  }
  const assigns = (actions: { type: string }[] | undefined) => (actions ?? []).some((a) => a.type === 'assign');
  const out: Diagnostic[] = [];
  for (const vertices of members.values()) {
    const set = new Set(vertices);
    const loopEdges = vertices.flatMap((v) => g.edgesOf(v).filter((o) => set.has(o.edge.to)));
    if (loopEdges.length === 0) continue;
    const changes = vertices.some((v) => !g.isStage(v) && assigns(ctx.graph.nodeById.get(v)?.actions)) || loopEdges.some((o) => assigns(o.edge.actions));
    if (changes) continue;
    const first = loopEdges.reduce((a, b) => (b.index < a.index ? b : a));
    out.push(diagnostic('J030', `rule edges ${loopEdges.map((o) => `'${o.edge.id}'`).join(', ')} form a loop in which nothing changes: a customer who enters it never leaves; give one of them an event or timer, or assign a variable that a guard checks`, { path: ctx.edgePath(first.index), edgeId: first.edge.id }));
  }
  return out;
}
