// Where customers wait longest: the steps with a staff queue ranked by the mean wait of the
// customers served there (DESIGN §5.4), from a `simulation/1` result. The result keeps queue waits
// for all customers only (not by segment), so this ranking is always of all customers.
//
// Order: longest mean wait first; ties by the longer p90, then the map's document order. Steps
// whose queue served nobody, or where nobody waited, are not listed.
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { nodePlace } from './nodePlace';

export interface LongWait {
  nodeId: string;
  /** The node's label (its id only when it has none). */
  label: string;
  stageId: string | null;
  /** The stage's name, null for a node outside any stage. */
  stage: string | null;
  /** Customers who got a staff member here (whose waits these are). */
  served: number;
  meanWaitMs: number;
  p90WaitMs: number | null;
  maxWaitMs: number | null;
}

/** The steps where the served customers waited, longest mean wait first (see the header). */
export function rankWaits(journey: Journey, result: SimulationResult): LongWait[] {
  const stageNames = new Map((journey.stages ?? []).map((s) => [s.id, s.name || s.id]));
  const rows: LongWait[] = [];
  for (const node of journey.nodes) {
    const q = result.nodes[node.id]?.queue;
    if (!q || q.served === 0 || q.meanWaitMs === null || q.meanWaitMs <= 0) continue;
    rows.push({
      ...nodePlace(node, stageNames),
      served: q.served,
      meanWaitMs: q.meanWaitMs,
      p90WaitMs: q.p90WaitMs,
      maxWaitMs: q.maxWaitMs,
    });
  }
  // Array.prototype.sort is stable: full ties keep document order.
  return rows.sort((a, b) => b.meanWaitMs - a.meanWaitMs || (b.p90WaitMs ?? 0) - (a.p90WaitMs ?? 0));
}
