import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeUpdateRecords, encodeUpdateRecords } from './updateLog';

function edits(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  doc.getMap('doc').set('name', 'Mortgage');
  doc.getMap('doc').set('schema', 'journey/1');
  doc.getMap('doc').set('name', 'Mortgage application');
  return updates;
}

describe('update records', () => {
  it('gives back the appended updates, in order, across appends', () => {
    const [a, b, c] = edits();
    const file = new Uint8Array([...encodeUpdateRecords([a!]), ...encodeUpdateRecords([b!, c!])]);
    const { updates, truncated } = decodeUpdateRecords(file);
    expect(truncated).toBe(false);
    expect(updates).toEqual([a, b, c]);
    const doc = new Y.Doc();
    for (const u of updates) Y.applyUpdate(doc, u);
    expect(doc.getMap('doc').toJSON()).toEqual({ name: 'Mortgage application', schema: 'journey/1' });
  });

  it('keeps what was written before a record cut short', () => {
    const [a, b] = edits();
    const file = encodeUpdateRecords([a!, b!]);
    const afterA = encodeUpdateRecords([a!]).length;
    for (const cut of [file.length - 1, afterA + 1]) {
      const { updates, truncated } = decodeUpdateRecords(file.slice(0, cut));
      expect(truncated).toBe(true);
      expect(updates).toEqual([a]);
    }
    expect(decodeUpdateRecords(new Uint8Array())).toEqual({ updates: [], truncated: false });
  });
});
