import * as Y from 'yjs';
import { contentProblem, type AnyType } from './contentProblem';

export interface UpdateGate {
  /**
   * Apply a client's update to `ydoc` if it keeps the document JSON (`contentProblem`); otherwise
   * leave `ydoc` untouched and give the reason. The update is tried on a scratch copy first.
   */
  apply(update: Uint8Array, origin: unknown): string | null;
}

/**
 * A gate in front of `ydoc`: a scratch copy that every update reaches first. While updates pass,
 * the copy stays equal to `ydoc` (it received the same updates); a refused one spoils it, and it is
 * rebuilt from `ydoc`. Every change to `ydoc` must go through the gate.
 */
export function createUpdateGate(ydoc: Y.Doc): UpdateGate {
  let scratch = copyOf(ydoc);
  const attempt = (update: Uint8Array): string | null => {
    const changed = new Set<AnyType>();
    const collect = (tr: Y.Transaction) => {
      for (const type of tr.changed.keys()) changed.add(type);
    };
    scratch.on('afterTransaction', collect);
    try {
      Y.applyUpdate(scratch, update);
    } catch {
      return 'the bytes are not a Yjs update';
    } finally {
      scratch.off('afterTransaction', collect);
    }
    return changed.size === 0 ? null : contentProblem(scratch, changed);
  };
  return {
    apply(update, origin) {
      const problem = attempt(update);
      if (problem !== null) {
        scratch.destroy();
        scratch = copyOf(ydoc);
        return problem;
      }
      Y.applyUpdate(ydoc, update, origin);
      return null;
    },
  };
}

function copyOf(ydoc: Y.Doc): Y.Doc {
  const copy = new Y.Doc({ gc: ydoc.gc });
  copy.getMap('doc');
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  return copy;
}
