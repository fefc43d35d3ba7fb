import type { Journey } from '../../runtime/model/journey';
import type { SimulationResult } from '../../runtime/sim';
import { formatPercent } from './model/formatNumbers';

/**
 * The one figure a run is known by in lists: its most frequent success outcome and its share,
 * e.g. "Approved 41.2%" (else the most frequent outcome; else "No outcome reached").
 */
export function runHeadline(result: SimulationResult, journey?: Pick<Journey, 'nodes'>): string {
  const outcomes = Object.entries(result.outcomes);
  const best = (list: typeof outcomes) => list.reduce<(typeof outcomes)[number] | undefined>((top, o) => (!top || o[1].count > top[1].count ? o : top), undefined);
  const pick = best(outcomes.filter(([, o]) => o.result === 'success')) ?? best(outcomes);
  if (!pick || pick[1].count === 0) return 'No outcome reached';
  const [id, o] = pick;
  const label = journey?.nodes.find((n) => n.id === id)?.label || id;
  return `${label} ${formatPercent(o.share)}`;
}
