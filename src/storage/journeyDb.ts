import Dexie, { type EntityTable } from 'dexie';
import type { DocumentKind } from '../../runtime/model/parseDocument';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';

/** A workspace file: its raw text is kept even when it does not parse (nothing typed is lost). */
export interface FileRecord {
  id: string;
  /** The file name, e.g. `mortgage.journey.json`; unique in the workspace. */
  path: string;
  kind: DocumentKind;
  text: string;
  /** When `text` is not a valid document: the text of the last valid one (what the canvas shows). */
  validText?: string;
  /** An imported file's first bytes that were not UTF-8 (J035): an error while the text holds a U+FFFD for them. */
  notUtf8?: Diagnostic;
  /** Bumped by every save: a writer that read an older revision must not silently overwrite. */
  rev: number;
  updatedAt: number;
}

/** One saved version of a file (a version per save), restorable from the History view. */
export interface VersionRecord {
  id?: number;
  fileId: string;
  rev: number;
  text: string;
  label: string;
  savedAt: number;
}

/** A simulation result kept for a journey. */
export interface RunRecord {
  id?: number;
  fileId: string;
  createdAt: number;
  result: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A deleted file, restorable. */
export interface TrashRecord {
  id?: number;
  file: FileRecord;
  deletedAt: number;
}

export type JourneyDb = Dexie & {
  files: EntityTable<FileRecord, 'id'>;
  history: EntityTable<VersionRecord, 'id'>;
  runs: EntityTable<RunRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  trash: EntityTable<TrashRecord, 'id'>;
};

export const DB_NAME = 'journey-studio';

/** The versioned schema: add a `db.version(n + 1)` with an upgrade for every change, never edit a released one. */
export function openJourneyDb(name = DB_NAME): JourneyDb {
  const db = new Dexie(name) as JourneyDb;
  db.version(1).stores({
    files: 'id, &path',
    history: '++id, fileId, [fileId+rev], savedAt',
    runs: '++id, fileId, createdAt',
    settings: 'key',
    trash: '++id, deletedAt',
  });
  return db;
}
