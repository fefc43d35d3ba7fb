import { useCallback } from 'react';
import '../inspector/inspector.css';
import './cohortEditor.css';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { Cohort } from '../../runtime/model/cohort';
import { useWorkspace } from '../state/workspaceStore';
import { editDocument } from '../state/workspaceActions';
import { revealProblem } from '../panels/revealProblem';
import { CohortForm } from './CohortForm';
import { NoValidDocument } from '../editors/NoValidDocument';
import { useCohortDiagnostics } from './useCohortDiagnostics';

const NONE: Diagnostic[] = [];

const cohortOf = (docId: string): Cohort | undefined => {
  const doc = useWorkspace.getState().docs[docId];
  return doc?.kind === 'cohort' ? (doc.history?.present as Cohort | undefined) : undefined;
};

/**
 * A cohort's editor tab: the cohort file is the model and this form a projection of it. Every edit
 * is a pure operation on the cohort, recorded as one undo step and autosaved like any edit; while
 * the text is broken (Source tab) the form keeps showing the last valid version.
 */
export function CohortEditor({ docId }: { docId: string }) {
  const doc = useWorkspace((s) => s.docs[docId]);
  const cohort = doc?.kind === 'cohort' ? (doc.history?.present as Cohort | undefined) : undefined;
  const diagnostics = useCohortDiagnostics(cohort, doc?.diagnostics ?? NONE, !!doc?.broken);
  const onEdit = useCallback(
    (next: Cohort, label: string) => {
      // An edit that changes nothing makes no undo step (and leaves broken text alone).
      if (next !== cohortOf(docId)) editDocument(docId, next, label);
    },
    [docId],
  );
  if (!doc) return null;
  const firstError = doc.diagnostics.find((d) => d.severity === 'error');
  return (
    <div className="ce-editor ji-root" data-testid="cohort-editor" data-path={doc.path}>
      {doc.broken && cohort && (
        <div className="ws-banner" role="alert" data-testid="source-error-banner">
          <span>Source has errors — showing the last valid version (an edit here replaces the broken text)</span>
          {firstError && (
            <button className="ws-button ws-small" onClick={() => revealProblem(docId, firstError)}>
              Show the problem
            </button>
          )}
        </div>
      )}
      {cohort ? (
        <div className="ce-scroll">
          <CohortForm docId={docId} cohort={cohort} diagnostics={diagnostics} onEdit={onEdit} />
        </div>
      ) : (
        <NoValidDocument docId={docId} path={doc.path} firstError={firstError} what="edit" testId="cohort-no-document" />
      )}
    </div>
  );
}
