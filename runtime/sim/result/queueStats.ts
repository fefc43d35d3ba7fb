// The figures of a staff queue (DESIGN §5): of one node, or of a team (all its nodes' queues added:
// counts and wait sums add, log histograms add bucket by bucket, extremes take min and max).
import { exactValue } from '../core/exactSum';
import { HISTOGRAM_BUCKETS, histogramQuantile } from '../core/logHistogram';
import type { SimulationMetrics } from '../core/metrics';
import type { PlanTeam } from '../plan/simulationPlan';
import { round6 } from './round6';
import type { QueueStats } from './simulationResult';

/** The figures of the queues `qs` (queue indices) of one team. */
export function queueStats(m: SimulationMetrics, qs: readonly number[], team: PlanTeam): QueueStats {
  let offered = 0;
  let served = 0;
  let abandoned = 0;
  let within = 0;
  let waitSum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const hist = new Float64Array(HISTOGRAM_BUCKETS);
  for (const q of qs) {
    offered += m.queueOffered[q]!;
    served += m.queueServed[q]!;
    abandoned += m.queueAbandoned[q]!;
    within += m.queueWithin[q]!;
    waitSum += exactValue(m.queueWait, q);
    min = Math.min(min, m.queueMin[q]!);
    max = Math.max(max, m.queueMax[q]!);
    for (let b = 0; b < HISTOGRAM_BUCKETS; b++) hist[b] = hist[b]! + m.queueHistogram[q * HISTOGRAM_BUCKETS + b]!;
  }
  const quantile = (p: number) => {
    const v = histogramQuantile(hist, 0, served, min, max, p);
    return v === undefined ? null : Math.round(v);
  };
  return {
    offered,
    served,
    abandoned,
    abandonRate: offered > 0 ? round6(abandoned / offered) : 0,
    meanWaitMs: served > 0 ? Math.round(waitSum / served) : null,
    p50WaitMs: quantile(0.5),
    p90WaitMs: quantile(0.9),
    p99WaitMs: quantile(0.99),
    maxWaitMs: served > 0 ? max : null,
    serviceLevel: Number.isNaN(team.withinMs) || offered === 0 ? null : round6(within / offered),
  };
}
