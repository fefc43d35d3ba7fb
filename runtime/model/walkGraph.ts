import type { JourneyGraph, OutEdge } from './journeyGraph';

/** A graph to walk (strongly connected components, longest paths) with each stage's edges held once. */
export interface WalkGraph {
  /** The node ids, then one vertex per stage whose kept edges leave some of those nodes. */
  vertices: string[];
  /** Targets of a vertex's kept edges, then (for a node) its stage's vertex. */
  successors(vertex: string): readonly string[];
  /** The kept document edges of a vertex: a node's own, or a stage's (`from` that stage). */
  edgesOf(vertex: string): readonly OutEdge[];
  /** The vertex stands for a stage's edges, not for a node. */
  isStage(vertex: string): boolean;
}

// Stage vertices are keyed apart from node ids (which are slugs, never starting with a NUL).
const STAGE = '\u0000';
const NONE: readonly never[] = Object.freeze([]);

/**
 * The journey graph over `nodeIds` and the edges `keep` accepts, with a stage's edges (the ways out
 * of every node in that stage) on one vertex of their own: a node links to its stage's vertex, the
 * vertex to the targets of the stage's edges. Between nodes it has exactly the paths of the node
 * graph, but its size is nodes + edges, not nodes × the edges of their stage, so a walk over it is
 * linear however many nodes a stage holds.
 */
export function walkGraph(graph: JourneyGraph, nodeIds: Iterable<string>, keep: (o: OutEdge) => boolean): WalkGraph {
  const vertices = [...new Set(nodeIds)];
  const edges = new Map<string, readonly OutEdge[]>();
  const successors = new Map<string, readonly string[]>();
  const kept = (from: string) => {
    const all = graph.from(from);
    return all.length === 0 ? NONE : all.filter(keep);
  };
  const stageVertex = new Map<string, string | undefined>();
  const nodeCount = vertices.length;
  for (let i = 0; i < nodeCount; i++) {
    const id = vertices[i]!;
    const own = kept(id);
    const stage = graph.stageOf(id);
    if (stage !== undefined && !stageVertex.has(stage)) {
      const shared = kept(stage);
      const vertex = shared.length > 0 ? STAGE + stage : undefined;
      stageVertex.set(stage, vertex);
      if (vertex !== undefined) {
        vertices.push(vertex);
        edges.set(vertex, shared);
        successors.set(vertex, shared.map((o) => o.edge.to));
      }
    }
    const via = stage !== undefined ? stageVertex.get(stage) : undefined;
    if (own.length > 0) edges.set(id, own);
    if (own.length > 0 || via !== undefined) successors.set(id, via !== undefined ? [...own.map((o) => o.edge.to), via] : own.map((o) => o.edge.to));
  }
  return {
    vertices,
    successors: (vertex) => successors.get(vertex) ?? NONE,
    edgesOf: (vertex) => edges.get(vertex) ?? NONE,
    isStage: (vertex) => vertex.startsWith(STAGE),
  };
}
