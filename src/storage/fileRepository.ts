import type { DocumentKind } from '../../runtime/model/parseDocument';
import type { FileRecord, JourneyDb, TrashRecord, VersionRecord } from './journeyDb';

/** How many saved versions a file keeps (older ones are pruned). */
export const VERSIONS_KEPT = 200;

export type SaveResult =
  | { status: 'saved'; file: FileRecord }
  | { status: 'conflict'; theirs: FileRecord }
  | { status: 'missing' };

const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `f-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);

export async function listFiles(db: JourneyDb): Promise<FileRecord[]> {
  const files = await db.files.toArray();
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

export function getFile(db: JourneyDb, id: string): Promise<FileRecord | undefined> {
  return db.files.get(id);
}

/** A path not taken yet: `name.journey.json`, then `name-2.journey.json`… */
export async function freePath(db: JourneyDb, wanted: string): Promise<string> {
  const taken = new Set((await db.files.toArray()).map((f) => f.path));
  return uniquePath(taken, wanted);
}

export function uniquePath(taken: ReadonlySet<string>, wanted: string): string {
  if (!taken.has(wanted)) return wanted;
  const m = /^(.*?)(\.(?:journey|cohort)\.json|\.json)?$/.exec(wanted)!;
  const stem = m[1]!.replace(/-\d+$/, '');
  const ext = m[2] ?? '';
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Create a file (revision 1) and its first version; the path must be free. */
export async function createFile(db: JourneyDb, input: { path: string; kind: DocumentKind; text: string; label?: string; notUtf8?: FileRecord['notUtf8'] }): Promise<FileRecord> {
  const now = Date.now();
  const file: FileRecord = { id: newId(), path: input.path, kind: input.kind, text: input.text, rev: 1, updatedAt: now, ...(input.notUtf8 ? { notUtf8: input.notUtf8 } : {}) };
  await db.transaction('rw', db.files, db.history, async () => {
    if (await db.files.where('path').equals(input.path).first()) throw new Error(`a file named ${input.path} already exists`);
    await db.files.add(file);
    await db.history.add({ fileId: file.id, rev: 1, text: input.text, label: input.label ?? 'Created', savedAt: now });
  });
  return file;
}

/**
 * Save a file's text if nobody saved it since `baseRev` (a compare-and-set on the revision);
 * with `force`, overwrite whatever is there. Every save adds a version.
 */
export async function saveFile(db: JourneyDb, input: { id: string; text: string; validText?: string; baseRev: number; label: string; force?: boolean }): Promise<SaveResult> {
  return db.transaction('rw', db.files, db.history, async (): Promise<SaveResult> => {
    const current = await db.files.get(input.id);
    if (!current) return { status: 'missing' };
    if (current.rev !== input.baseRev && !input.force) return { status: 'conflict', theirs: current };
    const now = Date.now();
    const file: FileRecord = { ...current, text: input.text, rev: current.rev + 1, updatedAt: now };
    if (input.validText !== undefined) file.validText = input.validText;
    else delete file.validText;
    await db.files.put(file);
    await db.history.add({ fileId: file.id, rev: file.rev, text: input.text, label: input.label, savedAt: now });
    const count = await db.history.where('fileId').equals(input.id).count();
    if (count > VERSIONS_KEPT) {
      const old = await db.history.where('[fileId+rev]').between([input.id, 0], [input.id, Infinity]).limit(count - VERSIONS_KEPT).primaryKeys();
      await db.history.bulkDelete(old);
    }
    return { status: 'saved', file };
  });
}

export async function renameFile(db: JourneyDb, id: string, path: string): Promise<FileRecord> {
  return db.transaction('rw', db.files, async () => {
    const current = await db.files.get(id);
    if (!current) throw new Error('the file no longer exists');
    const other = await db.files.where('path').equals(path).first();
    if (other && other.id !== id) throw new Error(`a file named ${path} already exists`);
    const file = { ...current, path, rev: current.rev + 1, updatedAt: Date.now() };
    await db.files.put(file);
    return file;
  });
}

/** Move a file to the trash; its versions stay, for a restore. */
export async function deleteFile(db: JourneyDb, id: string): Promise<number> {
  return db.transaction('rw', db.files, db.trash, async () => {
    const file = await db.files.get(id);
    if (!file) throw new Error('the file no longer exists');
    await db.files.delete(id);
    return (await db.trash.add({ file, deletedAt: Date.now() })) as number;
  });
}

/** Bring a file back from the trash (under a free name if its name was taken meanwhile). */
export async function restoreFromTrash(db: JourneyDb, trashId: number): Promise<FileRecord> {
  return db.transaction('rw', db.files, db.trash, async () => {
    const entry = await db.trash.get(trashId);
    if (!entry) throw new Error('nothing to restore');
    const taken = new Set((await db.files.toArray()).map((f) => f.path));
    const file: FileRecord = { ...entry.file, path: uniquePath(taken, entry.file.path), rev: entry.file.rev + 1, updatedAt: Date.now() };
    await db.files.put(file);
    await db.trash.delete(trashId);
    return file;
  });
}

export async function lastTrashed(db: JourneyDb): Promise<TrashRecord | undefined> {
  return db.trash.orderBy('deletedAt').last();
}

/** Keep a text as a version without changing the file (e.g. the text a conflict set aside). */
export async function addVersion(db: JourneyDb, version: Omit<VersionRecord, 'id' | 'savedAt'>): Promise<void> {
  await db.history.add({ ...version, savedAt: Date.now() });
}

/** The saved versions of a file, newest first. */
export async function listVersions(db: JourneyDb, fileId: string): Promise<VersionRecord[]> {
  const versions = await db.history.where('[fileId+rev]').between([fileId, 0], [fileId, Infinity]).toArray();
  return versions.reverse();
}
