import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import type { OutEdge } from '../../model/journeyGraph';
import type { LintContext } from '../lintContext';
import { ownValue } from '../../model/ownValue';
import { constantNumbers } from '../constantNumber';
import { scopeOf } from './expressionRules';

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

/**
 * J021: the probabilities of a node's distinct events (with its stage's) sum to at most 1, per
 * segment too (those of the overrides, and with a cohort its own). A CEL `p` that is the same for
 * every customer of the segment counts with its value, as the simulator counts it; one outside 0…1
 * is J048's.
 */
export function probabilitySums(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const constantNumber = constantNumbers(scopeOf(ctx.journey));
  const segmentIds = new Set<string>((ctx.cohort?.segments ?? []).map((s) => s.id));
  for (const e of ctx.journey.edges) for (const s of Object.keys(e.sim?.segments ?? {})) segmentIds.add(s);
  const valueOf = (p: number | string | undefined, segment?: string): number | undefined => {
    const v = typeof p === 'string' ? constantNumber(p, segment) : p;
    return v !== undefined && v >= 0 && v <= 1 ? v : undefined;
  };
  ctx.journey.nodes.forEach((n, i) => {
    const events = eventsOf(ctx.graph.out(n.id));
    const sims = [...events.values()].map((edges) => edges.find((o) => o.edge.sim !== undefined)).filter((o): o is OutEdge => o !== undefined);
    const check = (segment?: string) => {
      let sum = 0;
      const parts: string[] = [];
      for (const o of sims) {
        const override = segment !== undefined ? ownValue(o.edge.sim?.segments, segment)?.p : undefined;
        const p = valueOf(override ?? o.edge.sim?.p, segment);
        if (p !== undefined && p > 0) {
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
  const { graph } = ctx;
  const quiet = ctx.journey.edges.flatMap((e, i) => (e.event !== undefined && e.sim === undefined ? [{ edge: e, event: e.event, index: i }] : []));
  if (quiet.length === 0) return [];
  const add = <T>(map: Map<string, Set<T>>, key: string, value: T) => {
    const set = map.get(key);
    if (set) set.add(value);
    else map.set(key, new Set([value]));
  };
  // The events a `sim` emits from each node or stage; at a node, those of its ways out (its own
  // edges and its stage's). For an edge from a stage: those emitted at any node of that stage,
  // gathered once per stage, so that every edge is looked at a bounded number of times.
  const simEvents = new Map<string, Set<string>>();
  for (const e of ctx.journey.edges) if (e.event !== undefined && e.sim !== undefined) add(simEvents, e.from, e.event);
  const emitsAt = (id: string, event: string) => {
    const stage = graph.stageOf(id);
    return simEvents.get(id)?.has(event) === true || (stage !== undefined && simEvents.get(stage)?.has(event) === true);
  };
  const asked = new Set(quiet.filter((q) => !ctx.nodeIndex.has(q.edge.from)).map((q) => q.edge.from));
  const inStage = new Map<string, Set<string>>();
  const merged = new Map<string, Set<string>>();
  for (const n of ctx.journey.nodes) {
    if (n.stage === undefined || !asked.has(n.stage)) continue;
    for (const event of simEvents.get(n.id) ?? []) add(inStage, n.stage, event);
    const shared = graph.stageOf(n.id);
    if (shared === undefined || merged.get(n.stage)?.has(shared)) continue;
    add(merged, n.stage, shared);
    for (const event of simEvents.get(shared) ?? []) add(inStage, n.stage, event);
  }
  return quiet.flatMap(({ edge: e, event, index }) => {
    const emitted = ctx.nodeIndex.has(e.from) ? emitsAt(e.from, event) : inStage.get(e.from)?.has(event) === true;
    return emitted ? [] : [diagnostic('J105', `event ${event} of edge '${e.id}' has no "sim": the simulator never emits it; add "sim": {"p": 0.3, "delay": "1d"} to model how often and when it happens`, { path: ctx.edgePath(index), edgeId: e.id })];
  });
}
