import type { Journey } from '../model/journey';
import type { JourneyEdge } from '../model/edge';
import type { Cohort } from '../model/cohort';
import type { Diagnostic, JsonPath } from '../diagnostics/diagnostic';
import { buildJourneyGraph, reachableFrom, type JourneyGraph } from '../model/journeyGraph';
import { nodeKind } from '../../nodes/registry';

export interface IndexedEdge {
  edge: JourneyEdge;
  index: number;
}

/** What a node kind's lint rules see (no Journey type here: node schemas are part of it). */
export interface NodeLintContext {
  /** Index of each node id in `nodes` (first occurrence). */
  nodeIndex: ReadonlyMap<string, number>;
  /** Edges whose `from` is this id, in document order, with their index in `edges`. */
  edgesFrom(id: string): IndexedEdge[];
  /** Edges that leave a node: its own, then those of its stage (stage-level edges). */
  edgesLeaving(node: { id: string; stage?: string | undefined }): IndexedEdge[];
  stageIds: ReadonlySet<string>;
  teamIds: ReadonlySet<string>;
  nodePath(index: number, ...rest: JsonPath): JsonPath;
  edgePath(index: number, ...rest: JsonPath): JsonPath;
  /** Node ids reachable from this node (itself included), following edges and stage edges. */
  reachable(nodeId: string): ReadonlySet<string>;
  /** The result of a node that ends the journey (its kind's compile rule says so), else undefined. */
  endResult(nodeId: string): string | undefined;
}

/** What lint rules see: the journey and indexes over it, built once per lint run. */
export interface LintContext extends NodeLintContext {
  journey: Journey;
  cohort?: Cohort;
  graph: JourneyGraph;
}

/** A journey-wide lint rule. */
export type LintRule = (ctx: LintContext) => Diagnostic[];

export function createLintContext(journey: Journey, cohort?: Cohort): LintContext {
  const nodeIndex = new Map<string, number>();
  journey.nodes.forEach((n, i) => {
    if (!nodeIndex.has(n.id)) nodeIndex.set(n.id, i);
  });
  const stageIds = new Set((journey.stages ?? []).map((s) => s.id));
  const graph = buildJourneyGraph(journey);
  const ctx: LintContext = {
    journey,
    graph,
    nodeIndex,
    edgesFrom: (id) => graph.from(id),
    edgesLeaving: (node) => graph.out(node.id),
    stageIds,
    teamIds: new Set((journey.teams ?? []).map((t) => t.id)),
    nodePath: (index, ...rest) => ['nodes', index, ...rest],
    edgePath: (index, ...rest) => ['edges', index, ...rest],
    reachable: (nodeId) => reachableFrom(graph, nodeId),
    endResult: (nodeId) => {
      const n = graph.nodeById.get(nodeId);
      return n ? nodeKind(n.kind)?.compile?.(n as never).final?.result : undefined;
    },
  };
  if (cohort) ctx.cohort = cohort;
  return ctx;
}
