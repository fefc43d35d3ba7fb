import { describe, expect, it } from 'vitest';
import { journeySchema } from './journey';
import { buildJourneyGraph, reachableFrom } from './journeyGraph';

const journey = journeySchema.parse({
  format: 'journey/1', id: 'j', name: 'J', start: 'a',
  stages: [{ id: 's', name: 'S' }, { id: 'b', name: 'Also a node id' }],
  nodes: [
    { id: 'a', kind: 'touchpoint', label: 'A', channel: 'web', stage: 's' },
    { id: 'b', kind: 'touchpoint', label: 'B', channel: 'web', stage: 's' },
    { id: 'c', kind: 'touchpoint', label: 'C', channel: 'web', stage: 'b' },
    { id: 'x', kind: 'outcome', label: 'X', result: 'success' },
    { id: 'y', kind: 'outcome', label: 'Y', result: 'failure' },
  ],
  edges: [
    { id: 'ab', from: 'a', to: 'b', after: '1d' },
    { id: 'leave', from: 's', to: 'c', event: 'LEAVE' },
    { id: 'bx', from: 'b', to: 'x', after: '1d' },
    { id: 'cy', from: 'c', to: 'y', after: '1d' },
  ],
});

describe('buildJourneyGraph', () => {
  const graph = buildJourneyGraph(journey);

  it("gives a node's ways out: its own edges, then its stage's", () => {
    expect(graph.out('a').map((o) => o.edge.id)).toEqual(['ab', 'leave']);
    expect(graph.out('b').map((o) => o.edge.id)).toEqual(['bx', 'leave']);
    expect(graph.from('s').map((o) => o.index)).toEqual([1]);
    expect(graph.stageOf('a')).toBe('s');
  });

  it('gives no stage edges for a stage whose id is also a node id (those edges are the node\'s)', () => {
    expect(graph.stageOf('c')).toBeUndefined();
    expect(graph.out('c').map((o) => o.edge.id)).toEqual(['cy']);
  });
});

describe('reachableFrom', () => {
  it("follows a stage's edges from its nodes", () => {
    expect([...reachableFrom(buildJourneyGraph(journey), 'a')].sort()).toEqual(['a', 'b', 'c', 'x', 'y']);
    expect([...reachableFrom(buildJourneyGraph(journey), 'c')].sort()).toEqual(['c', 'y']);
  });

  it('walks a 30,000-node chain without recursion', () => {
    const n = 30_000;
    const chain = journeySchema.parse({
      format: 'journey/1', id: 'chain', name: 'Chain', start: 'n0',
      nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: 'action', label: 'Step' })),
      edges: Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, from: `n${i}`, to: `n${i + 1}`, always: true })),
    });
    expect(reachableFrom(buildJourneyGraph(chain), 'n0').size).toBe(n);
  });
});
