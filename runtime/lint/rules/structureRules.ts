import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import { reachableFrom } from '../../model/journeyGraph';
import { triggersOf } from '../../model/edge';
import { nodeKind } from '../../../nodes/registry';
import type { LintContext } from '../lintContext';

/** J012, J013: the journey starts at a node that exists. */
export function startNode(ctx: LintContext): Diagnostic[] {
  const { start, nodes } = ctx.journey;
  if (start.trim() === '') {
    return [diagnostic('J012', `"start" is empty: set it to the id of the node where customers enter${nodes[0] ? `, e.g. "${nodes[0].id}"` : ''}`, { path: ['start'] })];
  }
  if (!ctx.nodeIndex.has(start)) {
    return [diagnostic('J013', `"start" names unknown node '${start}': set it to one of the node ids${nodes[0] ? ` (e.g. "${nodes[0].id}")` : ''}`, { path: ['start'] })];
  }
  return [];
}

/** J014: every node can be reached from the start. */
export function unreachableNodes(ctx: LintContext): Diagnostic[] {
  if (!ctx.nodeIndex.has(ctx.journey.start)) return [];
  const reached = reachableFrom(ctx.graph, ctx.journey.start);
  return ctx.journey.nodes.flatMap((n, i) =>
    reached.has(n.id) ? [] : [diagnostic('J014', `node '${n.id}' can never be reached from the start '${ctx.journey.start}': connect an edge to it or delete it`, { path: ['nodes', i], nodeId: n.id })],
  );
}

/** J015: a node that is not an outcome has a way out. */
export function deadEnds(ctx: LintContext): Diagnostic[] {
  const { graph } = ctx;
  const hasWayOut = (id: string) => {
    const stage = graph.stageOf(id);
    return graph.from(id).length > 0 || (stage !== undefined && graph.from(stage).length > 0);
  };
  return ctx.journey.nodes.flatMap((n, i) => {
    if (nodeKind(n.kind)?.compile?.(n as never).final) return [];
    return hasWayOut(n.id)
      ? []
      : [diagnostic('J015', `node '${n.id}' is a dead end: customers there are stuck; add an edge out of it or make it an outcome`, { path: ['nodes', i], nodeId: n.id })];
  });
}

/** J026: every edge has exactly one trigger. */
export function edgeTriggers(ctx: LintContext): Diagnostic[] {
  return ctx.journey.edges.flatMap((e, i) => {
    const n = triggersOf(e).length;
    if (n === 1) return [];
    const msg = n === 0
      ? `edge '${e.id}' has no trigger: give it "event": "NAME", "after": "3d" or "always": true`
      : `edge '${e.id}' has ${n} triggers: keep exactly one of "event", "after" and "always" (make two edges for two triggers)`;
    return [diagnostic('J026', msg, { path: ['edges', i], edgeId: e.id })];
  });
}

/** J106: at least one outcome is a success. */
export function successOutcome(ctx: LintContext): Diagnostic[] {
  const hasSuccess = ctx.journey.nodes.some((n) => nodeKind(n.kind)?.compile?.(n as never).final?.result === 'success');
  return hasSuccess ? [] : [diagnostic('J106', 'no outcome is a success: add an outcome node with "result": "success" so the journey says what good looks like', { path: ['nodes'] })];
}

/** Each kind's own rules, from its descriptor. */
export function kindRules(ctx: LintContext): Diagnostic[] {
  return ctx.journey.nodes.flatMap((n, i) => nodeKind(n.kind)?.lint?.(n as never, i, ctx) ?? []);
}
