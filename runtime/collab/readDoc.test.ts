import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Journey } from '../model/journey';
import { moveNodes, updateNode } from '../model/ops';
import { generateLargeJourney } from '../testing/generateLargeJourney';
import { seedDoc } from './seedDoc';
import { readDoc } from './readDoc';
import { applyDocument } from './applyDocument';

const mortgage = () => JSON.parse(readFileSync(join(process.cwd(), 'samples', 'mortgage-preapproval.journey.json'), 'utf8')) as Journey;
const asDoc = (j: Journey) => j as unknown as Record<string, unknown>;

/** Two replicas in sync: `local` edits, `remote` reads. */
function pair(journey: Journey) {
  const local = new Y.Doc();
  const remote = new Y.Doc();
  local.on('update', (u: Uint8Array) => Y.applyUpdate(remote, u, 'network'));
  seedDoc(local, asDoc(journey));
  return { local, remote };
}

describe('readDoc', () => {
  it('is null while nothing is in the document', () => {
    expect(readDoc(new Y.Doc())).toBeNull();
  });

  it('keeps the identity of every unchanged element after a remote move', () => {
    const j = mortgage();
    const { local, remote } = pair(j);
    const before = readDoc(remote) as unknown as Journey;
    const moved = j.nodes.find((n) => n.position && n.work)!;
    applyDocument(local, asDoc(moveNodes(j, { [moved.id]: { x: 1, y: 2 } })), 'local');
    const after = readDoc(remote, asDoc(before)) as unknown as Journey;
    expect(after).not.toBe(before);
    expect(after.nodes).not.toBe(before.nodes);
    after.nodes.forEach((n, i) => {
      if (n.id === moved.id) {
        expect(n).not.toBe(before.nodes[i]);
        expect(n.position).toEqual({ x: 1, y: 2 });
        expect(n.work).toBe(before.nodes[i]!.work);
      } else expect(n).toBe(before.nodes[i]);
    });
    expect(after.edges).toBe(before.edges);
    expect(after.stages).toBe(before.stages);
    expect(after.teams).toBe(before.teams);
  });

  it('gives back the previous document itself when nothing changed', () => {
    const { remote } = pair(mortgage());
    const first = readDoc(remote)!;
    expect(readDoc(remote, first)).toBe(first);
    // A previous document that is only equal (a parsed copy) is kept whole as well.
    const copy = structuredClone(first);
    expect(readDoc(remote, copy)).toBe(copy);
  });

  it('keeps the elements around an insertion and after a rename', () => {
    const j = mortgage();
    const { local, remote } = pair(j);
    const before = readDoc(remote) as unknown as Journey;
    const target = j.nodes[5]!;
    applyDocument(local, asDoc(updateNode(j, target.id, { label: 'New label' })), 'local');
    const after = readDoc(remote, asDoc(before)) as unknown as Journey;
    expect(after.nodes[5]!.label).toBe('New label');
    expect(after.nodes[5]!.position).toBe(before.nodes[5]!.position);
    expect(after.nodes.filter((n, i) => n === before.nodes[i]).length).toBe(j.nodes.length - 1);
  });

  it('reads a 1,000-node journey quickly, and faster when most of it is unchanged', () => {
    const j = generateLargeJourney(1000) as unknown as Journey;
    const { local, remote } = pair(j);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // A cold read: a fresh replica that has nothing remembered.
    const colds = Array.from({ length: 5 }, () => {
      const fresh = new Y.Doc();
      Y.applyUpdate(fresh, Y.encodeStateAsUpdate(remote));
      const t0 = performance.now();
      const read = readDoc(fresh);
      const took = performance.now() - t0;
      expect(read).toEqual(JSON.parse(JSON.stringify(j)));
      return took;
    }).slice(1);
    const cold = mean(colds);
    let prev = readDoc(remote)!;
    let current = j;
    const applies: number[] = [];
    const reads: number[] = [];
    for (let step = 1; step <= 6; step++) {
      current = moveNodes(current, { [j.nodes[step]!.id]: { x: step, y: step } });
      let t0 = performance.now();
      applyDocument(local, asDoc(current), 'local');
      applies.push(performance.now() - t0);
      t0 = performance.now();
      const next = readDoc(remote, prev)!;
      reads.push(performance.now() - t0);
      expect(next.edges).toBe(prev.edges);
      expect((next.nodes as unknown[]).filter((n, i) => n !== (prev.nodes as unknown[])[i]).length).toBe(1);
      prev = next;
    }
    const apply = mean(applies.slice(1));
    const read = mean(reads.slice(1));
    const state = Y.encodeStateAsUpdate(remote).byteLength;
    console.log(`1,000-node journey: Yjs state ${state} bytes; readDoc (cold) ${cold.toFixed(1)} ms; applyDocument of a move ${apply.toFixed(2)} ms; readDoc after a remote move, with previous, ${read.toFixed(2)} ms`);
    expect(cold).toBeLessThan(500);
    expect(read).toBeLessThan(500);
    expect(apply).toBeLessThan(500);
  });
});
