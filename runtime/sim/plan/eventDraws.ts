import { CelLimitError, type ExprScope } from '../../expr';
import type { JourneyGraph } from '../../model/journeyGraph';
import type { Sim } from '../../model/edge';
import { compileSampler, type Sampler } from '../random/sampler';
import { SimulationError } from '../simulationError';
import { machineFailure } from '../machineFailure';
import { ownValue } from '../../model/ownValue';
import { planExpr, probability, type PlanExpr } from './planExpr';

/**
 * The events a customer of one segment may emit at one node (DESIGN §5.6): the distinct events of
 * its ways out (its own edges, then its stage's), in that order, each with the `sim` of the first
 * edge carrying one, the segment's override first. Events whose probability is a constant ≤ 0 are
 * left out; the others are stacked on [0, 1) in this order.
 */
export interface EventDraws {
  /** Event ids (index into the plan's event names). */
  events: Int32Array;
  /** The probability when it is a number or a per-segment expression; NaN when `pExpr` decides. */
  p: Float64Array;
  /** Expressions evaluated at each draw (they read customer attributes or journey variables). */
  pExpr: (PlanExpr | null)[];
  delay: Sampler[];
  /** Sum of the constant probabilities (to reject sums above 1 up front). */
  constantSum: number;
}

const ZERO_DELAY = compileSampler(0, 'time');

export function eventDrawsOf(
  graph: JourneyGraph,
  nodeId: string,
  segmentIds: readonly string[],
  eventIndex: ReadonlyMap<string, number>,
  scope: ExprScope,
  exprCache: Map<string, PlanExpr>,
): EventDraws[] {
  const firstSim = new Map<string, { sim: Sim | undefined; edgeId: string }>();
  for (const { edge } of graph.out(nodeId)) {
    if (edge.event === undefined) continue;
    const known = firstSim.get(edge.event);
    if (!known) firstSim.set(edge.event, { sim: edge.sim, edgeId: edge.id });
    else if (known.sim === undefined && edge.sim !== undefined) firstSim.set(edge.event, { sim: edge.sim, edgeId: edge.id });
  }
  return segmentIds.map((segment, g) => {
    const events: number[] = [];
    const p: number[] = [];
    const pExpr: (PlanExpr | null)[] = [];
    const delay: Sampler[] = [];
    let constantSum = 0;
    for (const [event, { sim, edgeId }] of firstSim) {
      if (!sim) continue;
      const override = ownValue(sim.segments, segment); // a segment `constructor` has no override unless it says so
      const rawP = override?.p ?? sim.p ?? 0;
      const rawDelay = override?.delay ?? sim.delay;
      let value: number;
      let expr: PlanExpr | null = null;
      if (typeof rawP === 'number') value = probability(rawP);
      else {
        let compiled = exprCache.get(rawP);
        if (!compiled) {
          try {
            compiled = planExpr(scope, rawP, segmentIds, probability);
          } catch (err) {
            if (!(err instanceof CelLimitError)) throw err;
            throw machineFailure(err, 'sim p', { node: nodeId, edge: edgeId });
          }
          exprCache.set(rawP, compiled);
        }
        if (compiled.bySegment) value = compiled.bySegment[g]!;
        else {
          value = Number.NaN;
          expr = compiled;
        }
      }
      if (expr === null && !(value > 0)) continue;
      let sampler = ZERO_DELAY;
      if (rawDelay !== undefined) {
        try {
          sampler = compileSampler(rawDelay, 'time');
        } catch (err) {
          throw new SimulationError(`sim delay: ${(err as Error).message}`, { edge: edgeId });
        }
      }
      events.push(eventIndex.get(event)!);
      p.push(value);
      pExpr.push(expr);
      delay.push(sampler);
      if (expr === null) constantSum += value;
    }
    if (constantSum > 1 + 1e-9) {
      throw new SimulationError(`the event probabilities for segment '${segment}' sum to ${Number(constantSum.toFixed(6))}: lower them to sum to 1 or less`, { node: nodeId });
    }
    return { events: Int32Array.from(events), p: Float64Array.from(p), pExpr, delay, constantSum };
  });
}
