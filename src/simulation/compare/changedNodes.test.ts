import { describe, expect, it } from 'vitest';
import { diffJourneys } from '../../../runtime/model/diffJourneys';
import { highlightsOf } from '../model/compareModel';
import { sample } from '../model/testRuns';
import { changedNodes } from './changedNodes';

const { journey } = sample('mortgage-preapproval');

describe('changedNodes', () => {
  it('the changed nodes and the ends of changed edges', () => {
    const b = {
      ...journey,
      nodes: journey.nodes.map((n) => (n.id === 'credit-decision' ? { ...n, label: 'Stricter' } : n)),
      edges: journey.edges.map((e) => (e.id === 'house-hunting-after-90d' ? { ...e, after: '60d' } : e)),
    };
    const ids = changedNodes(highlightsOf(diffJourneys(journey, b)), [journey, b]);
    expect(ids.sort()).toEqual(['credit-decision', 'house-hunting', 'preapproval-expired']);
  });
  it('nothing for the same journey', () => {
    expect(changedNodes(highlightsOf(diffJourneys(journey, journey)), [journey])).toEqual([]);
  });
});
