import { describe, expect, it } from 'vitest';
import { journeySchema, type JourneyNode } from '../model/journey';
import { nodeMetaAndTags } from './nodeMetaAndTags';

const lanes = new Map([['front', 'frontstage']]);
const nodeOf = (node: Record<string, unknown>): JourneyNode =>
  journeySchema.parse({ format: 'journey/1', id: 'j', name: 'J', start: 'a', nodes: [node], edges: [] }).nodes[0]!;

describe('nodeMetaAndTags', () => {
  it('lists the defined entries of every state in their order, then the kind\'s, and the tags once each', () => {
    const node = nodeOf({ id: 'a', kind: 'touchpoint', label: 'A', channel: 'web', lane: 'front', emotion: 1, momentOfTruth: true, cost: 2, work: { team: 't', handle: '5m' } });
    const { meta, tags } = nodeMetaAndTags(node, lanes);
    expect(Object.entries(meta)).toEqual([['label', 'A'], ['kind', 'touchpoint'], ['lane', 'front'], ['laneKind', 'frontstage'], ['emotion', 1], ['momentOfTruth', true], ['team', 't'], ['cost', 2], ['channel', 'web']]);
    expect(tags).toEqual(['touchpoint', 'frontstage', 'moment-of-truth', 'channel-web']);
  });

  it("lets a kind's meta override an entry of every state's in its place, and drops what it leaves undefined", () => {
    const node = nodeOf({ id: 'a', kind: 'action', label: 'A', stage: 's' });
    const { meta, tags } = nodeMetaAndTags(node, lanes, { meta: { team: 'ops', stage: undefined, extra: 1, gone: undefined }, tags: ['action', 'x', 'x'] });
    expect(Object.entries(meta)).toEqual([['label', 'A'], ['kind', 'action'], ['laneKind', 'backstage'], ['team', 'ops'], ['extra', 1]]);
    expect(tags).toEqual(['action', 'backstage', 'x']);
  });
});
