import { useEffect, useRef } from 'react';
import { useUi } from '../state/uiStore';
import { keepMine, reloadTheirs } from '../app/autosave';
import { services } from '../app/workbenchServices';

/** Another tab saved the file this tab is editing: never overwrite silently — ask. */
export function ConflictDialog() {
  const conflict = useUi((s) => s.conflicts[0]);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, [conflict?.docId]);
  if (!conflict) return null;
  return (
    <div className="ws-modal-backdrop nokey">
      <div className="ws-dialog" role="alertdialog" aria-modal="true" aria-labelledby="conflict-title" data-testid="conflict-dialog">
        <h2 id="conflict-title">{conflict.path}</h2>
        <p>This file was changed in another tab. Which version do you want to keep?</p>
        <div className="ws-dialog-buttons">
          <button ref={first} className="ws-button ws-primary" data-testid="conflict-reload" onClick={() => void reloadTheirs(services().db, conflict.docId)}>
            Reload theirs
          </button>
          <button className="ws-button" data-testid="conflict-keep" onClick={() => void keepMine(services().db, services().channel, conflict.docId)}>
            Keep mine (overwrite)
          </button>
        </div>
        <p className="ws-dialog-note">Either way, both versions stay in History.</p>
      </div>
    </div>
  );
}
