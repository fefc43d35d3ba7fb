import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The CRDT state file: Yjs updates one after another, each prefixed with its length (lib0
 * `writeVarUint8Array`). New updates are appended as they arrive; the file is compacted to one
 * update (the whole state) when the snapshot is written.
 */
export function encodeUpdateRecords(updates: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const u of updates) encoding.writeVarUint8Array(encoder, u);
  return encoding.toUint8Array(encoder);
}

/**
 * The updates of a state file. A last record cut short (the server stopped while appending it) is
 * left out and reported, so that what was written before it still loads.
 */
export function decodeUpdateRecords(bytes: Uint8Array): { updates: Uint8Array[]; truncated: boolean } {
  const decoder = decoding.createDecoder(bytes);
  const updates: Uint8Array[] = [];
  while (decoding.hasContent(decoder)) {
    const start = decoder.pos;
    try {
      const length = decoding.readVarUint(decoder);
      if (decoder.pos + length > bytes.length) throw new RangeError('cut short');
      updates.push(decoding.readUint8Array(decoder, length));
    } catch {
      decoder.pos = start;
      return { updates, truncated: true };
    }
  }
  return { updates, truncated: false };
}
