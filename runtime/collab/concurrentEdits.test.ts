import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Journey, JourneyNode } from '../model/journey';
import { addNode, connect, createNode, moveNodes, removeElements, updateNode } from '../model/ops';
import { lintJourney } from '../lint/lintJourney';
import { seedDoc } from './seedDoc';
import { readDoc } from './readDoc';
import { applyDocument } from './applyDocument';
import { docRoot } from './docRoot';

const mortgage = () => JSON.parse(readFileSync(join(process.cwd(), 'samples', 'mortgage-preapproval.journey.json'), 'utf8')) as Journey;

/** `n` replicas: the first seeds the journey, the others join by receiving its state. */
function replicas(n: number, journey: Journey): Y.Doc[] {
  const docs = Array.from({ length: n }, () => new Y.Doc());
  seedDoc(docs[0]!, journey as unknown as Record<string, unknown>);
  for (const d of docs.slice(1)) Y.applyUpdate(d, Y.encodeStateAsUpdate(docs[0]!), 'network');
  return docs;
}

/** Exchange what each replica is missing, both ways. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'network');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'network');
}

const journeyOf = (d: Y.Doc) => readDoc(d) as unknown as Journey;
/** A user's edit: read the replica, run a pure op, write the result as one local transaction. */
const edit = (d: Y.Doc, op: (j: Journey) => Journey, origin: unknown = 'local') =>
  applyDocument(d, op(journeyOf(d)) as unknown as Record<string, unknown>, origin);
const nodeOf = (j: Journey, id: string) => j.nodes.find((n) => n.id === id)!;
const positioned = (j: Journey) => j.nodes.filter((n) => n.position);

