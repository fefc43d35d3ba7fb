import { formatDiagnostic } from '../../runtime/diagnostics/diagnostic';
import { validateText } from '../../runtime/lint/validateText';
import type { DocumentKind } from '../../runtime/model/parseDocument';
import { createFile, freePath } from '../storage/fileRepository';
import { addDoc } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { log, notify } from '../state/uiActions';
import { fileNameFor, openDocument } from './fileActions';
import { readImportFile, type ImportFile } from './readImportFile';
import { services } from './workbenchServices';

// Files in and out of the workspace: import (validated; drop or dialog) and export (downloads).

/**
 * Why a file cannot be imported (its first problem, as the CLI prints it), or its kind. A file is
 * refused when it is not a journey or cohort document at all (bad JSON, wrong format or shape);
 * a document that lints with errors comes in, its problems shown, to be fixed here.
 */
export function checkImport(name: string, text: string): { kind: DocumentKind } | { reason: string } {
  const v = validateText(text, { file: name });
  const doc = v.journey ?? v.cohort;
  const first = v.diagnostics.find((d) => d.severity === 'error');
  if (!doc || !v.kind) return { reason: first ? formatDiagnostic(first) : `${name}: not a journey or a cohort` };
  return { kind: v.kind };
}

/**
 * Import files (drop or dialog): each is read (at most 50 MB, strict UTF-8) and validated; a bad one
 * is refused with its reason, nothing else changes.
 */
export async function importFiles(files: readonly ImportFile[]): Promise<void> {
  const { db, channel } = services();
  let last: string | undefined;
  for (const f of files) {
    const read = await readImportFile(f);
    const text = 'text' in read ? read.text : '';
    const checked = 'reason' in read ? read : checkImport(f.name, text);
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

/** Download a text (of `type`) or a Blob as a file. */
export function download(name: string, content: string | Blob, type = 'application/json'): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
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
