import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface NodeClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves at the first `sync` (the client has the server's stored content). */
  synced: Promise<void>;
  /** Resolves when the server closes the connection for good (a 44xx code), with its code and reason. */
  refused: Promise<{ code: number; reason: string }>;
  close(): void;
}

/**
 * A client of the sync server in Node, as the workbench connects in the browser: y-websocket's
 * WebsocketProvider with `ws` as its WebSocket. For tests and the bench.
 */
export function connectNodeClient(url: string, name: string, options: { token?: string; doc?: Y.Doc; webSocket?: typeof WebSocket } = {}): NodeClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(url, encodeURIComponent(name), doc, {
    WebSocketPolyfill: (options.webSocket ?? WebSocket) as unknown as typeof globalThis.WebSocket,
    params: options.token === undefined ? {} : { token: options.token },
    disableBc: true,
    maxBackoffTime: 200,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', () => resolve());
  });
  const refused = new Promise<{ code: number; reason: string }>((resolve) => provider.once('closed', (event) => resolve(event)));
  return {
    doc,
    provider,
    synced,
    refused,
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}
