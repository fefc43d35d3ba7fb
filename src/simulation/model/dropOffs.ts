// Where customers leave: the steps of the map ranked by the customers whose journey ends there
// without a success, from a `simulation/1` result (DESIGN §5), for all customers or one segment.
//
// A customer *leaves* when its journey ends other than at a `success` outcome:
//   - stalled at a node (§5.8: no event coming and no timer left), counted at that node;
//   - abandoned in a node's staff queue (§5.4: its patience ran out), counted at that node;
//   - at an outcome whose result is not `success` (`failure`, `churn`, `abandoned`, `neutral`),
//     counted at the step it came from: each edge from a node into such an outcome adds its count
//     to that node (the step to look at, not the end it leads to). Customers who reach such an
//     outcome some other way (an edge from a stage: the result does not say from which of the
//     stage's nodes; or the outcome is the journey's start) are counted at the outcome itself.
// Customers still inside at the horizon (`inProgress`) have not left and are not counted.
//
// Each step's figures: `left` (the sum of the above, with `stalled`, `abandoned` and the customers
// per outcome apart), `reached` (the node's visits: every arrival, so on a loop a customer counts
// once per pass and `ofReached` is a share of arrivals), `ofReached` = left / reached and
// `ofCustomers` = left / the customers of the scope (all N, or the segment's). Every customer who
// left is counted at exactly one step, so the `left` of all rows sums to the scope's stalled +
// abandoned + non-success outcomes (`totalLeft`).
//
// Order: most `left` first; ties keep the map's document order. Steps where nobody left are not listed.
// A segment uses the per-segment figures of the result (`nodes.*.bySegment`, `edges.*.bySegment`,
// `outcomes.*.bySegment`); a segment the result does not have reads as all customers.
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { nodePlace } from './nodePlace';

export interface DropOffEnd {
  /** The outcome node. */
  nodeId: string;
  label: string;
  result: string;
  count: number;
}

export interface DropOff {
  nodeId: string;
  /** The node's label (its id only when it has none). */
  label: string;
  stageId: string | null;
  /** The stage's name, null for a node outside any stage. */
  stage: string | null;
  /** Visits of the node in the scope. */
  reached: number;
  left: number;
  stalled: number;
  abandoned: number;
  /** Customers who went from here to an outcome other than success, by outcome (document order; none with 0). */
  ends: DropOffEnd[];
  /** left / reached; null without visits. */
  ofReached: number | null;
  /** left / customers of the scope; 0 without customers. */
  ofCustomers: number;
}

export interface DropOffRanking {
  /** The segment ranked, null for all customers. */
  segment: string | null;
  customers: number;
  /** Customers of the scope who left (the sum of the rows' `left`). */
  totalLeft: number;
  rows: DropOff[];
}

/** The figures of one scope: all customers, or one segment. */
export interface ScopeCounts {
  segment: string | null;
  customers: number;
  node(id: string): { visits: number; stalled: number; abandoned: number };
  edge(id: string): number;
  outcome(id: string): number;
}

/** The result's figures for a segment (null or unknown: all customers). */
export function scopeCounts(result: SimulationResult, segment: string | null): ScopeCounts {
  const g = segment !== null && result.segments[segment] ? segment : null;
  if (g === null) {
    return {
      segment: null,
      customers: result.customers,
      node: (id) => result.nodes[id] ?? { visits: 0, stalled: 0, abandoned: 0 },
      edge: (id) => result.edges[id]?.count ?? 0,
      outcome: (id) => result.outcomes[id]?.count ?? 0,
    };
  }
  return {
    segment: g,
    customers: result.segments[g]!.customers,
    node: (id) => result.nodes[id]?.bySegment?.[g] ?? { visits: 0, stalled: 0, abandoned: 0 },
    edge: (id) => result.edges[id]?.bySegment?.[g] ?? 0,
    outcome: (id) => result.outcomes[id]?.bySegment[g]?.count ?? 0,
  };
}

/** Whether ending at this outcome result counts as leaving (every result but success). */
export const isLeavingResult = (result: string): boolean => result !== 'success';

/** The steps where customers leave, most first (see the header for the definition). */
export function rankDropOffs(journey: Journey, result: SimulationResult, segment: string | null = null): DropOffRanking {
  const scope = scopeCounts(result, segment);
  const N = scope.customers;
  const stageNames = new Map((journey.stages ?? []).map((s) => [s.id, s.name || s.id]));
  const nodeById = new Map(journey.nodes.map((n) => [n.id, n]));
  const leavingOutcome = (id: string) => {
    const o = result.outcomes[id];
    return o !== undefined && isLeavingResult(o.result);
  };

  // Outcome endings per node they came from; what reached an outcome from elsewhere stays at the outcome.
  const endsFrom = new Map<string, DropOffEnd[]>();
  const viaNodes = new Map<string, number>();
  for (const edge of journey.edges) {
    if (!leavingOutcome(edge.to) || !nodeById.has(edge.from)) continue;
    const count = scope.edge(edge.id);
    viaNodes.set(edge.to, (viaNodes.get(edge.to) ?? 0) + count);
    if (count === 0) continue;
    const to = nodeById.get(edge.to)!;
    const list = endsFrom.get(edge.from) ?? [];
    const same = list.find((e) => e.nodeId === edge.to);
    if (same) same.count += count;
    else list.push({ nodeId: edge.to, label: to.label || to.id, result: result.outcomes[edge.to]!.result, count });
    endsFrom.set(edge.from, list);
  }

  const rows: DropOff[] = [];
  for (const node of journey.nodes) {
    if (!result.nodes[node.id]) continue;
    const counts = scope.node(node.id);
    let ends = endsFrom.get(node.id) ?? [];
    let stalled = counts.stalled;
    let abandoned = counts.abandoned;
    if (leavingOutcome(node.id)) {
      // Arrived not through a node's edge: a stage's edge, or the journey starts here.
      const direct = Math.max(0, scope.outcome(node.id) - (viaNodes.get(node.id) ?? 0));
      if (direct > 0) ends = [...ends, { nodeId: node.id, label: node.label || node.id, result: result.outcomes[node.id]!.result, count: direct }];
      stalled = 0;
      abandoned = 0;
    }
    ends = ends.sort((a, b) => documentIndex(journey, a.nodeId) - documentIndex(journey, b.nodeId));
    const left = stalled + abandoned + ends.reduce((sum, e) => sum + e.count, 0);
    if (left === 0) continue;
    rows.push({
      ...nodePlace(node, stageNames),
      reached: counts.visits,
      left,
      stalled,
      abandoned,
      ends,
      ofReached: counts.visits > 0 ? left / counts.visits : null,
      ofCustomers: N > 0 ? left / N : 0,
    });
  }
  // Array.prototype.sort is stable: ties keep document order.
  rows.sort((a, b) => b.left - a.left);
  return { segment: scope.segment, customers: N, totalLeft: rows.reduce((sum, r) => sum + r.left, 0), rows };
}

function documentIndex(journey: Journey, id: string): number {
  return journey.nodes.findIndex((n) => n.id === id);
}
