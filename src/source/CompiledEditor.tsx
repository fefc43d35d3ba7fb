import { useEffect, useRef } from 'react';
import { useWorkspace } from '../state/workspaceStore';
import { journeyOf, type DocState } from '../state/documentState';
import { problemsToFix } from '../state/fixProblemsFirst';
import { formatDiagnostic } from '../../runtime/diagnostics/diagnostic';
import { useMonacoEditor } from './useMonacoEditor';

const COMPILE_DELAY_MS = 200;

/** The compiled module, or why there is none (the one rule: fix the file's problems first). */
async function compiledText(doc: DocState): Promise<string> {
  const journey = journeyOf(doc);
  const errors = doc.diagnostics.filter((d) => d.severity === 'error');
  const blocked = problemsToFix(doc);
  if (blocked) return `// Cannot compile it: ${blocked}.\n${errors.map((d) => `//   ${formatDiagnostic(d)}`).join('\n')}\n${doc.broken && journey ? '// (the canvas shows the last valid version)\n' : ''}`;
  if (!journey) return '// This file has no valid journey yet: fix the problems in its source.\n';
  try {
    const { exportTs } = await import('../../runtime/compile/exports/exportTs');
    return exportTs(journey);
  } catch (e) {
    return `// The compiler failed: ${(e as Error).message}\n`;
  }
}

/** A read-only tab with the XState v5 module the journey compiles to, kept live. */
export function CompiledEditor({ docId }: { docId: string }) {
  const path = useWorkspace((s) => s.docs[docId]?.path);
  const modelKey = `compiled:${docId}`;
  const latest = useRef(0);
  const fileName = path ? `${path.replace(/\.journey\.json$/, '')}.machine.ts` : undefined;
  const { container, handle, state } = useMonacoEditor(fileName ? { modelKey, fileName, text: '// Compiling…\n', language: 'typescript', readOnly: true } : undefined, () => refresh());

  function refresh() {
    const d = useWorkspace.getState().docs[docId];
    if (!d) return;
    const ticket = ++latest.current;
    void compiledText(d).then((text) => {
      if (ticket === latest.current) handle.current?.setText(text);
    });
  }

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = useWorkspace.subscribe((s, prev) => {
      const d = s.docs[docId];
      const before = prev.docs[docId];
      if (!d || !before || (d.history?.present === before.history?.present && d.diagnostics === before.diagnostics)) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, COMPILE_DELAY_MS);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  });

  return (
    <div className="ws-source ws-compiled" data-testid="compiled-editor" data-path={path}>
      <div className="ws-source-status ws-info" role="note">
        XState v5 module · read-only · follows your edits
      </div>
      <div ref={container} className="ws-monaco nokey" />
      {state !== 'ready' && <div className="ws-editor-loading">{state === 'failed' ? 'The editor could not load.' : 'Loading…'}</div>}
    </div>
  );
}
