import * as Y from 'yjs';
import { sameJson } from '../model/sameJson';
import { docRoot } from './docRoot';
import { elementKeys } from './elementKeys';
import { isPlainObject, mappingRule } from './mappingRule';
import { yMapOf, yValueOf } from './yValueOf';
import { knownContent, type SharedType } from './knownContent';

/**
 * Write the result of an edit into the shared document as one transaction with `origin` (the
 * origin a Y.UndoManager tracks), as a minimal diff: only changed fields are set, removed fields
 * deleted; elements of collections are matched by id, so added, removed and reordered elements are
 * inserts and deletes of those elements only. An unchanged document writes nothing.
 */
export function applyDocument(ydoc: Y.Doc, next: Record<string, unknown>, origin: unknown = null): void {
  const root = docRoot(ydoc);
  const written: Written = [];
  ydoc.transact(() => updateMap(root, next, written), origin);
  // After the transaction, which forgets what it changed: these types now equal these objects.
  for (const [type, value, fresh] of written) {
    if (fresh) knownContent.remember(type, value);
    else knownContent.set(type, value);
  }
}

/** The types written, with the value each now equals; fresh ones are remembered with their insides. */
type Written = [SharedType, unknown, boolean][];

function updateMap(map: Y.Map<unknown>, next: Record<string, unknown>, written: Written): void {
  if (knownContent.get(map) === next) return;
  written.push([map, next, false]);
  for (const k of [...map.keys()]) if (next[k] === undefined) map.delete(k);
  for (const [k, v] of Object.entries(next)) {
    if (v === undefined) continue;
    const current = map.get(k);
    const kind = mappingRule(k, v);
    if (kind === 'map' && current instanceof Y.Map) updateMap(current, v as Record<string, unknown>, written);
    else if (kind === 'collection' && current instanceof Y.Array) updateCollection(current, v as Record<string, unknown>[], written);
    else if (kind === 'value' && !(current instanceof Y.AbstractType) && map.has(k) && sameJson(current, v)) continue;
    else {
      const fresh = yValueOf(k, v);
      map.set(k, fresh);
      if (fresh instanceof Y.Map || fresh instanceof Y.Array) written.push([fresh, v, true]);
    }
  }
}

function updateCollection(arr: Y.Array<unknown>, next: Record<string, unknown>[], written: Written): void {
  const before = knownContent.get(arr);
  if (before === next) return;
  written.push([arr, next, false]);
  const items = arr.toArray();
  if (sameOrder(before, next, items)) {
    // The common edit (a move, a rename): the same elements in the same order; update changed ones.
    next.forEach((el, i) => {
      if (el !== (before as unknown[])[i]) updateMap(items[i] as Y.Map<unknown>, el, written);
    });
    return;
  }
  const curKeys = elementKeys(items.map((it) => (it instanceof Y.Map ? it.get('id') : undefined)));
  const curIndex = new Map(curKeys.map((key, i) => [key, i]));
  const nextKeys = elementKeys(next.map((el) => el.id));
  // For each next element, the index of its current element (or -1 when new).
  const matched = nextKeys.map((key) => {
    const i = curIndex.get(key);
    return i !== undefined && items[i] instanceof Y.Map ? i : -1;
  });
  const kept = longestIncreasing(matched.filter((i) => i >= 0));
  // Delete, from the end, the current elements that are not kept (removed or moved).
  for (let i = items.length - 1; i >= 0; ) {
    if (kept.has(i)) { i--; continue; }
    let start = i;
    while (start - 1 >= 0 && !kept.has(start - 1)) start--;
    arr.delete(start, i - start + 1);
    i = start - 1;
  }
  // Walk the next elements: update kept ones in place, insert runs of new (or moved) ones.
  let pos = 0;
  let run: Y.Map<unknown>[] = [];
  const flush = () => {
    if (run.length === 0) return;
    arr.insert(pos, run);
    pos += run.length;
    run = [];
  };
  next.forEach((el, j) => {
    const i = matched[j]!;
    if (i >= 0 && kept.has(i)) {
      flush();
      updateMap(items[i] as Y.Map<unknown>, el, written);
      pos++;
    } else {
      const fresh = yMapOf(isPlainObject(el) ? el : {});
      run.push(fresh);
      written.push([fresh, el, true]);
    }
  });
  flush();
}

/** Whether the remembered content of a collection holds the same ids, in the same order, as `next`. */
function sameOrder(before: unknown, next: readonly Record<string, unknown>[], items: readonly unknown[]): before is unknown[] {
  if (!Array.isArray(before) || before.length !== next.length || items.length !== next.length) return false;
  return next.every((el, i) => {
    const old = before[i];
    return old === el || (isPlainObject(old) && typeof el.id === 'string' && old.id === el.id && items[i] instanceof Y.Map);
  });
}

/** The values of a longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = []; // index into seq of the smallest tail of each length
  const parent: number[] = new Array(seq.length).fill(-1);
  seq.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) parent[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const out = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = parent[i]!) out.add(seq[i]!);
  return out;
}
