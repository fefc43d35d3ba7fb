import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import type { OutEdge } from '../../model/journeyGraph';
import type { LintContext } from '../lintContext';

/** Distinct events of a node's ways out, in document order, each with the edges that carry it. */
function eventsOf(out: OutEdge[]): Map<string, OutEdge[]> {
  const events = new Map<string, OutEdge[]>();
  for (const o of out) {
    if (o.edge.event === undefined) continue;
    const list = events.get(o.edge.event) ?? [];
    list.push(o);
    events.set(o.edge.event, list);
  }
  return events;
}

/** J020: among the edges of one node (or stage) with the same event, at most one carries `sim`. */
export function oneSimPerEvent(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const froms = new Set(ctx.journey.edges.map((e) => e.from));
  for (const from of froms) {
    for (const [event, edges] of eventsOf(ctx.edgesFrom(from))) {
      const withSim = edges.filter((o) => o.edge.sim !== undefined);
      for (const extra of withSim.slice(1)) {
        out.push(diagnostic('J020', `edge '${extra.edge.id}' carries a second "sim" for event ${event} of '${from}' (the first is on '${withSim[0]!.edge.id}'): the behaviour model belongs to the event; keep one and remove the others`, { path: ctx.edgePath(extra.index, 'sim'), edgeId: extra.edge.id }));
      }
    }
  }
  return out;
}

/** J021: the probabilities of a node's distinct events (with its stage's) sum to at most 1, per segment too. */
export function probabilitySums(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const segmentIds = new Set<string>();
  for (const e of ctx.journey.edges) for (const s of Object.keys(e.sim?.segments ?? {})) segmentIds.add(s);
  ctx.journey.nodes.forEach((n, i) => {
    const events = eventsOf(ctx.graph.out(n.id));
    const sims = [...events.values()].map((edges) => edges.find((o) => o.edge.sim !== undefined)).filter((o): o is OutEdge => o !== undefined);
    const check = (segment?: string) => {
      let sum = 0;
      const parts: string[] = [];
      for (const o of sims) {
        const override = segment !== undefined ? o.edge.sim?.segments?.[segment]?.p : undefined;
        const p = override ?? o.edge.sim?.p;
        if (typeof p === 'number' && p > 0) {
          sum += p;
          parts.push(`${o.edge.event} ${p}`);
        }
      }
      if (sum > 1 + 1e-9) {
        const who = segment !== undefined ? ` for segment '${segment}'` : '';
        out.push(diagnostic('J021', `the event probabilities of '${n.id}'${who} sum to ${Number(sum.toFixed(6))} (${parts.join(' + ')}): one customer emits at most one event, so lower them to sum to 1 or less`, { path: ctx.nodePath(i), nodeId: n.id }));
      }
    };
    check();
    for (const s of segmentIds) check(s);
  });
  return out;
}

/** J105: event edges whose event no `sim` ever emits, so the simulator never takes them. */
export function silentEvents(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stageNodes = new Map<string, string[]>();
  for (const n of ctx.journey.nodes) if (n.stage !== undefined) stageNodes.set(n.stage, [...(stageNodes.get(n.stage) ?? []), n.id]);
  ctx.journey.edges.forEach((e, i) => {
    if (e.event === undefined || e.sim !== undefined) return;
    const at = ctx.nodeIndex.has(e.from) ? [e.from] : stageNodes.get(e.from) ?? [];
    const emitted = at.some((id) => ctx.graph.out(id).some((o) => o.edge.event === e.event && o.edge.sim !== undefined));
    if (!emitted) {
      out.push(diagnostic('J105', `event ${e.event} of edge '${e.id}' has no "sim": the simulator never emits it; add "sim": {"p": 0.3, "delay": "1d"} to model how often and when it happens`, { path: ctx.edgePath(i), edgeId: e.id }));
    }
  });
  return out;
}
