import { z } from 'zod';
import { RESERVED_NAME } from '../../runtime/lint/rules/reservedName';
import { hasName } from '../../runtime/model/ownValue';

/**
 * A synchronous safety net under autosave: the text of every unsaved document is written to
 * localStorage as it changes, so a crash or a kill between two saves loses nothing. Cleared once
 * the text is safely in IndexedDB.
 */
export interface BackupEntry {
  text: string;
  /** The stored revision the text was based on. */
  baseRev: number;
  at: number;
}

export const BACKUP_KEY = 'journey-studio.unsaved';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): KeyValue | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

const entrySchema = z.object({ text: z.string(), baseRev: z.number().int(), at: z.number() });

/**
 * The backups in storage. Storage is outside the app's control (another version of it, an
 * extension, a hand edit, a crash mid-write): what is not JSON gives no backups, and each entry
 * that is not a backup's shape (a text, its base revision, its time; numbers finite) is left out,
 * so a corrupt or hostile entry cannot break startup nor cost the other entries. Only own keys
 * are read, never `__proto__` (JSON.parse keeps it as a key; writing it back would set a prototype).
 */
export function readBackups(store: KeyValue | undefined = storage()): Record<string, BackupEntry> {
  let stored: unknown;
  try {
    const raw = store?.getItem(BACKUP_KEY);
    stored = raw ? JSON.parse(raw) : undefined;
  } catch {
    return {};
  }
  const out: Record<string, BackupEntry> = {};
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return out;
  for (const [fileId, value] of Object.entries(stored)) {
    const entry = fileId === RESERVED_NAME ? undefined : entrySchema.safeParse(value);
    if (entry?.success) out[fileId] = entry.data;
  }
  return out;
}

function write(all: Record<string, BackupEntry>, store: KeyValue | undefined) {
  try {
    if (Object.keys(all).length === 0) store?.removeItem(BACKUP_KEY);
    else store?.setItem(BACKUP_KEY, JSON.stringify(all));
  } catch {
    // Quota exceeded: autosave is still there; the backup is best effort.
  }
}

export function backupText(fileId: string, entry: BackupEntry, store: KeyValue | undefined = storage()): void {
  write({ ...readBackups(store), [fileId]: entry }, store);
}

export function clearBackup(fileId: string, store: KeyValue | undefined = storage()): void {
  const all = readBackups(store);
  if (!hasName(all, fileId)) return;
  delete all[fileId];
  write(all, store);
}
