import { useEffect } from 'react';
import { useWorkspace } from '../state/workspaceStore';
import { flushValidation, typeText } from '../state/workspaceActions';
import { useUi } from '../state/uiStore';
import type { EditorHandle } from './monacoAdapter';
import { useMonacoEditor } from './useMonacoEditor';

/** The last reveal each document's source applied (a reveal asked before the editor opened still applies). */
const appliedReveal = new Map<string, number>();

function applyReveal(docId: string, editor: EditorHandle) {
  const r = useUi.getState().reveal;
  if (!r || r.docId !== docId || (appliedReveal.get(docId) ?? 0) >= r.seq) return;
  appliedReveal.set(docId, r.seq);
  editor.reveal(r.line, r.column);
}

/** The document's JSON in Monaco, kept in sync both ways with the canvas. */
export function SourceEditor({ docId }: { docId: string }) {
  const path = useWorkspace((s) => s.docs[docId]?.path);
  const broken = useWorkspace((s) => s.docs[docId]?.broken);
  const kind = useWorkspace((s) => s.docs[docId]?.kind);
  const hasValid = useWorkspace((s) => !!s.docs[docId]?.history);
  const doc = useWorkspace.getState().docs[docId];
  const { container, handle, state } = useMonacoEditor(
    doc && path ? { modelKey: docId, fileName: path, text: doc.text, language: 'json', onChange: (text) => typeText(docId, text), onBlur: () => flushValidation(docId) } : undefined,
    (editor) => {
      const current = useWorkspace.getState().docs[docId];
      if (current) {
        editor.setText(current.text);
        editor.setDiagnostics(current.diagnostics);
      }
      applyReveal(docId, editor);
    },
  );

  useEffect(() => {
    const offDocs = useWorkspace.subscribe((s, prev) => {
      const d = s.docs[docId];
      const before = prev.docs[docId];
      const editor = handle.current;
      if (!d || d === before || !editor) return;
      if (d.text !== editor.getText()) editor.setText(d.text);
      if (d.diagnostics !== before?.diagnostics) editor.setDiagnostics(d.diagnostics);
    });
    const offReveal = useUi.subscribe((s, prev) => {
      if (s.reveal !== prev.reveal && handle.current) applyReveal(docId, handle.current);
    });
    return () => {
      offDocs();
      offReveal();
    };
  }, [docId, handle]);

  return (
    <div className="ws-source" data-testid="source-editor" data-path={path}>
      {broken && (
        <div className="ws-source-status" role="status">
          {hasValid
            ? `The text is not a valid document yet: the ${kind === 'cohort' ? 'cohort editor' : 'canvas'} keeps the last valid version.`
            : `The text is not a valid ${kind ?? 'document'} yet: fix the problems (Problems panel) to see it in the ${kind === 'cohort' ? 'cohort editor' : 'canvas'}, simulate or export it.`}
        </div>
      )}
      {/* nokey: React Flow ignores the keys typed here (Space would pan the canvas). */}
      <div ref={container} className="ws-monaco nokey" data-testid="monaco-container" />
      {state !== 'ready' && <div className="ws-editor-loading">{state === 'failed' ? 'The source editor could not load.' : 'Loading the source editor…'}</div>}
    </div>
  );
}
