import { useCallback } from 'react';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { NoValidDocument } from './NoValidDocument';
import { useWorkspace } from '../state/workspaceStore';
import { journeyOf } from '../state/documentState';
import { editDocument, setSelection } from '../state/workspaceActions';
import { EMPTY_SELECTION, type Selection } from '../state/selection';
import { revealProblem } from '../panels/revealProblem';
import type { Journey } from '../../runtime/model/journey';
import { setOverlay, useOverlay } from '../state/overlayStore';
import { PresenceLayer } from '../collab/PresenceLayer';
import { presenceOut } from '../collab/presenceOut';

/** A journey's canvas tab: the map, and a banner while the source is broken. */
export function CanvasEditor({ docId }: { docId: string }) {
  const doc = useWorkspace((s) => s.docs[docId]);
  const selection = useWorkspace((s) => s.selection[docId]) ?? EMPTY_SELECTION;
  const onEdit = useCallback((next: Journey, label: string) => editDocument(docId, next, label), [docId]);
  const onSelectionChange = useCallback((s: Selection) => setSelection(docId, s), [docId]);
  const overlay = useOverlay((s) => s.byFile[docId]);
  const onDismissOverlay = useCallback(() => setOverlay(docId, undefined), [docId]);
  const onDragMove = useCallback((positions: Record<string, { x: number; y: number }> | null) => presenceOut(docId)?.drag(positions), [docId]);
  const journey = journeyOf(doc);
  if (!doc) return null;
  const firstError = doc.diagnostics.find((d) => d.severity === 'error');
  return (
    <div className="ws-canvas-editor" data-testid="canvas-editor" data-path={doc.path}>
      {doc.broken && journey && (
        <div className="ws-banner" role="alert" data-testid="source-error-banner">
          <span>Source has errors — showing the last valid version</span>
          {firstError && (
            <button className="ws-button ws-small" onClick={() => revealProblem(docId, firstError)}>
              Show the problem
            </button>
          )}
        </div>
      )}
      <div className="ws-canvas-main">
        {journey ? (
          <JourneyCanvas viewKey={docId} journey={journey} diagnostics={doc.diagnostics} selection={selection} onSelectionChange={onSelectionChange} onEdit={onEdit} overlay={overlay} onDismissOverlay={onDismissOverlay} onDragMove={onDragMove}>
            <PresenceLayer docId={docId} />
          </JourneyCanvas>
        ) : (
          <NoValidDocument docId={docId} path={doc.path} firstError={firstError} what="draw" testId="canvas-no-document" />
        )}
      </div>
    </div>
  );
}
