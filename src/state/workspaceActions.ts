import { docFromFile, type StoredFile, withDiagnostics, withEdit, withRedo, withStoredText, withText, withUndo, withValidation, type DocState, type DocValue } from './documentState';
import { useWorkspace, workspaceContext } from './workspaceStore';
import { EMPTY_SELECTION, type Selection } from './selection';

/** How long typing must pause before the text is validated (and becomes a history entry). */
export const VALIDATE_DELAY_MS = 300;
/** Edits (canvas, undo) are validated in a task of their own, right after. */
export const EDIT_VALIDATE_DELAY_MS = 0;

const timers = new Map<string, ReturnType<typeof setTimeout>>();

export type FileLike = StoredFile;

function setDoc(id: string, update: (doc: DocState) => DocState): void {
  const doc = useWorkspace.getState().docs[id];
  if (!doc) return;
  const next = update(doc);
  if (next === doc) return;
  useWorkspace.setState((s) => ({ docs: { ...s.docs, [id]: next } }));
  if (doc.kind === 'cohort' && next.history?.present !== doc.history?.present) revalidateJourneysUsing(next.path);
}

/** A cohort changed: the journeys that name it get their diagnostics again. */
function revalidateJourneysUsing(cohortPath: string): void {
  for (const d of Object.values(useWorkspace.getState().docs)) {
    const ref = d.kind === 'journey' ? (d.history?.present as { cohort?: string } | undefined)?.cohort : undefined;
    if (ref && ref.endsWith(cohortPath)) setDoc(d.id, (x) => withValidation(x, workspaceContext));
  }
}

export function loadDocs(files: FileLike[]): void {
  // Cohorts first, so journeys find them when they are validated.
  const docs: Record<string, DocState> = {};
  for (const kind of ['cohort', 'journey'] as const) {
    for (const f of files.filter((x) => x.kind === kind)) docs[f.id] = docFromFile(f, workspaceContext);
    useWorkspace.setState({ docs: { ...docs } });
  }
  useWorkspace.setState({ ready: true });
}

export function addDoc(file: FileLike): DocState {
  const doc = docFromFile(file, workspaceContext);
  useWorkspace.setState((s) => ({ docs: { ...s.docs, [doc.id]: doc } }));
  if (doc.kind === 'cohort') revalidateJourneysUsing(doc.path);
  return doc;
}

export function removeDoc(id: string): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
  useWorkspace.setState((s) => {
    const docs = { ...s.docs };
    delete docs[id];
    const selection = { ...s.selection };
    delete selection[id];
    return { docs, selection };
  });
}

export function renameDoc(id: string, path: string, rev: number): void {
  setDoc(id, (d) => ({ ...d, path, rev, diagnostics: d.diagnostics.map((x) => ({ ...x, file: path })) }));
}

/** An edit from the canvas, inspector or history: a whole next document and its label. */
export function editDocument(id: string, next: DocValue, label: string): void {
  flushValidation(id);
  setDoc(id, (d) => withEdit(d, next, label));
  scheduleValidation(id, EDIT_VALIDATE_DELAY_MS);
}

function scheduleValidation(id: string, delay: number): void {
  clearTimeout(timers.get(id));
  timers.set(id, setTimeout(() => flushValidation(id), delay));
}

/** Typing in the source: the text now, the document when the typing pauses. */
export function typeText(id: string, text: string): void {
  setDoc(id, (d) => withText(d, text));
  scheduleValidation(id, VALIDATE_DELAY_MS);
}

/** Validate pending typing now. */
export function flushValidation(id: string): void {
  const t = timers.get(id);
  if (t === undefined) return;
  clearTimeout(t);
  timers.delete(id);
  setDoc(id, (d) => withDiagnostics(d, workspaceContext));
}

export function undoDocument(id: string): void {
  flushValidation(id);
  setDoc(id, (d) => withUndo(d));
  scheduleValidation(id, EDIT_VALIDATE_DELAY_MS);
}

export function redoDocument(id: string): void {
  flushValidation(id);
  setDoc(id, (d) => withRedo(d));
  scheduleValidation(id, EDIT_VALIDATE_DELAY_MS);
}

/** The stored text replaces ours (another tab saved, or "Reload theirs"). */
export function takeStoredText(id: string, file: { text: string; rev: number; path?: string; validText?: string }): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
  setDoc(id, (d) => withStoredText(d, file, workspaceContext));
}

/** Bookkeeping of the autosave. */
export function markSaving(id: string, saving: boolean): void {
  setDoc(id, (d) => (d.saving === saving ? d : { ...d, saving }));
}

export function markSaved(id: string, savedSeq: number, rev: number): void {
  setDoc(id, (d) => ({ ...d, saving: false, savedSeq, rev, labels: d.textSeq === savedSeq ? [] : d.labels }));
}

export function setSelection(id: string, selection: Selection): void {
  useWorkspace.setState((s) => ({ selection: { ...s.selection, [id]: selection } }));
}

export function selectionOf(id: string | undefined): Selection {
  return (id && useWorkspace.getState().selection[id]) || EMPTY_SELECTION;
}
