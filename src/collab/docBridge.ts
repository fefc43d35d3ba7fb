import type { DocSession, ChangeCause } from '../../runtime/collab/session/docSession';
import { withDiagnostics, type DocValue } from '../state/documentState';
import { flushValidation } from '../state/workspaceActions';
import { useWorkspace, workspaceContext } from '../state/workspaceStore';
import { setLiveDoc } from './liveDocs';
import { withRemoteDocument } from './remoteDocument';

const LABELS: Record<ChangeCause, string> = { remote: 'Edits by others', undo: 'Undo', redo: 'Redo' };

type Session = DocSession<Record<string, unknown>>;

/**
 * Connect a workspace document to its shared session, both ways:
 * - every new present of the document (an op from the canvas or inspector, a restored version, a
 *   validated text) is written into the Y.Doc as one local transaction; text typed in the Source
 *   tab is written as what it changed since the typing began, so peers' edits meanwhile survive;
 * - every other change of the Y.Doc (a peer, the offline store, one's own undo) becomes the
 *   document's present, its text rewritten (kept as typed while the user types);
 * - undo and redo of the file are the session's (own edits only).
 * The document must already hold what the session holds (or the session be empty and seeded from it).
 */
export function bridgeDocument(docId: string, session: Session): () => void {
  const initial = useWorkspace.getState().docs[docId];
  /** The document the store and the Y.Doc agree on. */
  let synced: unknown = session.current() ?? initial?.history?.present;
  /** The Y.Doc's state when the current typing began (null when nobody types). */
  let typingBase: Uint8Array | null = initial?.broken ? session.snapshot() : null;
  let validateTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const setPresent = (value: DocValue, label: string) => {
    const doc = useWorkspace.getState().docs[docId];
    if (!doc) return;
    synced = value;
    const next = withRemoteDocument(doc, value, label, typingBase !== null || doc.broken);
    if (next === doc) return;
    useWorkspace.setState((s) => ({ docs: { ...s.docs, [docId]: next } }));
    clearTimeout(validateTimer);
    validateTimer = setTimeout(() => {
      const d = useWorkspace.getState().docs[docId];
      if (!d || stopped) return;
      const v = withDiagnostics(d, workspaceContext);
      if (v !== d) useWorkspace.setState((s) => ({ docs: { ...s.docs, [docId]: v } }));
    }, 0);
  };

  const offStore = useWorkspace.subscribe((s, prev) => {
    const doc = s.docs[docId];
    const before = prev.docs[docId];
    if (!doc || doc === before) return;
    const present = doc.history?.present;
    if (typingBase === null && before && doc.text !== before.text && present === before.history?.present) typingBase = session.snapshot();
    if (present && present !== synced) {
      const base = typingBase;
      if (base) {
        typingBase = null;
        const merged = session.localSince(base, present as Record<string, unknown>);
        synced = merged;
        if (merged !== present) setPresent(merged as unknown as DocValue, LABELS.remote);
      } else {
        session.local(present as Record<string, unknown>);
        synced = present;
      }
    }
    if (typingBase !== null && doc.validatedSeq === doc.textSeq && !doc.broken) typingBase = null;
  });

  // What the Y.Doc holds when the bridge starts (the offline store, the server) is the document.
  const start = session.current();
  if (start && start !== initial?.history?.present) setPresent(start as unknown as DocValue, LABELS.remote);

  const offSession = session.subscribe((value, cause) => setPresent(value as unknown as DocValue, LABELS[cause]));

  const replay = (step: 'undo' | 'redo') => {
    // Typing not yet validated becomes its own edit first, so undo takes back what was typed.
    flushValidation(docId);
    if (step === 'undo') session.undo();
    else session.redo();
  };
  setLiveDoc(docId, { undo: () => replay('undo'), redo: () => replay('redo'), canUndo: () => session.canUndo(), canRedo: () => session.canRedo() });

  return () => {
    stopped = true;
    clearTimeout(validateTimer);
    offStore();
    offSession();
    setLiveDoc(docId, undefined);
  };
}
