// What the simulation does not count on every visit, derived from the visits per segment when the
// result is built: a node's visits, an edge's count, and the emotion of nodes whose emotion is a
// constant (each visit records the same value). The sums are of integers (visits, millionths of
// emotion), so they are the same whatever the order of the customers or the shards.
import { exactValue } from '../core/exactSum';
import { NODE_FIELDS, NodeField, SEGMENT_NODE_FIELDS, SegmentNodeField, type SimulationMetrics } from '../core/metrics';
import type { PlanNode, SimPlan } from '../plan/simulationPlan';

/** Visits of node `n` by customers of segment `g`. */
export const segmentVisits = (m: SimulationMetrics, S: number, n: number, g: number): number => m.nodeSegmentCounts[(n * S + g) * SEGMENT_NODE_FIELDS + SegmentNodeField.visits]!;

/** Visits of node `n`, every segment. */
export function nodeVisits(m: SimulationMetrics, S: number, n: number): number {
  let v = 0;
  for (let g = 0; g < S; g++) v += segmentVisits(m, S, n, g);
  return v;
}

/** Times edge `e` was taken, every segment. */
export function edgeCount(m: SimulationMetrics, S: number, e: number): number {
  let c = 0;
  for (let g = 0; g < S; g++) c += m.edgeSegmentCounts[e * S + g]!;
  return c;
}

/** The millionths a visit of `node` records when its emotion is a constant; undefined when it has an expression or no emotion. */
export function constantEmotionMicro(node: PlanNode): number | undefined {
  return node.emotionExpr === null && node.emotion === node.emotion ? Math.round(node.emotion * 1e6) : undefined;
}

/** Sum (millionths) and count of the emotions recorded at node `n`. */
export function nodeEmotion(plan: SimPlan, m: SimulationMetrics, n: number): { sum: number; count: number } {
  const micro = constantEmotionMicro(plan.nodes[n]!);
  if (micro === undefined) return { sum: exactValue(m.nodeEmotion, n), count: m.nodeCounts[n * NODE_FIELDS + NodeField.emotionCount]! };
  const visits = nodeVisits(m, plan.segments.length, n);
  return { sum: micro * visits, count: visits };
}

/** Sums (millionths) and counts of the emotions recorded in each stage by each segment, [stage × segments + segment]. */
export function stageEmotions(plan: SimPlan, m: SimulationMetrics): { sums: Float64Array; counts: Float64Array } {
  const S = plan.segments.length;
  const sums = new Float64Array(plan.stageIds.length * S);
  const counts = Float64Array.from(m.stageEmotionCount);
  for (let k = 0; k < sums.length; k++) sums[k] = exactValue(m.stageEmotion, k);
  for (const node of plan.nodes) {
    const micro = constantEmotionMicro(node);
    if (micro === undefined || node.stage < 0) continue;
    for (let g = 0; g < S; g++) {
      const v = segmentVisits(m, S, node.index, g);
      const k = node.stage * S + g;
      sums[k] = sums[k]! + micro * v;
      counts[k] = counts[k]! + v;
    }
  }
  return { sums, counts };
}
