import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { openEditor } from '../state/layoutActions';

/** What a form or canvas editor shows while its file has no valid version yet: why, and the way to Source. */
export function NoValidDocument({ docId, path, firstError, what, testId }: { docId: string; path: string; firstError: Diagnostic | undefined; what: string; testId: string }) {
  return (
    <div className="ws-editor-empty" data-testid={testId}>
      <p>
        {path} has no valid version to {what} yet.
      </p>
      {firstError && <p className="ws-hint">{firstError.message}</p>}
      <button className="ws-button ws-primary" onClick={() => openEditor(docId, 'source', { toSide: true })}>
        Open Source to fix it
      </button>
    </div>
  );
}
