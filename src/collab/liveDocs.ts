/**
 * Files edited live (shared, or open in another tab): their undo and redo are the session's, which
 * take back one's own edits only, and their saves never ask about "another tab's version" (every
 * copy holds the same merged document). Kept free of Yjs so the commands and the autosave can ask
 * without loading it.
 */
export interface LiveDoc {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
}

const live = new Map<string, LiveDoc>();

export function setLiveDoc(docId: string, doc: LiveDoc | undefined): void {
  if (doc) live.set(docId, doc);
  else live.delete(docId);
}

export function liveDoc(docId: string | undefined): LiveDoc | undefined {
  return docId === undefined ? undefined : live.get(docId);
}

export const isLiveDoc = (docId: string): boolean => live.has(docId);
