import { validateText } from '../../runtime/lint/validateText';
import { useWorkspace } from '../state/workspaceStore';
import { editDocument, flushValidation, typeText } from '../state/workspaceActions';
import { log, notify } from '../state/uiActions';
import type { VersionRecord } from '../storage/journeyDb';

/** Bring back a saved version: an ordinary (undoable) edit of the document. */
export function restoreVersion(docId: string, version: Pick<VersionRecord, 'text' | 'rev' | 'savedAt'>): void {
  const doc = useWorkspace.getState().docs[docId];
  if (!doc) return;
  const when = new Date(version.savedAt).toLocaleTimeString(undefined, { hour12: false });
  const label = `Restore v${version.rev} (${when})`;
  const v = validateText(version.text, { expect: doc.kind });
  const value = doc.kind === 'journey' ? v.journey : v.cohort;
  if (value) editDocument(docId, value, label);
  else {
    // A version saved while the text was broken: its text comes back as it was.
    typeText(docId, version.text);
    flushValidation(docId);
  }
  log(`${doc.path}: restored version ${version.rev} from ${when}`);
  notify(`Restored version ${version.rev} of ${doc.path} (Undo brings back what you had)`);
}
