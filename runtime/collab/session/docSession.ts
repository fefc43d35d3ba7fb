import * as Y from 'yjs';
import { applyDocument } from '../applyDocument';
import { docRoot } from '../docRoot';
import { readDoc } from '../readDoc';
import { changedSince, rebaseEdit } from './rebaseEdit';

/** Why the document changed under the editor: a peer's update, or one's own undo or redo. */
export type ChangeCause = 'remote' | 'undo' | 'redo';

type Json = Record<string, unknown>;

/**
 * One shared file's document as the editor sees it: local edits (the results of pure ops) go in as
 * one transaction each with the session's own origin, undoable by this session only; every other
 * change of the Y.Doc (a peer, a provider, an offline store, one's own undo) comes out as the
 * document read back, sharing unchanged objects with the last one.
 */
export interface DocSession<T extends Json = Json> {
  readonly ydoc: Y.Doc;
  /** The origin of this session's own transactions (what its undo manager tracks). */
  readonly origin: object;
  /** The document as last written or read (null while the Y.Doc is empty). */
  current(): T | null;
  /** A local edit: the whole next document, written as one undoable transaction (a minimal diff). */
  local(next: T): void;
  /** The Y.Doc's state now: the base of an edit made over time (typing), for `localSince`. */
  snapshot(): Uint8Array;
  /**
   * A local edit made from the state `base` (text typed while peers edited): only what it changed
   * since `base` is written, merged with what came meanwhile. Gives the merged document.
   */
  localSince(base: Uint8Array, next: T): T;
  /** Undo this session's last own edit (never a peer's); false when there is none. */
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Be told of every change not made by `local` (a peer, the offline store, one's own undo); gives the unsubscribe. */
  subscribe(listener: (doc: T, cause: ChangeCause) => void): () => void;
  /** Forget the own edits recorded so far (after seeding: the seed is not an undoable step). */
  clearUndo(): void;
  destroy(): void;
}

export interface DocSessionOptions<T extends Json> {
  /** The document changed by anything but `local`: called after the transaction, with the document read back. */
  onChange?(doc: T, cause: ChangeCause): void;
  /** The origin of local transactions; a fresh object by default. */
  origin?: object;
}

export function createDocSession<T extends Json = Json>(ydoc: Y.Doc, options: DocSessionOptions<T> = {}): DocSession<T> {
  const origin = options.origin ?? { session: Math.random().toString(36).slice(2) };
  let current = readDoc(ydoc) as T | null;
  const undoManager = new Y.UndoManager(docRoot(ydoc), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  let replaying: ChangeCause | null = null;
  const listeners = new Set<(doc: T, cause: ChangeCause) => void>();

  const onUpdate = (_update: Uint8Array, from: unknown) => {
    if (from === origin) return;
    const next = readDoc(ydoc, current) as T | null;
    if (next === current || next === null) return;
    current = next;
    const cause: ChangeCause = from === undoManager ? (replaying ?? 'undo') : 'remote';
    options.onChange?.(next, cause);
    for (const l of [...listeners]) l(next, cause);
  };
  ydoc.on('update', onUpdate);

  const replay = (cause: ChangeCause, run: () => unknown): boolean => {
    replaying = cause;
    try {
      return run() !== null;
    } finally {
      replaying = null;
    }
  };

  return {
    ydoc,
    origin,
    current: () => current,
    local(next) {
      if (next === current) return;
      applyDocument(ydoc, next, origin);
      current = next;
    },
    snapshot: () => Y.encodeStateAsUpdate(ydoc),
    localSince(base, next) {
      if (!changedSince(ydoc, base)) {
        applyDocument(ydoc, next, origin);
        current = next;
        return next;
      }
      rebaseEdit(ydoc, base, next, origin);
      current = readDoc(ydoc, current) as T;
      return current;
    },
    undo: () => replay('undo', () => undoManager.undo()),
    redo: () => replay('redo', () => undoManager.redo()),
    canUndo: () => undoManager.canUndo(),
    canRedo: () => undoManager.canRedo(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clearUndo: () => undoManager.clear(),
    destroy() {
      ydoc.off('update', onUpdate);
      listeners.clear();
      undoManager.destroy();
    },
  };
}
