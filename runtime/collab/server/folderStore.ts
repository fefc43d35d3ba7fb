import { appendFile, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tooLargeReason } from '../../model/documentLimits';
import type { DocumentName } from './documentName';
import { decodeUpdateRecords, encodeUpdateRecords } from './updateLog';

/** What the data folder holds for a document. */
export interface StoredDocument {
  /** The CRDT state's updates, or null when there is no state file. */
  updates: Uint8Array[] | null;
  /** The state file's last record was cut short (and is left out). */
  truncated: boolean;
  /** The snapshot's text when there is no state file but a snapshot (e.g. a fresh clone), else null. */
  snapshot: string | null;
}

/** Where the server keeps its documents; the data folder (`folderStore`), or a test's wrapper of it. */
export interface DocumentStore {
  load(doc: DocumentName): Promise<StoredDocument>;
  /** Add updates to the state. */
  append(doc: DocumentName, updates: readonly Uint8Array[]): Promise<void>;
  /** Replace the state by one update holding all of it, and write the readable snapshot (when not null). */
  save(doc: DocumentName, state: Uint8Array, snapshot: string | null): Promise<void>;
}

/** A stored file the server cannot use; its message names the file and how to fix it. */
export class StoredFileError extends Error {}

/** The data folder: `<name>.journey.yjs` (the state) and `<name>.journey.json` (the snapshot) per document. */
export function folderStore(dir: string): DocumentStore {
  const path = (file: string) => join(dir, file);
  return {
    async load(doc) {
      const state = await readIfThere(path(doc.stateFile), doc.stateFile, 2);
      if (state !== null) return { ...decodeUpdateRecords(state), snapshot: null };
      const snapshot = await readIfThere(path(doc.snapshotFile), doc.snapshotFile, 1);
      return { updates: null, truncated: false, snapshot: snapshot === null ? null : new TextDecoder().decode(snapshot) };
    },
    async append(doc, updates) {
      await appendFile(path(doc.stateFile), encodeUpdateRecords(updates));
    },
    async save(doc, state, snapshot) {
      await replaceFile(path(doc.stateFile), encodeUpdateRecords([state]));
      if (snapshot !== null) await replaceFile(path(doc.snapshotFile), snapshot);
    },
  };
}

/** Write a file whole or not at all: a temporary file beside it, renamed over it. */
async function replaceFile(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** A file's bytes, null when it does not exist; refused when it is larger than `factor` × the document limit. */
async function readIfThere(file: string, name: string, factor: number): Promise<Uint8Array | null> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoredFileError(`${name} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const tooLarge = tooLargeReason(Math.ceil(size / factor));
  if (tooLarge) throw new StoredFileError(`${name}: ${tooLarge}`);
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    throw new StoredFileError(`${name} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
