/**
 * Structural equality of JSON values: object key order does not matter (the parser's order is not
 * the ops'), and a key holding `undefined` counts as absent. Keys in `ignore` are skipped at the top
 * level of the two values (e.g. `position`, to compare nodes regardless of where they sit).
 */
export function sameJson(a: unknown, b: unknown, ignore: ReadonlySet<string> = NONE): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const keys = (o: object) => Object.keys(o).filter((k) => !ignore.has(k) && (o as Record<string, unknown>)[k] !== undefined);
  const ka = keys(a);
  const kb = keys(b);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const NONE: ReadonlySet<string> = new Set();
