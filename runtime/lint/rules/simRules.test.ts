import { describe, expect, it } from 'vitest';
import { journeySchema } from '../../model/journey';
import { createLintContext } from '../lintContext';
import { silentEvents } from './simRules';

const silent = (nodes: Record<string, unknown>[], edges: Record<string, unknown>[]) =>
  silentEvents(createLintContext(journeySchema.parse({
    format: 'journey/1', id: 'j', name: 'J', start: 'a', stages: [{ id: 's', name: 'S' }, { id: 't', name: 'T' }],
    nodes: [...nodes, { id: 'end', kind: 'outcome', label: 'End', result: 'success' }], edges,
  }))).map((d) => d.edgeId);
const touch = (id: string, stage?: string) => ({ id, kind: 'touchpoint', label: id, channel: 'web', ...(stage ? { stage } : {}) });

describe('silentEvents (J105)', () => {
  it('takes an event as emitted when a sim for it leaves the same node, its own or its stage\'s', () => {
    expect(silent([touch('a')], [{ id: 'x', from: 'a', to: 'end', event: 'GO' }])).toEqual(['x']);
    expect(silent([touch('a')], [{ id: 'x', from: 'a', to: 'end', event: 'GO' }, { id: 'y', from: 'a', to: 'end', event: 'GO', sim: { p: 0.5 } }])).toEqual([]);
    // a's own GO edge, emitted by the sim of its stage's GO edge.
    expect(silent([touch('a', 's')], [{ id: 'x', from: 'a', to: 'end', event: 'GO' }, { id: 'y', from: 's', to: 'end', event: 'GO', sim: { p: 0.5 } }])).toEqual([]);
    // Another stage's sim does not count.
    expect(silent([touch('a', 's'), touch('b', 't')], [{ id: 'x', from: 'a', to: 'b', event: 'GO' }, { id: 'y', from: 't', to: 'end', event: 'GO', sim: { p: 0.5 } }])).toEqual(['x']);
  });

  it('takes a stage-level event as emitted when any node of the stage emits it', () => {
    const nodes = [touch('a', 's'), touch('b', 's'), touch('c', 't')];
    const edges = [
      { id: 'ab', from: 'a', to: 'b', event: 'NEXT', sim: { p: 0.5 } },
      { id: 'bc', from: 'b', to: 'c', event: 'ON', sim: { p: 0.5 } },
      { id: 'cancel', from: 's', to: 'end', event: 'ON' },
      { id: 'quit', from: 's', to: 'end', event: 'QUIT' },
      { id: 'done', from: 'c', to: 'end', event: 'DONE', sim: { p: 1 } },
    ];
    expect(silent(nodes, edges)).toEqual(['quit']);
  });

  it('handles 30,000 nodes in one stage (one pass per node and edge; it was quadratic in the nodes of a stage)', () => {
    const n = 30_000;
    const nodes = Array.from({ length: n }, (_, i) => touch(i === 0 ? 'a' : `n${i}`, 's'));
    const id = (i: number) => (i === 0 ? 'a' : i < n ? `n${i}` : 'end');
    const edges = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, from: id(i), to: id(i + 1), event: i === n - 1 ? 'LAST' : 'NEXT', sim: { p: 0.5 } }));
    edges.push({ id: 'cancel', from: 's', to: 'end', event: 'LAST' } as never, { id: 'hush', from: 's', to: 'end', event: 'HUSH' } as never);
    expect(silent(nodes, edges)).toEqual(['hush']);
  });
});
