import { formatDiagnostic } from '../../runtime/diagnostics/diagnostic';
import { validateText } from '../../runtime/lint/validateText';
import { formatDocument } from '../../runtime/model/formatDocument';
import type { DocumentKind } from '../../runtime/model/parseDocument';
import { slugify } from '../../runtime/model/ops';
import { createFile, deleteFile, freePath, lastTrashed, renameFile as renameStored, restoreFromTrash, saveFile } from '../storage/fileRepository';
import { clearBackup } from '../storage/crashBackup';
import { addDoc, markSaved, removeDoc, renameDoc } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { saveStateOf } from '../state/documentState';
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

const stemOf = (path: string) => path.replace(/\.(journey|cohort)\.json$|\.json$/, '');
const pathTaken = (path: string, except?: string) => Object.values(useWorkspace.getState().docs).some((d) => d.path === path && d.id !== except);

/** Open a document in its main editor: a journey on the canvas, a cohort in the source editor. */
export function openDocument(id: string, options: { toSide?: boolean } = {}): void {
  const doc = useWorkspace.getState().docs[id];
  if (doc) openEditor(id, doc.kind === 'journey' ? 'canvas' : 'source', options);
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
  const r = await saveFile(services().db, { id, text: doc.text, baseRev: doc.rev, label: doc.labels.at(-1) ?? 'Save', force: true });
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

/** Why a file cannot be imported (its first error, as the CLI prints it), or its kind. */
export function checkImport(name: string, text: string): { kind: DocumentKind } | { reason: string } {
  const v = validateText(text, { file: name });
  const first = v.diagnostics.find((d) => d.severity === 'error');
  if (first || !v.kind) return { reason: first ? formatDiagnostic(first) : `${name}: not a journey or a cohort` };
  return { kind: v.kind };
}

/** Import files (drop or dialog): each is validated; a bad one is refused with its reason, nothing else changes. */
export async function importFiles(files: readonly { name: string; text(): Promise<string> }[]): Promise<void> {
  const { db, channel } = services();
  let last: string | undefined;
  for (const f of files) {
    const text = await f.text();
    const checked = checkImport(f.name, text);
    if ('reason' in checked) {
      log(`Refused ${f.name}: ${checked.reason}`, 'error');
      notify(`Refused ${f.name}: ${checked.reason}`, 'error');
      continue;
    }
    const path = await freePath(db, fileNameFor(f.name, checked.kind));
    const file = await createFile(db, { path, kind: checked.kind, text, label: `Imported ${f.name}` });
    addDoc(file);
    last = file.id;
    log(`Imported ${f.name} as ${path}`);
    notify(`Imported ${path}`);
  }
  if (last) {
    openDocument(last);
    channel.post({ type: 'files-changed' });
  }
}

/** The file dialog of File: Import. */
export function pickFilesToImport(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.multiple = true;
  input.dataset.testid = 'import-input';
  input.style.display = 'none';
  input.addEventListener('change', () => {
    void importFiles([...(input.files ?? [])]);
    input.remove();
  });
  input.addEventListener('cancel', () => input.remove());
  document.body.append(input);
  input.click();
}

/** Download a text as a file. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportDocument(id: string): void {
  const doc = useWorkspace.getState().docs[id];
  if (!doc) return;
  download(doc.path, doc.text);
  log(`Exported ${doc.path}`);
}
