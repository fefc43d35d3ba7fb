import { useCallback } from 'react';
import { useActiveDocId } from '../app/activeDocument';
import { useWorkspace } from '../state/workspaceStore';
import { journeyOf } from '../state/documentState';
import { editDocument, setSelection } from '../state/workspaceActions';
import { EMPTY_SELECTION, type Selection } from '../state/selection';
import { toggleInspector } from '../state/layoutActions';
import type { Journey } from '../../runtime/model/journey';
import { CloseIcon } from '../shell/icons';
import { Inspector } from '../inspector/Inspector';

/** The secondary side bar: the inspector of the active journey's selection. */
export function InspectorPane() {
  const docId = useActiveDocId();
  const doc = useWorkspace((s) => (docId ? s.docs[docId] : undefined));
  const selection = useWorkspace((s) => (docId ? s.selection[docId] : undefined)) ?? EMPTY_SELECTION;
  const journey = journeyOf(doc);
  const onEdit = useCallback((next: Journey, label: string) => docId && editDocument(docId, next, label), [docId]);
  const onReveal = useCallback((s: Selection) => docId && setSelection(docId, s), [docId]);
  return (
    <section className="ws-inspector-pane-inner" aria-label="Inspector">
      <header className="ws-sidebar-title">
        <span>Inspector</span>
        <button className="ws-icon-button" title="Hide Inspector" aria-label="Hide Inspector" onClick={toggleInspector}>
          <CloseIcon size={14} />
        </button>
      </header>
      <div className="ws-sidebar-body">
        {journey && doc ? (
          <Inspector key={doc.id} docId={doc.id} journey={journey} selection={selection} diagnostics={doc.diagnostics} onEdit={onEdit} onReveal={onReveal} />
        ) : (
          <p className="ws-hint ws-pad">Open a journey and select a node or an edge to edit it here.</p>
        )}
      </div>
    </section>
  );
}
