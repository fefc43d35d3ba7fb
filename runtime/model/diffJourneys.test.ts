import { describe, expect, it } from 'vitest';
import { journeySchema } from './journey';
import { minimalJourney } from '../testing/minimalJourney';
import { diffJourneys } from './diffJourneys';
import { connect, moveNodes, removeElements, updateEdge, updateJourney, updateNode } from './ops';

const base = () => journeySchema.parse(minimalJourney());

describe('diffJourneys', () => {
  it('finds nothing between a journey and itself, or a copy with moved nodes', () => {
    expect(diffJourneys(base(), base())).toEqual({ nodes: {}, edges: {}, fields: [] });
    expect(diffJourneys(base(), moveNodes(base(), { visit: { x: 500, y: 9 } }))).toEqual({ nodes: {}, edges: {}, fields: [] });
  });

  it('names added, removed and changed nodes and edges, and changed fields', () => {
    let b = updateNode(base(), 'visit', { channel: 'app' });
    b = removeElements(b, ['gone']);
    b = connect(b, 'visit', 'applied', { after: '1d' }).journey;
    b = updateEdge(b, 'apply', { sim: { p: 0.9, delay: '1d' } });
    b = updateJourney(b, { name: 'Redesign' });
    expect(diffJourneys(base(), b)).toEqual({
      nodes: { visit: 'changed', gone: 'removed' },
      edges: { apply: 'changed', timeout: 'removed', 'visit-to-applied': 'added' },
      fields: ['name'],
    });
  });
});
