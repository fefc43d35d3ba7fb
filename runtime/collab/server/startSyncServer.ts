import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { removeAwarenessStates } from 'y-protocols/awareness';
import { MAX_DOCUMENT_BYTES } from '../../model/documentLimits';
import { parseDocumentName } from './documentName';
import { folderStore, type DocumentStore } from './folderStore';
import { closeWith, serveConnection } from './serveConnection';
import { DEFAULT_SAVE_TIMING, SharedDocument, type SaveTiming } from './sharedDocument';

export interface SyncServerOptions {
  /** 0: any free port (tests). */
  port: number;
  host: string;
  /** The data folder (created if missing). */
  dataDir: string;
  /** When set, a client must send it as the `token` query parameter. */
  token?: string | undefined;
  /** One line per event, without the newline. */
  log: (line: string) => void;
  /** Default: the data folder. */
  store?: DocumentStore;
  timing?: SaveTiming;
  /** The largest message a client may send (bytes); default the document limit, 50 MB. */
  maxMessageBytes?: number;
  /** The most bytes a document's state may grow to (bytes); default the document limit, 50 MB. */
  maxDocumentBytes?: number;
  /** How often to ping clients; one that has not answered the last ping is cut off (ms). */
  pingIntervalMs?: number;
}

export interface SyncServer {
  /** `ws://127.0.0.1:1234`. */
  url: string;
  port: number;
  /** The documents open now, by name (for tests and the bench). */
  documents: ReadonlyMap<string, SharedDocument>;
  /** Close every connection (1001, the clients reconnect when a server is back), write every document, stop. */
  close(): Promise<void>;
}

/**
 * The sync server of `journey serve` (DESIGN §8): the y-websocket protocol (y-protocols sync and
 * awareness over `ws`), one shared document per file name, persisted to the data folder. See
 * README.md in this folder for the contract with clients.
 */
export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  await mkdir(options.dataDir, { recursive: true });
  const store = options.store ?? folderStore(options.dataDir);
  const timing = options.timing ?? DEFAULT_SAVE_TIMING;
  const documents = new Map<string, SharedDocument>();
  const releasing = new Set<Promise<void>>();
  const log = (line: string) => options.log(`${new Date().toISOString()} ${line}`);
  const tokenDigest = options.token === undefined ? undefined : digest(options.token);

  const http = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Journey Studio sync server: open a shared file in the workbench to connect.\n');
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes ?? MAX_DOCUMENT_BYTES });
  http.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req));
  });

  function accept(ws: WebSocket, req: IncomingMessage): void {
    const address = clientAddress(req);
    const url = new URL(req.url ?? '/', 'http://server');
    const name = parseDocumentName(url.pathname);
    ws.on('error', () => ws.terminate());
    if (tokenDigest !== undefined && !timingSafeEqual(digest(url.searchParams.get('token') ?? ''), tokenDigest)) {
      log(`refused ${typeof name === 'string' ? '-' : name.name} ${address}: unauthorized (wrong or missing token)`);
      closeWith(ws, 4401, 'unauthorized');
      return;
    }
    if (typeof name === 'string') {
      log(`refused - ${address}: bad document name: ${name}`);
      closeWith(ws, 4404, `bad document name: ${name}`);
      return;
    }
    let shared = documents.get(name.name);
    if (!shared) {
      shared = new SharedDocument(name, store, (line) => log(line), timing, options.maxDocumentBytes);
      documents.set(name.name, shared);
    }
    const doc = shared;
    doc.connections.set(ws, new Set());
    log(`connect ${name.name} ${address} (${doc.connections.size} here)`);
    let alive = true;
    ws.on('pong', () => {
      alive = true;
    });
    const ping = setInterval(() => {
      if (ws.readyState !== ws.OPEN) return;
      if (!alive) {
        ws.terminate();
        return;
      }
      alive = false;
      ws.ping();
    }, options.pingIntervalMs ?? 30_000);
    ws.on('close', () => {
      clearInterval(ping);
      const ids = doc.connections.get(ws);
      doc.connections.delete(ws);
      if (ids && ids.size > 0) removeAwarenessStates(doc.awareness, [...ids], null);
      log(`disconnect ${name.name} ${address} (${doc.connections.size} here)`);
      if (doc.connections.size === 0) release(doc);
    });
    serveConnection(ws, doc, (event, detail) => log(`${event} ${name.name} ${address}: ${detail}`));
  }

  /** The last one left: write it, and forget it unless someone came back meanwhile. */
  function release(doc: SharedDocument): void {
    const done = doc.ready
      .then(() => doc.flush())
      .catch(() => undefined)
      .then(() => {
        if (doc.connections.size > 0 || documents.get(doc.name.name) !== doc) return;
        documents.delete(doc.name.name);
        doc.destroy();
      });
    releasing.add(done);
    void done.then(() => releasing.delete(done));
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  return {
    url: `ws://${host}:${port}`,
    port,
    documents,
    async close() {
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      const sockets = [...wss.clients];
      const gone = Promise.all(sockets.map((ws) => new Promise((r) => (ws.readyState === ws.CLOSED ? r(null) : ws.once('close', r)))));
      for (const ws of sockets) closeWith(ws, 1001, 'server shutting down');
      // A client that does not answer the close frame within a second is cut off.
      const cutOff = setTimeout(() => sockets.forEach((ws) => ws.terminate()), 1000);
      await gone;
      clearTimeout(cutOff);
      await Promise.all([...releasing]);
      for (const doc of documents.values()) {
        await doc.ready.then(() => doc.flush()).catch(() => undefined);
        doc.destroy();
      }
      documents.clear();
      http.closeAllConnections();
      await closed;
    },
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function clientAddress(req: IncomingMessage): string {
  const ip = (req.socket.remoteAddress ?? '?').replace(/^::ffff:/, '');
  return `${ip.includes(':') ? `[${ip}]` : ip}:${req.socket.remotePort ?? '?'}`;
}
