import { AvoidLib } from 'libavoid-js';
import type { Avoid } from './avoidTypes';

/** libavoid for unit tests (node: the package finds its .wasm beside itself). */
export async function testAvoid(): Promise<Avoid> {
  const lib = AvoidLib as unknown as { avoidLib?: Avoid; load(): Promise<void>; getInstance(): Avoid };
  if (!lib.avoidLib) await lib.load();
  return lib.getInstance();
}
