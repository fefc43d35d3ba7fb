/** What tabs of the workbench tell each other about the shared storage. */
export type SaveMessage =
  | { type: 'saved'; fileId: string; rev: number; from: string }
  | { type: 'files-changed'; from: string };

export interface SaveChannel {
  readonly tabId: string;
  post(message: { type: 'saved'; fileId: string; rev: number } | { type: 'files-changed' }): void;
  onMessage(listener: (message: SaveMessage) => void): () => void;
  close(): void;
}

export const CHANNEL_NAME = 'journey-studio-storage';

/** A BroadcastChannel between the tabs of this origin (a silent no-op where there is none). */
export function openSaveChannel(name = CHANNEL_NAME): SaveChannel {
  const tabId = Math.random().toString(36).slice(2);
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name);
  const listeners = new Set<(m: SaveMessage) => void>();
  if (channel) {
    channel.onmessage = (e: MessageEvent<SaveMessage>) => {
      if (e.data && e.data.from !== tabId) for (const l of listeners) l(e.data);
    };
  }
  return {
    tabId,
    post(message) {
      channel?.postMessage({ ...message, from: tabId });
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
    },
  };
}
