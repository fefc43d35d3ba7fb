import type { Distribution } from '../runtime/model/primitives';

/** A distribution in a few characters, for badges: "45m", "~45m", "10m–1h", "60%". */
export function shortDistribution(d: Distribution | undefined): string {
  if (d === undefined) return '';
  if (typeof d !== 'object') return String(d);
  switch (d.dist) {
    case 'fixed':
      return String(d.value);
    case 'exponential':
    case 'normal':
      return `~${String(d.mean)}`;
    case 'lognormal':
      return `~${String(d.median)}`;
    case 'uniform':
      return `${String(d.min)}–${String(d.max)}`;
    case 'bernoulli':
      return `${Math.round(d.p * 100)}%`;
    case 'categorical':
      return Object.keys(d.weights).join('/');
    default:
      return '';
  }
}

/** Money, short: 1200 → "1.2k", 0.4 → "0.40". */
export function shortMoney(value: number): string {
  if (Math.abs(value) >= 1000) return `${(value / 1000).toFixed(value % 1000 === 0 ? 0 : 1)}k`;
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
