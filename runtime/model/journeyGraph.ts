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
  /** A node's ways out: its own edges, then its stage's (`from` this stage), each in document order. */
  out(nodeId: string): OutEdge[];
  /** The edges whose `from` is this id (a node or a stage), in document order. */
  from(id: string): OutEdge[];
  /** The stage whose edges also leave this node, if any (a declared stage that is not also a node id). */
  stageOf(nodeId: string): string | undefined;
}

const NONE = Object.freeze([]) as unknown as OutEdge[]; // shared by every id without edges: never to be changed

export function buildJourneyGraph(journey: Journey): JourneyGraph {
  const nodeById = new Map<string, JourneyNode>();
  for (const n of journey.nodes) if (!nodeById.has(n.id)) nodeById.set(n.id, n);
  const stageIds = new Set((journey.stages ?? []).map((s) => s.id));
  const byFrom = new Map<string, OutEdge[]>();
  journey.edges.forEach((edge, index) => {
    const list = byFrom.get(edge.from);
    if (list) list.push({ edge, index });
    else byFrom.set(edge.from, [{ edge, index }]);
  });
  const from = (id: string) => byFrom.get(id) ?? NONE;
  const sharedStage = new Map<string, string>();
  for (const [id, n] of nodeById) if (n.stage !== undefined && stageIds.has(n.stage) && !nodeById.has(n.stage)) sharedStage.set(id, n.stage);
  const stageOf = (nodeId: string) => sharedStage.get(nodeId);
  const outCache = new Map<string, OutEdge[]>();
  return {
    nodeById,
    from,
    stageOf,
    out(nodeId) {
      const own = from(nodeId);
      const stage = stageOf(nodeId);
      const shared = stage !== undefined ? from(stage) : NONE;
      if (shared.length === 0) return own;
      if (own.length === 0) return shared;
      let list = outCache.get(nodeId);
      if (!list) {
        list = own.concat(shared);
        outCache.set(nodeId, list);
      }
      return list;
    },
  };
}

/**
 * Node ids reachable from `start` (start included), following edges whose target exists. A stage's
 * edges are followed once, when the first node of that stage is reached.
 */
export function reachableFrom(graph: JourneyGraph, start: string): Set<string> {
  const seen = new Set<string>();
  if (!graph.nodeById.has(start)) return seen;
  const stagesDone = new Set<string>();
  const stack = [start];
  seen.add(start);
  const follow = (edges: readonly OutEdge[]) => {
    for (const { edge } of edges) {
      if (graph.nodeById.has(edge.to) && !seen.has(edge.to)) {
        seen.add(edge.to);
        stack.push(edge.to);
      }
    }
  };
  while (stack.length > 0) {
    const id = stack.pop()!;
    follow(graph.from(id));
    const stage = graph.stageOf(id);
    if (stage !== undefined && !stagesDone.has(stage)) {
      stagesDone.add(stage);
      follow(graph.from(stage));
    }
  }
  return seen;
}
