import type * as Y from 'yjs';

/** The root map of a shared Journey Studio document: `ydoc.getMap('doc')`. */
export function docRoot(ydoc: Y.Doc): Y.Map<unknown> {
  return ydoc.getMap<unknown>('doc');
}
