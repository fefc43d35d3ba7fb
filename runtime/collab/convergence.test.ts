import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Journey } from '../model/journey';
import { addNode, createNode, moveNodes, removeElements, updateNode } from '../model/ops';
import { seedDoc } from './seedDoc';
import { readDoc } from './readDoc';
import { applyDocument } from './applyDocument';

const sample = JSON.parse(readFileSync(join(process.cwd(), 'samples', 'pet-food-cancellation.journey.json'), 'utf8')) as Journey;

/** A random edit of whatever the replica holds now. */
const opArb = fc.oneof(
  fc.record({ t: fc.constant('move' as const), i: fc.nat(), x: fc.integer({ min: -500, max: 500 }) }),
  fc.record({ t: fc.constant('rename' as const), i: fc.nat(), label: fc.string({ maxLength: 6 }) }),
  fc.record({ t: fc.constant('add' as const), x: fc.nat(500) }),
  fc.record({ t: fc.constant('remove' as const), i: fc.nat() }),
  fc.record({ t: fc.constant('reverse' as const), from: fc.nat(), len: fc.integer({ min: 2, max: 4 }) }),
  fc.record({ t: fc.constant('sync' as const) }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function run(j: Journey, op: Op): Journey {
  const pick = (i: number) => j.nodes[i % Math.max(1, j.nodes.length)];
  switch (op.t) {
    case 'move': { const n = pick(op.i); return n ? moveNodes(j, { [n.id]: { x: op.x, y: op.x } }) : j; }
    case 'rename': { const n = pick(op.i); return n ? updateNode(j, n.id, { label: op.label }) : j; }
    case 'add': return addNode(j, createNode(j, 'touchpoint', { position: { x: op.x, y: 0 } }));
    case 'remove': { const n = pick(op.i); return n ? removeElements(j, [n.id]) : j; }
    case 'reverse': {
      const nodes = [...j.nodes];
      const from = op.from % Math.max(1, nodes.length);
      nodes.splice(from, op.len, ...nodes.slice(from, from + op.len).reverse());
      return { ...j, nodes };
    }
    default: return j;
  }
}

/** What a replica holds, read afresh without anything remembered. */
const fresh = (d: Y.Doc) => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(d));
  return readDoc(copy);
};

describe('replicas under random concurrent edits', () => {
  it('converge, and readDoc with previous always equals a fresh read', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), opArb), { maxLength: 25 }), (steps) => {
        const a = new Y.Doc();
        const b = new Y.Doc();
        seedDoc(a, sample as unknown as Record<string, unknown>);
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
        const prev = new Map<Y.Doc, Record<string, unknown>>([[a, readDoc(a)!], [b, readDoc(b)!]]);
        const sync = () => {
          Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
          Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
        };
        for (const [onA, op] of steps) {
          if (op.t === 'sync') sync();
          else {
            const d = onA ? a : b;
            const next = run(prev.get(d) as unknown as Journey, op);
            applyDocument(d, next as unknown as Record<string, unknown>, 'local');
            expect(readDoc(d)).toEqual(JSON.parse(JSON.stringify(next)));
          }
          for (const d of [a, b]) {
            const read = readDoc(d, prev.get(d))!;
            expect(read).toEqual(fresh(d));
            prev.set(d, read);
          }
        }
        sync();
        expect(readDoc(a)).toEqual(readDoc(b));
        expect(fresh(a)).toEqual(readDoc(b));
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});
