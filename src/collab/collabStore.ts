import { create } from 'zustand';
import type { Peer, PresenceUser } from '../../runtime/collab/session/presence';

export type LinkStatus = 'connecting' | 'connected' | 'offline' | 'refused';

/** A shared file's live state in this tab (UI state: never stored in the document). */
export interface SharedFileState {
  server: string;
  room: string;
  status: LinkStatus;
  /** The server's content has arrived since the last connection. */
  synced: boolean;
  /** Why the server refused (a wrong token, a rejected edit). */
  message?: string;
  self: PresenceUser;
  peers: Peer[];
}

export interface CollabState {
  byDoc: Record<string, SharedFileState>;
}

export const useCollab = create<CollabState>()(() => ({ byDoc: {} }));

export function setShared(docId: string, state: SharedFileState | undefined): void {
  useCollab.setState((s) => {
    const byDoc = { ...s.byDoc };
    if (state) byDoc[docId] = state;
    else delete byDoc[docId];
    return { byDoc };
  });
}

export function patchShared(docId: string, patch: Partial<SharedFileState>): void {
  useCollab.setState((s) => {
    const current = s.byDoc[docId];
    return current ? { byDoc: { ...s.byDoc, [docId]: { ...current, ...patch } } } : s;
  });
}

export const isShared = (docId: string | undefined): boolean => !!docId && !!useCollab.getState().byDoc[docId];
