import * as Y from 'yjs';

/** The shared types a document is made of. */
export type SharedType = Y.Map<unknown> | Y.Array<unknown>;

/**
 * A memo of the plain object (or array) that a shared type's content is known to equal: set when
 * readDoc builds it or applyDocument writes it, forgotten as soon as a transaction (local or
 * remote) changes the type or anything inside it. It lets readDoc and applyDocument skip unchanged
 * elements without comparing them, and keeps their identity. The objects must not be mutated.
 */
export const knownContent = {
  get(type: SharedType): unknown {
    return known.get(type);
  },
  set(type: SharedType, value: unknown): void {
    const doc = type.doc;
    if (!doc) return;
    watch(doc);
    known.set(type, value);
  },
  /** Remember a freshly written type and every type inside it as equal to the value it was made from. */
  remember(yvalue: unknown, value: unknown): void {
    if (yvalue instanceof Y.Map && typeof value === 'object' && value !== null) {
      knownContent.set(yvalue, value);
      for (const [k, v] of yvalue.entries()) knownContent.remember(v, (value as Record<string, unknown>)[k]);
    } else if (yvalue instanceof Y.Array && Array.isArray(value)) {
      knownContent.set(yvalue, value);
      yvalue.toArray().forEach((v, i) => knownContent.remember(v, value[i]));
    }
  },
};

const known = new WeakMap<object, unknown>();
const watched = new WeakSet<Y.Doc>();

function watch(doc: Y.Doc): void {
  if (watched.has(doc)) return;
  watched.add(doc);
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    // changedParentTypes holds every changed type and all of its ancestors.
    for (const type of tr.changed.keys()) known.delete(type);
    for (const type of tr.changedParentTypes.keys()) known.delete(type);
  });
}
