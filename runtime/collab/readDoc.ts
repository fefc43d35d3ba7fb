import * as Y from 'yjs';
import { sameJson } from '../model/sameJson';
import { docRoot } from './docRoot';
import { elementKeys } from './elementKeys';
import { isPlainObject } from './mappingRule';
import { knownContent } from './knownContent';

/**
 * The shared document as plain JSON, or `null` while nothing is in it. With `previous` (the last
 * result), every object or array whose content is unchanged is `previous`'s own object (nodes and
 * edges are matched by id), so a remote move of one node gives a new document in which only that
 * node, its `position` and the `nodes` array are new objects. Treat the result as immutable.
 */
export function readDoc(ydoc: Y.Doc, previous?: Record<string, unknown> | null): Record<string, unknown> | null {
  const root = docRoot(ydoc);
  if (root.size === 0) return null;
  return readMap(root, isPlainObject(previous) ? previous : undefined);
}

function readValue(v: unknown, prev: unknown): unknown {
  if (v instanceof Y.Map) return readMap(v, isPlainObject(prev) ? prev : undefined);
  if (v instanceof Y.Array) return readArray(v, Array.isArray(prev) ? prev : undefined);
  if (prev !== undefined && typeof v === 'object' && v !== null && sameJson(v, prev)) return prev;
  return v;
}

function readMap(map: Y.Map<unknown>, prev: Record<string, unknown> | undefined): Record<string, unknown> {
  const known = knownContent.get(map) as Record<string, unknown> | undefined;
  if (known !== undefined && (prev === undefined || prev === known)) return known;
  const result = buildMap(map, prev);
  knownContent.set(map, result);
  return result;
}

function buildMap(map: Y.Map<unknown>, prev: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let same = prev !== undefined;
  let count = 0;
  for (const [k, v] of map.entries()) {
    const r = readValue(v, prev?.[k]);
    out[k] = r;
    count++;
    if (same && r !== prev![k]) same = false;
  }
  if (same && Object.keys(prev!).filter((k) => prev![k] !== undefined).length === count) return prev!;
  return out;
}

function readArray(arr: Y.Array<unknown>, prev: unknown[] | undefined): unknown[] {
  const known = knownContent.get(arr) as unknown[] | undefined;
  if (known !== undefined && (prev === undefined || prev === known)) return known;
  const result = buildArray(arr, prev);
  knownContent.set(arr, result);
  return result;
}

function buildArray(arr: Y.Array<unknown>, prev: unknown[] | undefined): unknown[] {
  const items = arr.toArray();
  const prevByKey = new Map<string, unknown>();
  if (prev) {
    const keys = elementKeys(prev.map((p) => (isPlainObject(p) ? p.id : undefined)));
    keys.forEach((key, i) => prevByKey.set(key, prev[i]));
  }
  const keys = elementKeys(items.map((it) => (it instanceof Y.Map ? it.get('id') : undefined)));
  const out = items.map((it, i) => readValue(it, prevByKey.get(keys[i]!)));
  if (prev && prev.length === out.length && out.every((x, i) => x === prev[i])) return prev;
  return out;
}