describe('concurrent edits through Yjs', () => {
  it('two users move different nodes: both moves survive', () => {
    const j = mortgage();
    const [a, b] = replicas(2, j);
    const [n1, n2] = positioned(j);
    edit(a!, (j) => moveNodes(j, { [n1!.id]: { x: 111, y: 222 } }));
    edit(b!, (j) => moveNodes(j, { [n2!.id]: { x: 333, y: 444 } }));
    sync(a!, b!);
    for (const d of [a!, b!]) {
      expect(nodeOf(journeyOf(d), n1!.id).position).toEqual({ x: 111, y: 222 });
      expect(nodeOf(journeyOf(d), n2!.id).position).toEqual({ x: 333, y: 444 });
    }
    expect(journeyOf(a!)).toEqual(journeyOf(b!));
  });

  it('one moves a node while the other renames it: both survive', () => {
    const j = mortgage();
    const [a, b] = replicas(2, j);
    const [n] = positioned(j);
    edit(a!, (j) => moveNodes(j, { [n!.id]: { x: 5, y: 6 } }));
    edit(b!, (j) => updateNode(j, n!.id, { label: 'Renamed by B' }));
    sync(a!, b!);
    for (const d of [a!, b!]) {
      const node = nodeOf(journeyOf(d), n!.id);
      expect(node.position).toEqual({ x: 5, y: 6 });
      expect(node.label).toBe('Renamed by B');
    }
  });

  it('keeps both nodes added concurrently with the same id, so the linter shows the clash', () => {
    const j = mortgage();
    const [a, b] = replicas(2, j);
    // The same op on the same document gives both users the same new id.
    const addedA = createNode(j, 'touchpoint', { position: { x: 1, y: 1 } });
    const addedB = { ...createNode(j, 'touchpoint', { position: { x: 2, y: 2 } }), label: 'B\'s step' } as JourneyNode;
    expect(addedA.id).toBe(addedB.id);
    edit(a!, (j) => addNode(j, addedA));
    edit(b!, (j) => addNode(j, addedB));
    sync(a!, b!);
    const ja = journeyOf(a!);
    expect(ja).toEqual(journeyOf(b!));
    const twins = ja.nodes.filter((n) => n.id === addedA.id);
    expect(twins.map((n) => n.position).sort((p, q) => p!.x - q!.x)).toEqual([{ x: 1, y: 1 }, { x: 2, y: 2 }]);
    expect(ja.nodes.length).toBe(j.nodes.length + 2);
    const clash = lintJourney(ja).filter((d) => d.code === 'J010');
    expect(clash.some((d) => d.message.includes(`'${addedA.id}'`))).toBe(true);

    // Either twin can still be edited on its own: the second one is renamed, the first stays.
    edit(a!, (j) => {
      const second = j.nodes.map((n) => n.id === addedA.id).lastIndexOf(true);
      return { ...j, nodes: j.nodes.map((n, i) => (i === second ? { ...n, id: `${n.id}-2` } : n)) };
    });
    sync(a!, b!);
    const jb = journeyOf(b!);
    expect(jb.nodes.filter((n) => n.id === addedA.id).length).toBe(1);
    expect(jb.nodes.filter((n) => n.id === `${addedA.id}-2`).length).toBe(1);
    expect(lintJourney(jb).filter((d) => d.code === 'J010')).toEqual([]);
  });

  it('keeps edge order, identical on every replica, after concurrent inserts', () => {
    const j = mortgage();
    const [a, b, c] = replicas(3, j);
    const ids = j.nodes.map((n) => n.id);
    edit(a!, (j) => connect(j, ids[0]!, ids[1]!, { event: 'FROM_A' }).journey);
    edit(b!, (j) => connect(j, ids[2]!, ids[3]!, { event: 'FROM_B' }).journey);
    // B also inserts one in the middle, keeping the rest in order.
    edit(b!, (j) => {
      const edges = [...j.edges];
      edges.splice(3, 0, { id: 'b-middle', from: ids[4]!, to: ids[5]!, event: 'MIDDLE' } as Journey['edges'][number]);
      return { ...j, edges };
    });
    sync(a!, c!);
    sync(b!, c!);
    sync(a!, b!);
    const orders = [a!, b!, c!].map((d) => journeyOf(d).edges.map((e) => e.id));
    expect(orders[1]).toEqual(orders[0]);
    expect(orders[2]).toEqual(orders[0]);
    // The original edges keep their relative order; the three new ones are all there.
    expect(orders[0]!.filter((id) => j.edges.some((e) => e.id === id))).toEqual(j.edges.map((e) => e.id));
    expect(orders[0]!.length).toBe(j.edges.length + 3);
    expect(orders[0]!.indexOf('b-middle')).toBe(3);
  });

  it('a deletion concurrent with an edit of the same node: the node is gone on every replica', () => {
    const j = mortgage();
    const [a, b] = replicas(2, j);
    const victim = positioned(j)[2]!;
    edit(a!, (j) => removeElements(j, [victim.id]));
    edit(b!, (j) => updateNode(moveNodes(j, { [victim.id]: { x: 9, y: 9 } }), victim.id, { label: 'Edited' }));
    sync(a!, b!);
    const ja = journeyOf(a!);
    expect(ja).toEqual(journeyOf(b!));
    expect(ja.nodes.some((n) => n.id === victim.id)).toBe(false);
    expect(ja.edges.some((e) => e.from === victim.id || e.to === victim.id)).toBe(false);
    expect(ja.nodes.length).toBe(j.nodes.length - 1);
  });

  it('Y.UndoManager tracking the local origin undoes one\'s own edit, not the other replica\'s', () => {
    const j = mortgage();
    const [a, b] = replicas(2, j);
    const undoA = new Y.UndoManager(docRoot(a!), { trackedOrigins: new Set(['user-a']), captureTimeout: 0 });
    const [n1, n2] = positioned(j);
    edit(a!, (j) => moveNodes(j, { [n1!.id]: { x: 700, y: 700 } }), 'user-a');
    edit(b!, (j) => updateNode(j, n2!.id, { label: 'B renamed this' }), 'user-b');
    sync(a!, b!);
    edit(a!, (j) => updateNode(j, n1!.id, { label: 'A renamed this' }), 'user-a');
    expect(undoA.undoStack.length).toBe(2);
    undoA.undo();
    expect(nodeOf(journeyOf(a!), n1!.id).label).toBe(n1!.label);
    expect(nodeOf(journeyOf(a!), n1!.id).position).toEqual({ x: 700, y: 700 });
    undoA.undo();
    sync(a!, b!);
    for (const d of [a!, b!]) {
      const jd = journeyOf(d);
      expect(nodeOf(jd, n1!.id).position).toEqual(n1!.position);
      expect(nodeOf(jd, n2!.id).label).toBe('B renamed this');
    }
    undoA.redo();
    expect(nodeOf(journeyOf(a!), n1!.id).position).toEqual({ x: 700, y: 700 });
  });

  it('readDoc with the previous document stays correct across remote changes', () => {
    const j = mortgage();
    const [a, b] = replicas(2, j);
    let prevB = journeyOf(b!);
    const [n1] = positioned(j);
    edit(a!, (j) => moveNodes(j, { [n1!.id]: { x: 42, y: 43 } }));
    sync(a!, b!);
    const nextB = readDoc(b!, prevB as unknown as Record<string, unknown>) as unknown as Journey;
    expect(nextB).toEqual(journeyOf(a!));
    expect(nodeOf(nextB, n1!.id).position).toEqual({ x: 42, y: 43 });
    prevB = nextB;
    edit(b!, (j) => moveNodes(j, { [n1!.id]: { x: 1, y: 2 } }));
    sync(a!, b!);
    expect(nodeOf(journeyOf(a!), n1!.id).position).toEqual({ x: 1, y: 2 });
    expect(nodeOf(readDoc(b!, prevB as unknown as Record<string, unknown>) as unknown as Journey, n1!.id).position).toEqual({ x: 1, y: 2 });
  });
});
