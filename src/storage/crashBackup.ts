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

export function readBackups(store: KeyValue | undefined = storage()): Record<string, BackupEntry> {
  try {
    const raw = store?.getItem(BACKUP_KEY);
    return raw ? (JSON.parse(raw) as Record<string, BackupEntry>) : {};
  } catch {
    return {};
  }
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
  if (!(fileId in all)) return;
  delete all[fileId];
  write(all, store);
}
