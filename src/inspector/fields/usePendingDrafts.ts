import { useSyncExternalStore } from 'react';
import { hasPendingDrafts, subscribePendingDrafts } from './pendingDrafts';

/** React: whether some inspector field holds typed text not yet in the document. */
export function usePendingDrafts(): boolean {
  return useSyncExternalStore(subscribePendingDrafts, hasPendingDrafts, hasPendingDrafts);
}
