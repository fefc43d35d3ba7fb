import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../lintContext';
import { stronglyConnected } from '../../model/stronglyConnected';
import { hasTrait } from '../../../nodes/registry';

/** J101: a moment of truth is followed within two steps by a listening point (a survey). */
export function listeningAfterMomentsOfTruth(ctx: LintContext): Diagnostic[] {
  const listens = (id: string) => hasTrait(ctx.graph.nodeById.get(id)?.kind ?? '', 'listening-point');
  return ctx.journey.nodes.flatMap((n, i) => {
    if (!n.momentOfTruth || hasTrait(n.kind, 'listening-point')) return [];
    const first = ctx.graph.out(n.id).map((o) => o.edge.to);
    const second = first.flatMap((id) => ctx.graph.out(id).map((o) => o.edge.to));
    if ([...first, ...second].some(listens)) return [];
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
  const ids = [...ctx.graph.nodeById.keys()];
  const succ = (id: string) => ctx.graph.out(id).map((o) => o.edge.to).filter((t) => ctx.graph.nodeById.has(t));
  const { component: comp, count: comps } = stronglyConnected(ids, succ);
  // Handoffs per component, then the most handoffs on a path from the start's component (memoised DFS on the DAG).
  const handoffs = new Array<string[]>(comps).fill([]).map(() => [] as string[]);
  for (const id of ids) if (hasTrait(ctx.graph.nodeById.get(id)!.kind, 'handoff')) handoffs[comp.get(id)!]!.push(id);
  const compSucc = new Array<Set<number>>(comps).fill(new Set()).map(() => new Set<number>());
  for (const id of ids) for (const t of succ(id)) if (comp.get(id) !== comp.get(t)) compSucc[comp.get(id)!]!.add(comp.get(t)!);
  const best = new Map<number, { count: number; via: string[] }>();
  const visit = (c: number): { count: number; via: string[] } => {
    const known = best.get(c);
    if (known) return known;
    let tail = { count: 0, via: [] as string[] };
    for (const s of compSucc[c]!) {
      const r = visit(s);
      if (r.count > tail.count) tail = r;
    }
    const result = { count: handoffs[c]!.length + tail.count, via: [...handoffs[c]!, ...tail.via] };
    best.set(c, result);
    return result;
  };
  const worst = visit(comp.get(start)!);
  if (worst.count <= LIMIT) return [];
  const at = worst.via[LIMIT]!;
  return [diagnostic('J103', `a customer can pass ${worst.count} handoffs on one path (${worst.via.join(' → ')}): more than ${LIMIT} feels like being passed around; merge steps or let one team own the case`, { path: ctx.nodePath(ctx.nodeIndex.get(at)!), nodeId: at })];
}
