import * as Y from 'yjs';
import { applyDocument } from '../applyDocument';

/**
 * A whole next document made from an older state of the Y.Doc (text typed in the Source tab while
 * peers' edits arrived) written as only what it changed since that state: the edit is diffed in a
 * fork of `base` (an update holding the Y.Doc's state when the typing began), and the fork's
 * update (its new items and its deletions) is applied to `ydoc` with `origin`, so the CRDT merges
 * it per field with what came since. Writing `next` directly would take back every change a peer
 * made meanwhile.
 */
export function rebaseEdit(ydoc: Y.Doc, base: Uint8Array, next: Record<string, unknown>, origin: unknown): void {
  const fork = new Y.Doc({ gc: false });
  Y.applyUpdate(fork, base);
  const before = Y.encodeStateVector(fork);
  applyDocument(fork, next, null);
  const change = Y.encodeStateAsUpdate(fork, before);
  fork.destroy();
  Y.applyUpdate(ydoc, change, origin);
}

/** Whether the Y.Doc changed since `base` was taken (else `next` can be written directly). */
export function changedSince(ydoc: Y.Doc, base: Uint8Array): boolean {
  const now = ydoc.store.clients.size === 0 ? new Map<number, number>() : Y.decodeStateVector(Y.encodeStateVector(ydoc));
  const then = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(base));
  return now.size !== then.size || [...now].some(([client, clock]) => then.get(client) !== clock);
}
