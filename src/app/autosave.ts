import { addVersion, saveFile, getFile, listFiles } from '../storage/fileRepository';
import { backupText, clearBackup } from '../storage/crashBackup';
import type { JourneyDb } from '../storage/journeyDb';
import type { SaveChannel, SaveMessage } from '../storage/saveChannel';
import { saveStateOf, validTextOf, type DocState } from '../state/documentState';
import { addDoc, markSaved, markSaving, removeDoc, renameDoc, takeStoredText } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { closeDocEditors } from '../state/layoutActions';
import { askConflict, log, resolveConflict } from '../state/uiActions';
import { useUi } from '../state/uiStore';
import { isLiveDoc } from '../collab/liveDocs';

export const AUTOSAVE_DELAY_MS = 500;

/** The label of a saved version: the edits since the last save. */
export function versionLabel(labels: readonly string[]): string {
  if (labels.length === 0) return 'Save';
  if (labels.length === 1) return labels[0]!;
  return `${labels[labels.length - 1]} (+${labels.length - 1} more)`;
}

export interface Autosave {
  /** Save every unsaved document now. */
  flush(): Promise<void>;
  stop(): void;
}

const inConflict = (id: string) => useUi.getState().conflicts.some((c) => c.docId === id);

/** This tab's writes of each file in progress: another tab's news is judged only after them. */
const writing = new Map<string, Promise<unknown>>();
function tracked<T>(id: string, write: Promise<T>): Promise<T> {
  const done = write.finally(() => {
    if (writing.get(id) === done) writing.delete(id);
  });
  writing.set(id, done);
  return write;
}
async function ownWritesDone(id: string): Promise<void> {
  for (let w = writing.get(id); w; w = writing.get(id)) await w.catch(() => {});
}

/**
 * Autosave: a document is written ~500 ms after its last change (and at once on pagehide), with a
 * compare-and-set on its revision, so a second tab never silently overwrites the first: a conflict
 * asks the user. Unsaved text is also kept synchronously in a crash backup until it is stored.
 */
