import type { Engine } from '../../../runtime/sim';
import { formatCount } from './formatNumbers';

/** "10,000 customers · seed 7 · fast": how a run is named in lists and reports. */
export function runLabel(options: { customers: number; seed?: number; engine?: Engine | string }): string {
  return `${formatCount(options.customers)} customer${options.customers === 1 ? '' : 's'} · seed ${options.seed ?? 1} · ${options.engine ?? 'fast'}`;
}
