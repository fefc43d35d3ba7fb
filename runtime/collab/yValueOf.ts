import * as Y from 'yjs';
import { mappingRule } from './mappingRule';

/** A fresh Yjs value for a document value under `key`, following the mapping rule. */
export function yValueOf(key: string, value: unknown): unknown {
  const kind = mappingRule(key, value);
  if (kind === 'collection') {
    const arr = new Y.Array<Y.Map<unknown>>();
    arr.push((value as Record<string, unknown>[]).map((el) => yMapOf(el)));
    return arr;
  }
  if (kind === 'map') return yMapOf(value as Record<string, unknown>);
  // A copy, so that Yjs never shares an object with the caller's document.
  return typeof value === 'object' && value !== null ? structuredClone(value) : value;
}

/** A fresh Y.Map holding an object's fields (`undefined` fields are absent, as in JSON). */
export function yMapOf(obj: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) map.set(k, yValueOf(k, v));
  return map;
}
