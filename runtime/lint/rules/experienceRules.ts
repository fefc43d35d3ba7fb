import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../lintContext';
import type { OutEdge } from '../../model/journeyGraph';
import { stronglyConnected } from '../../model/stronglyConnected';
import { walkGraph } from '../../model/walkGraph';
import { hasTrait } from '../../../nodes/registry';

/** J101: a moment of truth is followed within two steps by a listening point (a survey). */
export function listeningAfterMomentsOfTruth(ctx: LintContext): Diagnostic[] {
  const { graph } = ctx;
  const listens = (id: string) => hasTrait(graph.nodeById.get(id)?.kind ?? '', 'listening-point');
  // Whether some edge of a list leads to a listening point (in one step, or in two): memoised per
  // node and per stage, so that each edge is looked at a bounded number of times.
  const memo = (f: (id: string) => boolean) => {
    const known = new Map<string, boolean>();
    return (id: string) => {
      let v = known.get(id);
      if (v === undefined) known.set(id, (v = f(id)));
      return v;
    };
  };
  const ways = (id: string, f: (edges: OutEdge[]) => boolean, byStage: (stage: string) => boolean) => {
    const stage = graph.stageOf(id);
    return f(graph.from(id)) || (stage !== undefined && byStage(stage));
  };
  const stageListens = memo((stage) => graph.from(stage).some((o) => listens(o.edge.to)));
  const listensNext = memo((id) => ways(id, (edges) => edges.some((o) => listens(o.edge.to)), stageListens));
  const stageWithinTwo = memo((stage) => graph.from(stage).some((o) => listens(o.edge.to) || listensNext(o.edge.to)));
  const withinTwo = (id: string) => ways(id, (edges) => edges.some((o) => listens(o.edge.to) || listensNext(o.edge.to)), stageWithinTwo);
  return ctx.journey.nodes.flatMap((n, i) => {
    if (!n.momentOfTruth || hasTrait(n.kind, 'listening-point') || withinTwo(n.id)) return [];
    return [diagnostic('J101', `moment of truth '${n.id}' has no listening point within two steps after it: add a short survey node after it to hear how customers felt`, { path: ctx.nodePath(i, 'momentOfTruth'), nodeId: n.id })];
  });
}

/**
 * J103: no path from the start passes more than 3 handoffs. A cycle counts all the handoffs on it
 * (a customer can go round), so the count is over the graph of strongly connected components.
 */
export function handoffsPerPath(ctx: LintContext): Diagnostic[] {
  const LIMIT = 3;
  const { start } = ctx.journey;
  if (!ctx.nodeIndex.has(start)) return [];
  // A path passes each handoff node at most once in the count: with no more than LIMIT of them in
  // the journey, no path has more.
  let total = 0;
  for (const n of ctx.graph.nodeById.values()) if (hasTrait(n.kind, 'handoff')) total++;
  if (total <= LIMIT) return [];
  const g = walkGraph(ctx.graph, ctx.graph.nodeById.keys(), (o) => ctx.graph.nodeById.has(o.edge.to));
  const { component: comp, count: comps } = stronglyConnected(g.vertices, g.successors);
  const handoffs = Array.from({ length: comps }, () => [] as string[]);
  for (const v of g.vertices) if (!g.isStage(v) && hasTrait(ctx.graph.nodeById.get(v)!.kind, 'handoff')) handoffs[comp.get(v)!]!.push(v);
  const compSucc = Array.from({ length: comps }, () => new Set<number>());
  for (const v of g.vertices) for (const t of g.successors(v)) if (comp.get(v) !== comp.get(t)) compSucc[comp.get(v)!]!.add(comp.get(t)!);
  // The most handoffs on a path from each component. Components are numbered in reverse
  // topological order (successors first), so one pass in that order, no recursion however long the
  // paths; `next` keeps the successor the worst path goes on to.
  const most = new Int32Array(comps);
  const next = new Int32Array(comps).fill(-1);
  for (let c = 0; c < comps; c++) {
    for (const s of compSucc[c]!) {
      if (most[s]! > most[c]!) {
        most[c] = most[s]!;
        next[c] = s;
      }
    }
    most[c] = most[c]! + handoffs[c]!.length;
  }
  const first = comp.get(start)!;
  if (most[first]! <= LIMIT) return [];
  const via: string[] = [];
  for (let c = first; c >= 0; c = next[c]!) for (const id of handoffs[c]!) via.push(id);
  const at = via[LIMIT]!;
  return [diagnostic('J103', `a customer can pass ${most[first]} handoffs on one path (${via.join(' → ')}): more than ${LIMIT} feels like being passed around; merge steps or let one team own the case`, { path: ctx.nodePath(ctx.nodeIndex.get(at)!), nodeId: at })];
}
