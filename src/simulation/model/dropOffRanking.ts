// Where customers drop: the nodes where most customers stalled or gave up in a staff queue.
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';

export interface DropOff {
  nodeId: string;
  label: string;
  visits: number;
  stalled: number;
  abandoned: number;
  /** stalled + abandoned */
  dropped: number;
  /** dropped / visits */
  dropOff: number;
}

/** The `limit` nodes with the most customers lost (stalled or gave up), most first; nodes losing nobody are left out. */
export function topDropOffs(journey: Journey, result: SimulationResult, limit = 5): DropOff[] {
  const out: DropOff[] = [];
  for (const node of journey.nodes) {
    const s = result.nodes[node.id];
    if (!s) continue;
    const dropped = s.stalled + s.abandoned;
    if (dropped === 0) continue;
    out.push({ nodeId: node.id, label: node.label || node.id, visits: s.visits, stalled: s.stalled, abandoned: s.abandoned, dropped, dropOff: s.visits > 0 ? dropped / s.visits : 0 });
  }
  // Stable: ties keep document order.
  return out.sort((a, b) => b.dropped - a.dropped).slice(0, limit);
}
