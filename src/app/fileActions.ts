import { formatDocument } from '../../runtime/model/formatDocument';
import type { DocumentKind } from '../../runtime/model/parseDocument';
import { slugify } from '../../runtime/model/ops';
import { createFile, deleteFile, freePath, lastTrashed, renameFile as renameStored, restoreFromTrash, saveFile } from '../storage/fileRepository';
import { clearBackup } from '../storage/crashBackup';
import { addDoc, markSaved, removeDoc, renameDoc } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { saveStateOf, validTextOf } from '../state/documentState';
import { closeDocEditors, openEditor } from '../state/layoutActions';
import { log, notify, promptText } from '../state/uiActions';
import { newCohortText, newJourneyText } from './documentTemplates';
import { services } from './workbenchServices';

export const EXTENSIONS: Record<DocumentKind, string> = { journey: '.journey.json', cohort: '.cohort.json' };

/** `Onboarding v2` → `onboarding-v2.journey.json`; a name with the right extension stays. */
export function fileNameFor(name: string, kind: DocumentKind): string {
  const trimmed = name.trim();
  if (trimmed.endsWith(EXTENSIONS[kind])) return `${slugify(trimmed.slice(0, -EXTENSIONS[kind].length))}${EXTENSIONS[kind]}`;
  const stem = trimmed.replace(/\.(journey|cohort)\.json$|\.json$/, '');
  return `${slugify(stem)}${EXTENSIONS[kind]}`;
}

export const stemOf = (path: string) => path.replace(/\.(journey|cohort)\.json$|\.json$/, '');
const pathTaken = (path: string, except?: string) => Object.values(useWorkspace.getState().docs).some((d) => d.path === path && d.id !== except);

/** Open a document in its main editor: a journey on the canvas, a cohort in the cohort editor (both reach Source). */
export function openDocument(id: string, options: { toSide?: boolean } = {}): void {
  const doc = useWorkspace.getState().docs[id];
  if (doc) openEditor(id, doc.kind === 'journey' ? 'canvas' : 'cohort', options);
}

export async function newFile(kind: DocumentKind): Promise<void> {
  const name = await promptText({
    title: kind === 'journey' ? 'New journey: its name' : 'New cohort: its name',
    value: kind === 'journey' ? 'new-journey' : 'new-cohort',
    placeholder: 'a name, e.g. Onboarding',
    validate: (v) => (!v.trim() ? 'Give it a name' : pathTaken(fileNameFor(v, kind)) ? `${fileNameFor(v, kind)} already exists` : undefined),
  });
  if (!name) return;
  const { db, channel } = services();
  const path = await freePath(db, fileNameFor(name, kind));
  const text = kind === 'journey' ? newJourneyText(stemOf(name)) : newCohortText(stemOf(name));
  const file = await createFile(db, { path, kind, text, label: 'Created' });
  addDoc(file);
  openDocument(file.id);
  channel.post({ type: 'files-changed' });
  log(`Created ${path}`);
}

export async function renameDocument(id: string): Promise<void> {
  const doc = useWorkspace.getState().docs[id];
  if (!doc) return;
  const name = await promptText({
    title: `Rename ${doc.path}`,
    value: doc.path,
    validate: (v) => (!v.trim() ? 'Give it a name' : pathTaken(fileNameFor(v, doc.kind), id) ? `${fileNameFor(v, doc.kind)} already exists` : undefined),
  });
  if (!name) return;
  const path = fileNameFor(name, doc.kind);
  if (path === doc.path) return;
  try {
    const { db, channel } = services();
    await flushSave(id);
    const file = await renameStored(db, id, path);
    renameDoc(id, file.path, file.rev);
    channel.post({ type: 'files-changed' });
    log(`Renamed ${doc.path} to ${path}`);
  } catch (e) {
    notify(`Could not rename ${doc.path}: ${(e as Error).message}`, 'error');
  }
}

export async function duplicateDocument(id: string): Promise<void> {
  const doc = useWorkspace.getState().docs[id];
  if (!doc) return;
  const { db, channel } = services();
  const path = await freePath(db, `${stemOf(doc.path)}-copy${EXTENSIONS[doc.kind]}`);
  let text = doc.text;
  const present = doc.broken ? undefined : doc.history?.present;
  if (present) text = formatDocument({ ...present, id: slugify(stemOf(path)), name: `${present.name} (copy)` });
  const file = await createFile(db, { path, kind: doc.kind, text, label: `Duplicated from ${doc.path}` });
  addDoc(file);
  openDocument(file.id);
  channel.post({ type: 'files-changed' });
  log(`Duplicated ${doc.path} as ${path}`);
}

/** Write a document's current text now (before a rename or a delete). */
async function flushSave(id: string): Promise<void> {
  const doc = useWorkspace.getState().docs[id];
  if (!doc || saveStateOf(doc) === 'saved') return;
  const r = await saveFile(services().db, { id, text: doc.text, validText: validTextOf(doc), baseRev: doc.rev, label: doc.labels.at(-1) ?? 'Save', force: true });
  if (r.status === 'saved') {
    markSaved(id, doc.textSeq, r.file.rev);
    clearBackup(id);
  }
}

/** Delete to the trash; an Undo in the toast (and File: Restore Deleted File) brings it back. */
export async function deleteDocument(id: string): Promise<void> {
  const doc = useWorkspace.getState().docs[id];
  if (!doc) return;
  const { db, channel } = services();
  await flushSave(id);
  const trashId = await deleteFile(db, id);
  closeDocEditors(id);
  removeDoc(id);
  clearBackup(id);
  channel.post({ type: 'files-changed' });
  log(`Deleted ${doc.path} (restorable)`);
  notify(`Deleted ${doc.path}`, 'info', [{ label: 'Undo', run: () => void restoreDeleted(trashId) }]);
}

export async function restoreDeleted(trashId?: number): Promise<void> {
  const { db, channel } = services();
  const id = trashId ?? (await lastTrashed(db))?.id;
  if (id === undefined) {
    notify('Nothing to restore: the trash is empty');
    return;
  }
  const file = await restoreFromTrash(db, id);
  addDoc(file);
  openDocument(file.id);
  channel.post({ type: 'files-changed' });
  log(`Restored ${file.path}`);
  notify(`Restored ${file.path}`);
}
