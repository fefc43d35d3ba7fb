import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { MAX_DOCUMENT_BYTES } from '../../model/documentLimits';
import { formatDocument } from '../../model/formatDocument';
import { docRoot } from '../docRoot';
import { readDoc } from '../readDoc';
import { seedDoc } from '../seedDoc';
import type { DocumentName } from './documentName';
import { StoredFileError, type DocumentStore } from './folderStore';
import { createUpdateGate, type UpdateGate } from './updateGate';

/** The y-websocket message types (y-websocket's `messageSync`, ...). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** An awareness message with the states of `clients`. */
export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/** Send unless the socket is closing; a peer that stops reading (more than a document queued) is cut off. */
export function sendTo(socket: WebSocket, message: Uint8Array): void {
  if (socket.readyState !== socket.OPEN) return;
  if (socket.bufferedAmount > MAX_DOCUMENT_BYTES) {
    socket.terminate();
    return;
  }
  socket.send(message, (err) => {
    if (err) socket.terminate();
  });
}

const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${n.toLocaleString('en-US')} bytes`);

export interface SaveTiming {
  /** Write the snapshot this long after the last edit (ms). */
  debounceMs: number;
  /** ...and at most this long after the first edit not yet in it (ms). */
  maxWaitMs: number;
}

export const DEFAULT_SAVE_TIMING: SaveTiming = { debounceMs: 1000, maxWaitMs: 5000 };

/** Why an update was refused: the close code a connection gets, and the reason. */
export interface Refusal {
  code: number;
  reason: string;
}

/**
 * One shared file on the server: its Y.Doc (loaded from the store before anyone syncs with it), the
 * presence of the people who have it open, and its persistence: every accepted update is appended
 * to the state at once; the compacted state and the readable snapshot follow, debounced.
 */
export class SharedDocument {
  readonly doc = new Y.Doc();
  readonly awareness: awarenessProtocol.Awareness;
  /** Resolves once the stored document is in `doc`; rejects with a StoredFileError. */
  readonly ready: Promise<void>;
  /** The sockets that have it open, each with the awareness client ids it controls (they go when it does). */
  readonly connections = new Map<WebSocket, Set<number>>();
  private gate: UpdateGate | undefined;
  private pending: Uint8Array[] = [];
  private io: Promise<void> = Promise.resolve();
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private maxWait: ReturnType<typeof setTimeout> | undefined;
  /** The bytes the state holds: compacted size plus updates since; a bound on what a document may grow to. */
  private storedBytes = 0;
  private snapshot: Record<string, unknown> | null = null;
  private destroyed = false;

  constructor(
    readonly name: DocumentName,
    private readonly store: DocumentStore,
    private readonly log: (line: string) => void,
    private readonly timing: SaveTiming = DEFAULT_SAVE_TIMING,
    private readonly maxBytes: number = MAX_DOCUMENT_BYTES,
  ) {
    docRoot(this.doc);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const ids = this.connections.get(origin as WebSocket);
      if (ids) {
        for (const id of added) ids.add(id);
        for (const id of removed) ids.delete(id);
      }
      // To everyone, the sender too: y-websocket reconnects when it hears nothing for 30 s, and a
      // client alone with the document hears its own presence renewed every 15 s.
      this.broadcast(awarenessMessage(this.awareness, [...added, ...updated, ...removed]));
    });
    this.ready = this.load();
    this.ready.catch(() => undefined);
  }

  private async load(): Promise<void> {
    const stored = await this.store.load(this.name);
    if (stored.updates !== null) {
      if (stored.truncated) this.log(`${this.name.name}: the last record of ${this.name.stateFile} was cut short (the server stopped while writing it); loaded what came before`);
      for (const u of stored.updates) {
        try {
          Y.applyUpdate(this.doc, u);
        } catch {
          throw new StoredFileError(`${this.name.stateFile} is damaged: restore it from a copy, or remove it to start again from ${this.name.snapshotFile}`);
        }
        this.storedBytes += u.length;
      }
    } else if (stored.snapshot !== null) {
      let value: unknown;
      try {
        value = JSON.parse(stored.snapshot);
      } catch {
        throw new StoredFileError(`${this.name.snapshotFile} is not JSON: fix it, or remove it to share the file anew`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new StoredFileError(`${this.name.snapshotFile} is not a JSON object: fix it, or remove it`);
      seedDoc(this.doc, value as Record<string, unknown>);
      this.log(`${this.name.name}: loaded from ${this.name.snapshotFile} (no ${this.name.stateFile} yet)`);
      this.dirty();
    }
    this.snapshot = readDoc(this.doc);
    this.gate = createUpdateGate(this.doc);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      this.broadcast(encoding.toUint8Array(encoder), origin);
      this.pending.push(update);
      if (this.pending.length === 1) {
        this.queue(async () => {
          const batch = this.pending.splice(0);
          if (batch.length > 0) await this.store.append(this.name, batch);
        });
      }
      this.dirty();
    });
  }

  /** Send a message to every socket that has the document open, but `except`. */
  broadcast(message: Uint8Array, except?: unknown): void {
    for (const socket of this.connections.keys()) if (socket !== except) sendTo(socket, message);
  }

  /** Apply a client's update (after `ready`), or refuse it: not applied, not sent, not stored. */
  receive(update: Uint8Array, origin: object): Refusal | null {
    if (!this.gate) throw new Error('SharedDocument.receive before ready');
    if (this.storedBytes + update.length > this.maxBytes) return { code: 4413, reason: `document too large: a shared document may hold at most ${formatBytes(this.maxBytes)}` };
    const problem = this.gate.apply(update, origin);
    if (problem !== null) return { code: 4422, reason: `update rejected: ${problem}` };
    this.storedBytes += update.length;
    return null;
  }

  /** Write the compacted state and the snapshot now; resolves when everything is on disk. */
  flush(): Promise<void> {
    if (!this.destroyed && (this.debounce !== undefined || this.maxWait !== undefined)) this.save();
    return this.io;
  }

  /** Forget it (after `flush`): no more saves. */
  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.debounce);
    clearTimeout(this.maxWait);
    this.debounce = this.maxWait = undefined;
    this.awareness.destroy();
    this.doc.destroy();
  }

  private dirty(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.save(), this.timing.debounceMs);
    this.maxWait ??= setTimeout(() => this.save(), this.timing.maxWaitMs);
  }

  private save(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.maxWait);
    this.debounce = this.maxWait = undefined;
    // The state now includes every pending update: they need not be appended as well.
    this.pending.length = 0;
    const state = Y.encodeStateAsUpdate(this.doc);
    this.snapshot = readDoc(this.doc, this.snapshot);
    const text = this.snapshot === null ? null : formatDocument(this.snapshot);
    const bytesAtSave = this.storedBytes;
    this.queue(async () => {
      await this.store.save(this.name, state, text);
      this.storedBytes = state.length + (this.storedBytes - bytesAtSave);
    });
  }

  /** Run disk work one piece after another; a failure is one log line (the next save tries again). */
  private queue(work: () => Promise<void>): void {
    this.io = this.io.then(work).catch((err: unknown) => {
      const code = (err as NodeJS.ErrnoException).code;
      this.log(`${this.name.name}: could not write to the data folder (${code ?? (err instanceof Error ? err.message.split('\n')[0] : String(err))})`);
    });
  }
}
