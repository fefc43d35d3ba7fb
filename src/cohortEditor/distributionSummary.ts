import type { Distribution } from '../../runtime/model/primitives';

const pct = (p: number) => `${Number((p * 100).toFixed(1))}%`;

/** A distribution in a few words, for a table cell: "exponential, mean 20m", "normal 62000 ± 15000". */
export function distributionSummary(dist: Distribution | undefined): string {
  if (dist === undefined) return '—';
  if (typeof dist !== 'object' || dist === null) return String(dist);
  switch (dist.dist) {
    case 'fixed':
      return String(dist.value);
    case 'exponential':
      return `exponential, mean ${dist.mean}`;
    case 'uniform':
      return `uniform ${dist.min}–${dist.max}`;
    case 'lognormal':
      return `lognormal, median ${dist.median}, p90 ${dist.p90}`;
    case 'normal':
      return `normal ${dist.mean} ± ${dist.sd}`;
    case 'bernoulli':
      return `true ${pct(dist.p)}`;
    case 'categorical': {
      const entries = Object.entries(dist.weights);
      const total = entries.reduce((a, [, w]) => a + (Number.isFinite(w) && w > 0 ? w : 0), 0);
      return entries.map(([label, w]) => (total > 0 ? `${label} ${pct(w / total)}` : label)).join(' · ');
    }
    default:
      return JSON.stringify(dist);
  }
}
