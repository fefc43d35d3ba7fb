import { createFile, freePath } from '../storage/fileRepository';
import { addDoc, flushValidation } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { openEditor, showPanel } from '../state/layoutActions';
import { log, notify } from '../state/uiActions';
import { errorCount, fixProblemsFirst, fixTheProblems, problemText } from '../state/fixProblemsFirst';
import type { DocState } from '../state/documentState';
import { fileNameFor, openDocument } from './fileActions';
import { importKind } from './importKind';
import { readImportFile, type ImportFile } from './readImportFile';
import { services } from './workbenchServices';

// Files in and out of the workspace: import (drop or dialog) and export (downloads).

/** A file that came in: its document, and the name it wanted when that one was taken. */
export interface Imported {
  doc: DocState;
  /** The file's own name, when the workspace had a file of that name (both are kept). */
  clashedWith?: string;
}

/** A file that cannot be held at all (too large, unreadable, binary, a folder): one line, nothing else changes. */
export function refuseImport(name: string, reason: string): void {
  log(`Refused ${name}: ${reason}`, 'error');
  notify(`Refused ${name}: ${reason}`, 'error');
}

/**
 * Import files (drop or dialog). Each is read (at most 50 MB, as text) and comes in as a journey or
 * cohort whatever its problems: bad JSON, bytes that are not UTF-8 (J035), a wrong shape, lint
 * errors. Its problems are the editor's for that text (the document is validated as any other), in
 * the Problems panel and as markers; one with errors opens in its Source, to be fixed before it can
 * be simulated or exported. A name already taken keeps both files. Only what cannot be held is refused.
 */
export async function importFiles(files: readonly ImportFile[]): Promise<Imported[]> {
  const imported: Imported[] = [];
  for (const f of files) {
    const read = await readImportFile(f);
    if ('reason' in read) refuseImport(f.name, read.reason);
    else imported.push(await addImported(f.name, read.text, read.notUtf8));
  }
  if (imported.length === 0) return imported;
  for (const { doc } of imported) {
    if (errorCount(doc) > 0) openEditor(doc.id, 'source');
    else openDocument(doc.id);
  }
  if (imported.some(({ doc }) => doc.diagnostics.length > 0)) showPanel('problems');
  services().channel.post({ type: 'files-changed' });
  for (const one of imported) tell(one);
  return imported;
}

async function addImported(name: string, text: string, notUtf8: Parameters<typeof createFile>[1]['notUtf8']): Promise<Imported> {
  const { db } = services();
  const kind = importKind(name, text);
  const wanted = fileNameFor(name, kind);
  const path = await freePath(db, wanted);
  const file = await createFile(db, { path, kind, text, label: `Imported ${name}`, ...(notUtf8 ? { notUtf8: { ...notUtf8, file: path } } : {}) });
  const doc = addDoc(file);
  return path === wanted ? { doc } : { doc, clashedWith: wanted };
}

/** The Output line and the notification of a file that came in. */
function tell({ doc, clashedWith }: Imported): void {
  const as = clashedWith ? `Imported ${doc.path} (${clashedWith} already exists and is unchanged)` : `Imported ${doc.path}`;
  const errors = errorCount(doc);
  const warnings = doc.diagnostics.length - errors;
  const first = doc.diagnostics.find((d) => d.severity === 'error');
  const message = first
    ? `${as} with ${errors} ${errors === 1 ? 'error' : 'errors'}, opened in its Source: ${fixTheProblems(errors)} to simulate or export it. First: ${problemText(first)}`
    : warnings > 0
      ? `${as} with ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (see Problems)`
      : as;
  log(message, first ? 'warning' : 'info');
  notify(message, first ? 'warning' : 'info');
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

/** Download a text (of `type`) or a Blob as a file. */
export function download(name: string, content: string | Blob, type = 'application/json'): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** File: Export (Download): the file as it is; refused, naming its problems, while it has errors. */
export function exportDocument(id: string): void {
  flushValidation(id);
  const doc = useWorkspace.getState().docs[id];
  if (!doc) return;
  const blocked = fixProblemsFirst(doc, 'export it');
  if (blocked) {
    notify(blocked, 'error');
    return;
  }
  download(doc.path, doc.text);
  log(`Exported ${doc.path}`);
}
