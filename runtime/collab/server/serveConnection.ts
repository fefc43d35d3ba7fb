import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type { RawData, WebSocket } from 'ws';
import { awarenessMessage, MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC, sendTo, type SharedDocument } from './sharedDocument';

/** The most bytes one presence (awareness) message may have; larger ones are dropped. */
export const MAX_AWARENESS_BYTES = 64 * 1024;

/** Close a socket with a code and a reason cut to the 123 bytes a close frame holds. */
export function closeWith(socket: WebSocket, code: number, reason: string): void {
  let r = reason;
  while (Buffer.byteLength(r) > 123) r = r.slice(0, -1);
  socket.close(code, r);
}

/**
 * Speak the y-websocket protocol with one client of a shared document. Nothing is sent, and
 * nothing the client sends is read, before the stored document is loaded (`shared.ready`): then
 * the server's sync step 1, the others' presence, and the client's messages in the order they came.
 * So a client is never told "synced" with an empty document that is about to fill
 * (yjs/y-websocket#81). `log` gets each refusal (then the socket is closed
 * with its code): `rejected` an update that would break the document, `closed` a message that is
 * not the protocol, `refused` a document that cannot be loaded.
 */
export function serveConnection(socket: WebSocket, shared: SharedDocument, log: (event: string, detail: string) => void): void {
  let open = true;
  socket.on('close', () => {
    open = false;
  });
  let chain = shared.ready.then(
    () => {
      if (!open) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, shared.doc);
      sendTo(socket, encoding.toUint8Array(encoder));
      const others = [...shared.awareness.getStates().keys()];
      if (others.length > 0) sendTo(socket, awarenessMessage(shared.awareness, others));
    },
    (err: unknown) => {
      const reason = err instanceof Error ? err.message : String(err);
      log('refused', `could not open the document: ${reason}`);
      open = false;
      closeWith(socket, 4500, reason);
    },
  );
  socket.on('message', (data: RawData, isBinary: boolean) => {
    chain = chain.then(() => {
      if (!open) return;
      const refusal = isBinary ? handle(socket, shared, toBytes(data)) : badMessage('a text message (the protocol is binary)');
      if (refusal === null) return;
      open = false;
      log(refusal.event, refusal.reason);
      closeWith(socket, refusal.code, refusal.reason);
    });
  });
}

type Outcome = null | { code: number; reason: string; event: string };

function handle(socket: WebSocket, shared: SharedDocument, bytes: Uint8Array): Outcome {
  try {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        return handleSync(socket, shared, decoder);
      case MESSAGE_AWARENESS: {
        const update = decoding.readVarUint8Array(decoder);
        if (update.length > MAX_AWARENESS_BYTES) return null;
        awarenessProtocol.applyAwarenessUpdate(shared.awareness, update, socket);
        return null;
      }
      case MESSAGE_QUERY_AWARENESS:
        sendTo(socket, awarenessMessage(shared.awareness, [...shared.awareness.getStates().keys()]));
        return null;
      case MESSAGE_AUTH:
        return null;
      default:
        return badMessage(`message type ${type}`);
    }
  } catch {
    return badMessage('a message that does not decode');
  }
}

function handleSync(socket: WebSocket, shared: SharedDocument, decoder: decoding.Decoder): Outcome {
  const step = decoding.readVarUint(decoder);
  if (step === syncProtocol.messageYjsSyncStep1) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.readSyncStep1(decoder, encoder, shared.doc);
    sendTo(socket, encoding.toUint8Array(encoder));
    return null;
  }
  if (step !== syncProtocol.messageYjsSyncStep2 && step !== syncProtocol.messageYjsUpdate) return badMessage(`sync message type ${step}`);
  const update = decoding.readVarUint8Array(decoder);
  const refusal = shared.receive(update, socket);
  if (refusal === null) return null;
  return { ...refusal, event: 'rejected' };
}

function badMessage(what: string): Outcome {
  return { code: 4400, reason: `bad message: ${what}`, event: 'closed' };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
