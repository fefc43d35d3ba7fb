import type { Engine } from '../../../runtime/sim';
import { formatCount, formatDuration } from './formatNumbers';

/** "10,000 customers · seed 7 · fast" (and " · over 28d" when the run set its own arrivals' spread): how a run is named in lists and reports. */
export function runLabel(options: { customers: number; seed?: number; engine?: Engine | string; overMs?: number }): string {
  const over = options.overMs !== undefined ? ` · over ${formatDuration(options.overMs)}` : '';
  return `${formatCount(options.customers)} customer${options.customers === 1 ? '' : 's'} · seed ${options.seed ?? 1} · ${options.engine ?? 'fast'}${over}`;
}
