import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyDocument, docRoot, readDoc, seedDoc } from '..';
import { createUpdateGate } from './updateGate';

const journey = {
  schema: 'journey/1',
  name: 'Mortgage',
  nodes: [
    { id: 'apply', kind: 'touchpoint', label: 'Apply', position: { x: 0, y: 0 } },
    { id: 'done', kind: 'outcome', label: 'Done', position: { x: 200, y: 0 } },
  ],
  edges: [{ id: 'e1', from: 'apply', to: 'done' }],
};

/** A server document holding the journey, and a client replica of it. */
function setup() {
  const server = new Y.Doc();
  docRoot(server);
  const gate = createUpdateGate(server);
  const seeding = new Y.Doc();
  seedDoc(seeding, journey);
  expect(gate.apply(Y.encodeStateAsUpdate(seeding), 'seed')).toBeNull();
  return { server, gate };
}

/** The update a client makes with `edit`, on a replica of the server. */
function clientUpdate(server: Y.Doc, edit: (client: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  edit(client);
  return Y.encodeStateAsUpdate(client, before);
}

describe('createUpdateGate', () => {
  it('applies ordinary edits: a move and a rename', () => {
    const { server, gate } = setup();
    const doc = readDoc(server)!;
    const nodes = doc.nodes as Record<string, unknown>[];
    const moved = { ...doc, nodes: [{ ...nodes[0], position: { x: 40, y: 10 }, label: 'Apply online' }, nodes[1]] };
    expect(gate.apply(clientUpdate(server, (c) => applyDocument(c, moved)), 'c1')).toBeNull();
    expect(readDoc(server)).toEqual(moved);
  });

  it('applies a journey with lint errors: no schema, an edge to nowhere, a duplicate id, a node without kind', () => {
    const { server, gate } = setup();
    const broken = { name: 'Mortgage', nodes: [{ id: 'apply' }, { id: 'apply', label: 7 }], edges: [{ id: 'e1', from: 'apply', to: 'nowhere' }], extra: [[1, 'two', null, { deep: true }]] };
    expect(gate.apply(clientUpdate(server, (c) => applyDocument(c, broken)), 'c1')).toBeNull();
    expect(readDoc(server)).toEqual(broken);
  });

  it.each([
    ['a Uint8Array label', (c: Y.Doc) => (docRoot(c).get('nodes') as Y.Array<Y.Map<unknown>>).get(1).set('label', new Uint8Array([1, 2])), /^nodes\[1\]\.label: a Uint8Array/],
    ['a Y.XmlFragment field', (c: Y.Doc) => docRoot(c).set('notes', new Y.XmlFragment()), /^notes: a Y\.XmlFragment/],
    ['a Y.Text label', (c: Y.Doc) => (docRoot(c).get('nodes') as Y.Array<Y.Map<unknown>>).get(0).set('label', new Y.Text('Apply')), /^nodes\[0\]\.label: a Y\.Text/],
    ['a sub-document', (c: Y.Doc) => docRoot(c).set('sub', new Y.Doc()), /^sub: a sub-document/],
    ['NaN inside a plain value', (c: Y.Doc) => docRoot(c).set('sim', { seed: NaN }), /^sim\.seed: the number NaN/],
    ['undefined inside a plain array', (c: Y.Doc) => docRoot(c).set('tags', ['a', undefined]), /^tags\[1\]: an undefined value/],
    ['a bigint', (c: Y.Doc) => docRoot(c).set('count', 10n), /^count: a bigint value/],
    ['a second root type', (c: Y.Doc) => c.getText('other').insert(0, 'x'), /second root type "other"/],
    ['a root that is a list', (c: Y.Doc) => c.getArray('doc').push(['x']), /the root is not an object/],
    ['nesting deeper than a document may be', (c: Y.Doc) => docRoot(c).set('deep', nest(300)), /^deep(\.v)+: nesting deeper than 256/],
  ])('refuses %s, leaving the document as it was, and then applies the next good edit', (_what, edit, reason) => {
    const { server, gate } = setup();
    const before = Y.encodeStateAsUpdate(server);
    const problem = gate.apply(clientUpdate(server, edit), 'c1');
    expect(problem).toMatch(reason);
    expect(Y.encodeStateAsUpdate(server)).toEqual(before);
    expect(readDoc(server)).toEqual(journey);
    const renamed = { ...journey, name: 'Mortgage 2' };
    expect(gate.apply(clientUpdate(server, (c) => applyDocument(c, renamed)), 'c1')).toBeNull();
    expect(readDoc(server)).toEqual(renamed);
  });

  it('refuses bytes that are not an update', () => {
    const { server, gate } = setup();
    expect(gate.apply(new Uint8Array([250, 1, 2, 3, 4, 5]), 'c1')).toBe('the bytes are not a Yjs update');
    expect(readDoc(server)).toEqual(journey);
  });

  it('checks an update that completes one received earlier out of order', () => {
    const { server, gate } = setup();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const updates: Uint8Array[] = [];
    client.on('update', (u: Uint8Array) => updates.push(u));
    docRoot(client).set('name', 'first');
    docRoot(client).set('blob', new Uint8Array([1]));
    // The second update arrives first: it waits for the first one, then both are integrated.
    expect(gate.apply(updates[1]!, 'c1')).toBeNull();
    expect(gate.apply(updates[0]!, 'c1')).toMatch(/^blob: a Uint8Array/);
    expect(readDoc(server)).toEqual(journey);
  });
});

function nest(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { v };
  return v;
}