export function startAutosave(db: JourneyDb, channel: SaveChannel, delayMs = AUTOSAVE_DELAY_MS): Autosave {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const backedUp = new Map<string, number>();

  async function save(id: string, force = false): Promise<void> {
    timers.delete(id);
    const doc = useWorkspace.getState().docs[id];
    if (!doc || doc.saving || (saveStateOf(doc) === 'saved' && !force) || (inConflict(id) && !force)) return;
    const seq = doc.textSeq;
    markSaving(id, true);
    try {
      // A live file: every tab holds the same merged document, so a save never asks about another's.
      const r = await tracked(id, saveFile(db, { id, text: doc.text, validText: validTextOf(doc), baseRev: doc.rev, label: versionLabel(doc.labels), force: force || isLiveDoc(id) }));
      if (r.status === 'saved') {
        markSaved(id, seq, r.file.rev);
        if (useWorkspace.getState().docs[id]?.textSeq === seq) clearBackup(id);
        channel.post({ type: 'saved', fileId: id, rev: r.file.rev });
      } else if (r.status === 'conflict') {
        // Ask first: marking "not saving" wakes the autosave, which must see the conflict and wait.
        askConflict({ docId: id, path: doc.path, theirs: { text: r.theirs.text, rev: r.theirs.rev } });
        markSaving(id, false);
        log(`${doc.path} was changed in another tab: choose which version to keep`, 'warning');
      } else {
        // Deleted in another tab meanwhile: put it back rather than lose this text.
        await db.files.put({ id, path: doc.path, kind: doc.kind, text: doc.text, rev: 1, updatedAt: Date.now() });
        markSaved(id, seq, 1);
        channel.post({ type: 'files-changed' });
        log(`${doc.path} was deleted in another tab; kept it, with your changes`, 'warning');
      }
    } catch (e) {
      markSaving(id, false);
      log(`Could not save ${doc.path}: ${(e as Error).message}`, 'error');
    }
  }

  function schedule(doc: DocState): void {
    if (backedUp.get(doc.id) !== doc.textSeq) {
      backedUp.set(doc.id, doc.textSeq);
      backupText(doc.id, { text: doc.text, baseRev: doc.rev, at: Date.now() });
    }
    clearTimeout(timers.get(doc.id));
    timers.set(doc.id, setTimeout(() => void save(doc.id), delayMs));
  }

  const unsubscribe = useWorkspace.subscribe((state, prev) => {
    for (const doc of Object.values(state.docs)) {
      const before = prev.docs[doc.id];
      if (before === doc) continue;
      const changed = !before || before.textSeq !== doc.textSeq || before.savedSeq !== doc.savedSeq || before.saving !== doc.saving;
      if (changed && !doc.saving && saveStateOf(doc) === 'unsaved' && !inConflict(doc.id)) schedule(doc);
    }
  });

  // Unsaved before autosave started (text recovered from a crash): save it too.
  for (const doc of Object.values(useWorkspace.getState().docs)) if (saveStateOf(doc) === 'unsaved' && !inConflict(doc.id)) schedule(doc);

  const unlisten = channel.onMessage((m) => void onMessage(m));
  async function onMessage(m: SaveMessage): Promise<void> {
    if (m.type === 'files-changed') return syncFileList();
    const doc = useWorkspace.getState().docs[m.fileId];
    if (!doc) return syncFileList();
    if (m.rev <= doc.rev || isLiveDoc(m.fileId)) return;
    // A save of ours under way (an autosave, "Keep mine") may be what the store holds now: never
    // take our own save for another tab's, so judge the stored revision after it, against ours then.
    await ownWritesDone(m.fileId);
    const theirs = await getFile(db, m.fileId);
    const current = useWorkspace.getState().docs[m.fileId];
    if (!theirs || !current || theirs.rev <= current.rev) return;
    if (saveStateOf(current) === 'saved') {
      takeStoredText(m.fileId, theirs);
      log(`${theirs.path} was updated in another tab: reloaded`);
    } else {
      askConflict({ docId: m.fileId, path: theirs.path, theirs: { text: theirs.text, rev: theirs.rev } });
      log(`${theirs.path} was changed in another tab while you edited it: choose which version to keep`, 'warning');
    }
  }

  /** Files were created, renamed or deleted in another tab. */
  async function syncFileList(): Promise<void> {
    const files = await listFiles(db);
    const docs = useWorkspace.getState().docs;
    const ids = new Set(files.map((f) => f.id));
    for (const f of files) {
      const doc = docs[f.id];
      if (!doc) addDoc(f);
      else if (f.path !== doc.path && saveStateOf(doc) === 'saved') {
        if (f.text === doc.text) renameDoc(f.id, f.path, f.rev);
        else takeStoredText(f.id, f);
      }
    }
    for (const doc of Object.values(docs)) {
      if (!ids.has(doc.id) && saveStateOf(doc) === 'saved') {
        closeDocEditors(doc.id);
        removeDoc(doc.id);
      }
    }
  }

  const onPageHide = () => {
    for (const doc of Object.values(useWorkspace.getState().docs)) {
      if (saveStateOf(doc) !== 'saved') {
        backupText(doc.id, { text: doc.text, baseRev: doc.rev, at: Date.now() });
        void save(doc.id);
      }
    }
  };
  const win = typeof window === 'undefined' ? undefined : window;
  win?.addEventListener('pagehide', onPageHide);

  return {
    async flush() {
      await Promise.all(Object.values(useWorkspace.getState().docs).map((d) => save(d.id)));
    },
    stop() {
      unsubscribe();
      unlisten();
      win?.removeEventListener('pagehide', onPageHide);
      for (const t of timers.values()) clearTimeout(t);
    },
  };
}

/** "Reload theirs": take the stored version. */
export async function reloadTheirs(db: JourneyDb, docId: string): Promise<void> {
  const theirs = await getFile(db, docId);
  resolveConflict(docId);
  if (!theirs) return;
  const mine = useWorkspace.getState().docs[docId];
  if (mine && mine.text !== theirs.text) await addVersion(db, { fileId: docId, rev: theirs.rev, text: mine.text, label: 'Your version, set aside for another tab’s' });
  takeStoredText(docId, theirs);
  clearBackup(docId);
  log(`Reloaded ${theirs.path} from the other tab`);
}

/** "Keep mine (overwrite)": write this tab's text over the stored one. */
export async function keepMine(db: JourneyDb, channel: SaveChannel, docId: string): Promise<void> {
  const doc = useWorkspace.getState().docs[docId];
  if (!doc) {
    resolveConflict(docId);
    return;
  }
  // Saving while we write: an autosave that wakes meanwhile (its timer was set before the conflict)
  // must not write this text again against the old revision and raise a conflict with ourselves.
  markSaving(docId, true);
  resolveConflict(docId);
  const seq = doc.textSeq;
  try {
    const r = await tracked(docId, saveFile(db, { id: docId, text: doc.text, validText: validTextOf(doc), baseRev: doc.rev, label: versionLabel(doc.labels), force: true }));
    if (r.status === 'saved') {
      markSaved(docId, seq, r.file.rev);
      clearBackup(docId);
      channel.post({ type: 'saved', fileId: docId, rev: r.file.rev });
      log(`Kept your version of ${doc.path} (overwrote the other tab's)`);
    } else markSaving(docId, false);
  } catch (e) {
    markSaving(docId, false);
    throw e;
  }
}
