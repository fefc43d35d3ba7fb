// What the simulation counts when something happens to a customer (DESIGN §5's result).
import type { PlanNode, SimPlan } from '../plan/simulationPlan';
import { exactAdd } from './exactSum';
import { histogramAdd } from './logHistogram';
import { NODE_FIELDS, NodeField, SEGMENT_NODE_FIELDS, SegmentNodeField, Terminal, type SimulationMetrics } from './metrics';
import type { CustomerEnd } from './traceStep';

/**
 * A visit of `node` by a customer of segment `g`: the visit, its cost, its emotion (NaN: none),
 * handoffs. Only the visits per segment are counted: the node's total, and the emotion of a node
 * whose emotion is a constant (that many visits of the same value), are derived from them when the
 * result is built (result/visitTotals.ts), which saves work on every visit.
 */
export function recordVisit(m: SimulationMetrics, node: PlanNode, g: number, S: number, emotion: number): void {
  const n = node.index;
  m.nodeSegmentCounts[(n * S + g) * SEGMENT_NODE_FIELDS + SegmentNodeField.visits]!++;
  if (node.costMicro !== 0) exactAdd(m.costMicro, g, node.costMicro);
  if (node.emotionExpr !== null && emotion === emotion) {
    const micro = Math.round(emotion * 1e6);
    exactAdd(m.nodeEmotion, n, micro);
    m.nodeCounts[n * NODE_FIELDS + NodeField.emotionCount]!++;
    if (node.stage >= 0) {
      exactAdd(m.stageEmotion, node.stage * S + g, micro);
      m.stageEmotionCount[node.stage * S + g]!++;
    }
  }
  m.handoffs += node.handoffs;
}

/** A customer of segment `g` reached outcome `node` `took` ms after it entered the journey. */
export function recordOutcome(m: SimulationMetrics, node: PlanNode, g: number, S: number, took: number): void {
  m.outcomeCounts[node.outcome * S + g]!++;
  exactAdd(m.valueMicro, g, node.valueMicro);
  m.outcomeTimeCount++;
  exactAdd(m.outcomeTimeSum, 0, took);
  histogramAdd(m.outcomeTimeHistogram, 0, took);
  if (took < m.outcomeTimeMin) m.outcomeTimeMin = took;
  if (took > m.outcomeTimeMax) m.outcomeTimeMax = took;
}

/**
 * A customer of segment `g` left the simulation at node `n` (`at`: when, the horizon for those still
 * inside). Returns its category: the outcome's index, or outcomes + the Terminal kind.
 */
export function recordEnd(m: SimulationMetrics, plan: SimPlan, n: number, g: number, end: CustomerEnd, at: number): number {
  if (at > m.spanMs) m.spanMs = at;
  if (end === 'outcome') return plan.nodes[n]!.outcome;
  const S = plan.segments.length;
  const kind = end === 'stalled' ? Terminal.stalled : end === 'abandoned' ? Terminal.abandoned : Terminal.inProgress;
  const field = end === 'stalled' ? NodeField.stalled : end === 'abandoned' ? NodeField.abandoned : NodeField.inProgress;
  m.terminal[kind * S + g]!++;
  m.nodeCounts[n * NODE_FIELDS + field]!++;
  if (end !== 'inProgress') m.nodeSegmentCounts[(n * S + g) * SEGMENT_NODE_FIELDS + (end === 'stalled' ? SegmentNodeField.stalled : SegmentNodeField.abandoned)]!++;
  return plan.outcomes.length + kind;
}
