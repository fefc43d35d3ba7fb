import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Journey } from '../../model/journey';
import { moveNodes, updateNode } from '../../model/ops';
import { minimalJourney } from '../../testing/minimalJourney';
import { seedDoc } from '../seedDoc';
import { createDocSession, type ChangeCause, type DocSession } from './docSession';

type J = Journey & Record<string, unknown>;

/** A laptop: its own Y.Doc and session, and what reached its editor. */
function laptop(seed?: J) {
  const ydoc = new Y.Doc();
  if (seed) seedDoc(ydoc, seed);
  const seen: { doc: J; cause: ChangeCause }[] = [];
  const session: DocSession<J> = createDocSession<J>(ydoc, { onChange: (doc, cause) => seen.push({ doc, cause }) });
  return { ydoc, session, seen, doc: () => session.current()! };
}

/** A network that delivers every update at once, both ways, while connected. */
function link(a: Y.Doc, b: Y.Doc) {
  let online = true;
  const relay = (from: Y.Doc, to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (online && origin !== 'network') Y.applyUpdate(to, update, 'network');
  };
  const ab = relay(a, b);
  const ba = relay(b, a);
  a.on('update', ab);
  b.on('update', ba);
  return {
    offline: () => (online = false),
    /** Reconnection: each side sends what the other's state vector lacks (the sync protocol's step 2). */
    online() {
      online = true;
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'network');
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'network');
    },
  };
}

function pair() {
  const a = laptop(minimalJourney() as J);
  const b = laptop();
  const net = link(a.ydoc, b.ydoc);
  Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc), 'network');
  return { a, b, net };
}

const node = (j: Journey, id: string) => j.nodes.find((n) => n.id === id)!;

describe('a shared document session', () => {
  it('a joiner gets the seeded document once, as a remote change', () => {
    const { a, b } = pair();
    expect(b.seen).toHaveLength(1);
    expect(b.seen[0]!.cause).toBe('remote');
    expect(b.doc()).toEqual(a.doc());
    expect(b.doc().nodes).toHaveLength(3);
  });

  it('a local op becomes one update that reaches the peer; the author is not told of its own edit', () => {
    const { a, b } = pair();
    const updates: Uint8Array[] = [];
    a.ydoc.on('update', (u: Uint8Array, origin: unknown) => origin === a.session.origin && updates.push(u));
    a.session.local(moveNodes(a.doc(), { visit: { x: 10, y: 20 } }) as J);
    expect(updates).toHaveLength(1);
    expect(a.seen).toHaveLength(0);
    expect(node(b.doc(), 'visit').position).toEqual({ x: 10, y: 20 });
    expect(b.seen.at(-1)!.cause).toBe('remote');
  });

  it('a remote change keeps the identity of what it did not touch', () => {
    const { a, b } = pair();
    const before = b.doc();
    a.session.local(updateNode(a.doc(), 'applied', { label: 'Signed' }) as J);
    const after = b.doc();
    expect(node(after, 'applied').label).toBe('Signed');
    expect(after.edges).toBe(before.edges);
    expect(node(after, 'visit')).toBe(node(before, 'visit'));
  });

  it('undo and redo take back only one’s own edits, never the peer’s', () => {
    const { a, b } = pair();
    a.session.local(updateNode(a.doc(), 'visit', { label: 'By A' }) as J);
    b.session.local(moveNodes(b.doc(), { gone: { x: 300, y: 40 } }) as J);
    expect(a.session.canUndo()).toBe(true);
    expect(a.session.undo()).toBe(true);
    for (const l of [a, b]) {
      expect(node(l.doc(), 'visit').label).toBe('Visit');
      expect(node(l.doc(), 'gone').position).toEqual({ x: 300, y: 40 });
    }
    expect(a.seen.at(-1)!.cause).toBe('undo');
    expect(a.session.undo()).toBe(false);
    expect(a.session.redo()).toBe(true);
    expect(a.seen.at(-1)!.cause).toBe('redo');
    expect(node(b.doc(), 'visit').label).toBe('By A');
    // B's undo takes back B's move only.
    b.session.undo();
    expect(node(a.doc(), 'gone').position).toBeUndefined();
    expect(node(a.doc(), 'visit').label).toBe('By A');
  });

  it('the seed is not an undoable step', () => {
    const { a } = pair();
    expect(a.session.canUndo()).toBe(false);
    expect(a.session.undo()).toBe(false);
    expect(a.doc().nodes).toHaveLength(3);
  });

  it('edits made offline on both sides merge on reconnection, nothing lost', () => {
    const { a, b, net } = pair();
    net.offline();
    a.session.local(moveNodes(a.doc(), { visit: { x: 1, y: 2 } }) as J);
    a.session.local(updateNode(a.doc(), 'gone', { label: 'Left' }) as J);
    b.session.local(updateNode(b.doc(), 'visit', { label: 'Landing page' }) as J);
    b.session.local(moveNodes(b.doc(), { applied: { x: 500, y: 60 } }) as J);
    expect(node(a.doc(), 'visit').label).toBe('Visit');
    net.online();
    expect(a.doc()).toEqual(b.doc());
    const j = a.doc();
    expect(node(j, 'visit')).toMatchObject({ label: 'Landing page', position: { x: 1, y: 2 } });
    expect(node(j, 'gone').label).toBe('Left');
    expect(node(j, 'applied').position).toEqual({ x: 500, y: 60 });
    // Each side's undo still takes back its own last edit after the merge.
    b.session.undo();
    expect(node(a.doc(), 'applied').position).toBeUndefined();
    expect(node(a.doc(), 'visit').label).toBe('Landing page');
  });

  it('text typed while a peer edits keeps the peer’s edit: only what the typing changed is written', () => {
    const { a, b } = pair();
    const base = b.session.snapshot();
    const typed = updateNode(b.doc(), 'gone', { label: 'Typed by B' }) as J;
    // Meanwhile A renames another node and moves the one B is typing about.
    a.session.local(updateNode(a.doc(), 'visit', { label: 'Renamed by A' }) as J);
    a.session.local(moveNodes(a.doc(), { gone: { x: 7, y: 8 } }) as J);
    const merged = b.session.localSince(base, typed);
    expect(node(merged, 'visit').label).toBe('Renamed by A');
    expect(node(merged, 'gone')).toMatchObject({ label: 'Typed by B', position: { x: 7, y: 8 } });
    expect(a.doc()).toEqual(merged);
    // It is B's own edit: B's undo takes back the typing only.
    expect(b.session.undo()).toBe(true);
    expect(node(a.doc(), 'gone')).toMatchObject({ label: 'Gone', position: { x: 7, y: 8 } });
    expect(node(a.doc(), 'visit').label).toBe('Renamed by A');
  });

  it('typing with nothing from peers meanwhile is an ordinary local edit', () => {
    const { a, b } = pair();
    const base = a.session.snapshot();
    const typed = updateNode(a.doc(), 'visit', { label: 'Typed' }) as J;
    expect(a.session.localSince(base, typed)).toBe(typed);
    expect(node(b.doc(), 'visit').label).toBe('Typed');
  });

  it('writes nothing for an unchanged document, and stops listening when destroyed', () => {
    const { a, b } = pair();
    let updates = 0;
    a.ydoc.on('update', () => updates++);
    a.session.local(a.doc());
    a.session.local(structuredClone(a.doc()));
    expect(updates).toBe(0);
    b.session.destroy();
    const seen = b.seen.length;
    a.session.local(updateNode(a.doc(), 'visit', { label: 'After' }) as J);
    expect(b.seen).toHaveLength(seen);
  });
});
