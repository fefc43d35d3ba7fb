import type * as Y from 'yjs';
import { docRoot } from './docRoot';
import { yValueOf } from './yValueOf';
import { knownContent } from './knownContent';

/**
 * Write a document (journey/1 or cohort/1) into an empty Y.Doc, in one transaction. Only the one who
 * shares a document seeds it, once: seeding a document that already has content throws, since two
 * seeds merge into a document holding every element twice.
 */
export function seedDoc(ydoc: Y.Doc, value: Record<string, unknown>, origin: unknown = null): void {
  const root = docRoot(ydoc);
  if (root.size > 0) throw new Error('seedDoc: the shared document already has content; it is seeded once, by the one who shares it');
  ydoc.transact(() => {
    for (const [k, v] of Object.entries(value)) if (v !== undefined) root.set(k, yValueOf(k, v));
  }, origin);
  knownContent.remember(root, value);
}
