import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Journey } from '../model/journey';
import type { Cohort } from '../model/cohort';
import { addNode, addSegment, connect, createNode, moveNodes, moveStage, removeElements, removeSegment, setArrivalsOver, setShare, updateNode, updateJourney } from '../model/ops';
import { seedDoc } from './seedDoc';
import { readDoc } from './readDoc';
import { applyDocument } from './applyDocument';
import { docRoot } from './docRoot';

const mortgage = () => JSON.parse(readFileSync(join(process.cwd(), 'samples', 'mortgage-preapproval.journey.json'), 'utf8')) as Journey;
const asDoc = (j: Journey) => j as unknown as Record<string, unknown>;

/** A seeded doc and the bytes each later transaction sends. */
function seeded(journey: Journey) {
  const ydoc = new Y.Doc();
  seedDoc(ydoc, asDoc(journey));
  const updates: Uint8Array[] = [];
  ydoc.on('update', (u: Uint8Array) => updates.push(u));
  return { ydoc, updates };
}

const nodesOf = (ydoc: Y.Doc) => docRoot(ydoc).get('nodes') as Y.Array<Y.Map<unknown>>;

describe('applyDocument', () => {
  it('writes nothing for an unchanged document, even a fresh copy of it', () => {
    const j = mortgage();
    const { ydoc, updates } = seeded(j);
    const before = Y.encodeStateVector(ydoc);
    applyDocument(ydoc, asDoc(j), 'local');
    applyDocument(ydoc, asDoc(structuredClone(j)), 'local');
    applyDocument(ydoc, readDoc(ydoc)!, 'local');
    expect(updates).toEqual([]);
    // An update against the old state vector carries nothing (2 bytes: no structs, no deletes).
    expect(Y.encodeStateAsUpdate(ydoc, before).byteLength).toBeLessThanOrEqual(2);
  });

  it('moves a node in under 100 bytes of update, as one update', () => {
    const j = mortgage();
    const { ydoc, updates } = seeded(j);
    const node = j.nodes.find((n) => n.position)!;
    applyDocument(ydoc, asDoc(moveNodes(j, { [node.id]: { x: node.position!.x + 40, y: node.position!.y - 20 } })), 'local');
    expect(updates.length).toBe(1);
    console.log(`one node move: ${updates[0]!.byteLength} bytes of update`);
    expect(updates[0]!.byteLength).toBeLessThan(100);
    expect(readDoc(ydoc)).toEqual(moveNodes(j, { [node.id]: { x: node.position!.x + 40, y: node.position!.y - 20 } }));
  });

  it('inserts an added node and keeps every other element (the same Y.Map)', () => {
    const j = mortgage();
    const { ydoc, updates } = seeded(j);
    const maps = nodesOf(ydoc).toArray();
    const next = addNode(j, createNode(j, 'touchpoint', { position: { x: 10, y: 10 } }));
    applyDocument(ydoc, asDoc(next), 'local');
    const after = nodesOf(ydoc).toArray();
    expect(after.length).toBe(maps.length + 1);
    maps.forEach((m, i) => expect(after[i]).toBe(m));
    expect(readDoc(ydoc)).toEqual(next);
    console.log(`one node added: ${updates[0]!.byteLength} bytes of update`);
    expect(updates[0]!.byteLength).toBeLessThan(600);
  });

  it('removes a node and its edges as deletes, keeping the other elements', () => {
    const j = mortgage();
    const { ydoc } = seeded(j);
    const victim = j.nodes[3]!.id;
    const keptNodes = nodesOf(ydoc).toArray().filter((m) => m.get('id') !== victim);
    const next = removeElements(j, [victim]);
    applyDocument(ydoc, asDoc(next), 'local');
    expect(nodesOf(ydoc).length).toBe(keptNodes.length);
    nodesOf(ydoc).toArray().forEach((m, i) => expect(m).toBe(keptNodes[i]));
    expect(readDoc(ydoc)).toEqual(next);
  });

  it('reorders by moving only the moved element', () => {
    const j = mortgage();
    const { ydoc } = seeded(j);
    const stagesY = () => (docRoot(ydoc).get('stages') as Y.Array<Y.Map<unknown>>).toArray();
    const before = stagesY();
    const next = moveStage(j, j.stages![0]!.id, 1);
    applyDocument(ydoc, asDoc(next), 'local');
    const after = stagesY();
    expect(after.map((m) => m.get('id'))).toEqual(next.stages!.map((s) => s.id));
    // Every stage but one is the same Y.Map as before.
    expect(after.filter((m) => before.includes(m)).length).toBe(before.length - 1);
    expect(readDoc(ydoc)).toEqual(next);
  });

  it('sets only changed fields and deletes removed ones', () => {
    const j = mortgage();
    const { ydoc } = seeded(j);
    const node = j.nodes.find((n) => n.emotion !== undefined)!;
    const map = nodesOf(ydoc).toArray().find((m) => m.get('id') === node.id)!;
    const changed: string[] = [];
    map.observe((e) => changed.push(...e.keysChanged));
    applyDocument(ydoc, asDoc(updateNode(j, node.id, { label: 'Renamed', emotion: undefined })), 'local');
    expect(changed.sort()).toEqual(['emotion', 'label']);
    expect(map.has('emotion')).toBe(false);
    expect(map.get('label')).toBe('Renamed');
  });

  it('follows any series of ops exactly', () => {
    let j = mortgage();
    const { ydoc } = seeded(j);
    const steps: ((j: Journey) => Journey)[] = [
      (j) => updateJourney(j, { name: 'Renamed journey' }),
      (j) => addNode(j, createNode(j, 'decision', { position: { x: 1, y: 2 } })),
      (j) => connect(j, j.nodes[0]!.id, j.nodes[j.nodes.length - 1]!.id, { event: 'GO' }).journey,
      (j) => updateNode(j, j.nodes[1]!.id, { id: 'renamed-node' }),
      (j) => removeElements(j, [j.nodes[2]!.id]),
      (j) => moveStage(j, j.stages![1]!.id, -1),
      (j) => ({ ...j, nodes: [...j.nodes].reverse() }),
      (j) => updateJourney(j, { description: undefined }),
    ];
    for (const step of steps) {
      j = step(j);
      applyDocument(ydoc, asDoc(j), 'local');
      expect(readDoc(ydoc)).toEqual(JSON.parse(JSON.stringify(j)));
    }
  });

  it('follows cohort ops too, keeping untouched segments', () => {
    let c = JSON.parse(readFileSync(join(process.cwd(), 'samples', 'mortgage-preapproval.cohort.json'), 'utf8')) as Cohort;
    const ydoc = new Y.Doc();
    seedDoc(ydoc, c as unknown as Record<string, unknown>);
    const segments = () => (docRoot(ydoc).get('segments') as Y.Array<Y.Map<unknown>>).toArray();
    const first = segments()[0]!;
    const steps: ((c: Cohort) => Cohort)[] = [
      (c) => setShare(c, c.segments[1]!.id, 0.3),
      (c) => addSegment(c, 'Newcomers').cohort,
      (c) => setArrivalsOver(c, '14d'),
      (c) => removeSegment(c, c.segments[c.segments.length - 1]!.id),
    ];
    for (const step of steps) {
      c = step(c);
      applyDocument(ydoc, c as unknown as Record<string, unknown>, 'local');
      expect(readDoc(ydoc)).toEqual(JSON.parse(JSON.stringify(c)));
    }
    expect(segments()[0]).toBe(first);
  });
});
