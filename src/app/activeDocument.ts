import { useWorkspace } from '../state/workspaceStore';
import { activeTab, useLayout } from '../state/layoutStore';
import type { DocState } from '../state/documentState';

/** The document of the active editor (the one commands act on). */
export function activeDocId(): string | undefined {
  return activeTab(useLayout.getState())?.docId;
}

export function activeDoc(): DocState | undefined {
  const id = activeDocId();
  return id ? useWorkspace.getState().docs[id] : undefined;
}

/** A command's document: the one it was given (explorer context), else the active one. */
export function targetDoc(arg: unknown): DocState | undefined {
  if (typeof arg === 'string') return useWorkspace.getState().docs[arg];
  return activeDoc();
}

/** React: the active document's id. */
export function useActiveDocId(): string | undefined {
  return useLayout((s) => activeTab(s)?.docId);
}
