import type { Journey, JourneyNode } from './journey';
import type { JourneyEdge } from './edge';

export interface OutEdge {
  edge: JourneyEdge;
  /** Index of the edge in `edges`. */
  index: number;
}

/** The journey as a graph of nodes: each node's ways out, its own edges first, then its stage's. */
export interface JourneyGraph {
  nodeById: ReadonlyMap<string, JourneyNode>;
  out(nodeId: string): OutEdge[];
}

export function buildJourneyGraph(journey: Journey): JourneyGraph {
  const nodeById = new Map<string, JourneyNode>();
  for (const n of journey.nodes) if (!nodeById.has(n.id)) nodeById.set(n.id, n);
  const stageIds = new Set((journey.stages ?? []).map((s) => s.id));
  const byFrom = new Map<string, OutEdge[]>();
  journey.edges.forEach((edge, index) => {
    const list = byFrom.get(edge.from) ?? [];
    list.push({ edge, index });
    byFrom.set(edge.from, list);
  });
  const outCache = new Map<string, OutEdge[]>();
  return {
    nodeById,
    out(nodeId) {
      let list = outCache.get(nodeId);
      if (!list) {
        const node = nodeById.get(nodeId);
        const stage = node?.stage;
        const own = byFrom.get(nodeId) ?? [];
        list = stage !== undefined && stageIds.has(stage) && !nodeById.has(stage) ? [...own, ...(byFrom.get(stage) ?? [])] : own;
        outCache.set(nodeId, list);
      }
      return list;
    },
  };
}

/** Node ids reachable from `start` (start included), following edges whose target exists. */
export function reachableFrom(graph: JourneyGraph, start: string): Set<string> {
  const seen = new Set<string>();
  if (!graph.nodeById.has(start)) return seen;
  const stack = [start];
  seen.add(start);
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const { edge } of graph.out(id)) {
      if (graph.nodeById.has(edge.to) && !seen.has(edge.to)) {
        seen.add(edge.to);
        stack.push(edge.to);
      }
    }
  }
  return seen;
}
