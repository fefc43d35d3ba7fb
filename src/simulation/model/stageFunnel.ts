// The funnel by stage: for each stage of the map, in map order, the customers who reached it and
// what became of them there, from a `simulation/1` result (DESIGN §5), for all customers or one
// segment. Flows between stages come from the edge counts:
//   - reached: arrivals into the stage from outside it (an edge from a node of another stage, or
//     of no stage, or from another stage itself, into a node of this stage), plus every customer
//     when the journey starts in it. A customer who comes back to a stage (a loop) counts again,
//     so a later stage can have more than an earlier one, and more than 100 %;
//   - moved on: departures from the stage (an edge from one of its nodes, or from the stage, into
//     a node elsewhere), forward or back;
//   - succeeded: ended here at a `success` outcome;
//   - left: ended here without a success: at another outcome, stalled or gave up in a queue (the
//     customers of dropOffs.ts, placed by the stage of the node where they ended);
//   - still inside: the rest (in progress at the horizon): reached − moved on − succeeded − left,
//     since every arrival at a node either leaves it by an edge or ends there.
// Shares are of the scope's customers (all N, or the segment's). Stages without nodes are left out.
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { isLeavingResult, scopeCounts } from './dropOffs';

export interface FunnelStage {
  stageId: string;
  name: string;
  /** The node to show for the stage: the one most customers enter it by (the first in the document on a tie, or with no arrivals). */
  entryNodeId: string;
  reached: number;
  movedOn: number;
  succeeded: number;
  left: number;
  inside: number;
  /** reached / customers of the scope (0 without customers). */
  reachedShare: number;
}

export interface StageFunnel {
  segment: string | null;
  customers: number;
  stages: FunnelStage[];
}

export function stageFunnel(journey: Journey, result: SimulationResult, segment: string | null = null): StageFunnel {
  const scope = scopeCounts(result, segment);
  const N = scope.customers;
  const stageIds = new Set((journey.stages ?? []).map((s) => s.id));
  const stageOfNode = new Map(journey.nodes.map((n) => [n.id, n.stage ?? null]));
  // An edge leaves from a node, or from a stage (any of its nodes).
  const stageOfSource = (from: string) => (stageOfNode.has(from) ? stageOfNode.get(from)! : stageIds.has(from) ? from : null);

  const reached = new Map<string, number>();
  const movedOn = new Map<string, number>();
  const entries = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const start = stageOfNode.get(journey.start);
  if (start) {
    add(reached, start, N);
    add(entries, journey.start, N);
  }
  for (const edge of journey.edges) {
    const from = stageOfSource(edge.from);
    const to = stageOfNode.get(edge.to) ?? null;
    if (from === to || !stageOfNode.has(edge.to)) continue;
    const count = scope.edge(edge.id);
    if (to !== null) {
      add(reached, to, count);
      add(entries, edge.to, count);
    }
    if (from !== null) add(movedOn, from, count);
  }

  const stages: FunnelStage[] = [];
  for (const stage of journey.stages ?? []) {
    const nodes = journey.nodes.filter((n) => n.stage === stage.id && result.nodes[n.id]);
    if (nodes.length === 0) continue;
    let succeeded = 0;
    let left = 0;
    let entryNodeId = nodes[0]!.id;
    for (const node of nodes) {
      if ((entries.get(node.id) ?? 0) > (entries.get(entryNodeId) ?? 0)) entryNodeId = node.id;
      const outcome = result.outcomes[node.id];
      if (outcome) {
        if (isLeavingResult(outcome.result)) left += scope.outcome(node.id);
        else succeeded += scope.outcome(node.id);
      } else {
        const c = scope.node(node.id);
        left += c.stalled + c.abandoned;
      }
    }
    const r = reached.get(stage.id) ?? 0;
    const m = movedOn.get(stage.id) ?? 0;
    stages.push({
      stageId: stage.id,
      name: stage.name || stage.id,
      entryNodeId,
      reached: r,
      movedOn: m,
      succeeded,
      left,
      inside: Math.max(0, r - m - succeeded - left),
      reachedShare: N > 0 ? r / N : 0,
    });
  }
  return { segment: scope.segment, customers: N, stages };
}
