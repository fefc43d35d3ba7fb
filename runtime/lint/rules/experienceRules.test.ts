import { describe, expect, it } from 'vitest';
import { journeySchema, type Journey } from '../../model/journey';
import { createLintContext } from '../lintContext';
import { generateChainJourney } from '../../testing/generateChainJourney';
import { handoffsPerPath, listeningAfterMomentsOfTruth } from './experienceRules';

const journeyOf = (doc: unknown): Journey => journeySchema.parse(doc);

/** A small journey in one stage `s`: `nodes` and `edges` as given, plus the outcome `end`. */
function staged(nodes: Record<string, unknown>[], edges: Record<string, unknown>[]): Journey {
  return journeyOf({
    format: 'journey/1', id: 'j', name: 'J', stages: [{ id: 's', name: 'S' }], start: String(nodes[0]!.id),
    nodes: [...nodes, { id: 'end', kind: 'outcome', label: 'End', result: 'success' }],
    edges,
  });
}
const handoffNode = (id: string, stage?: string) => ({ id, kind: 'handoff', label: id, repeatsInfo: false, ...(stage ? { stage } : {}) });

describe('handoffsPerPath (J103)', () => {
  it('counts the handoffs along a 20,000-node chain without recursing per node (the old walk overflowed the stack at ~5,000)', () => {
    const doc = generateChainJourney(20_000);
    const handoffAt = [10, 5_000, 10_000, 15_000, 19_990];
    for (const i of handoffAt) Object.assign(doc.nodes[i]!, handoffNode(`n${i}`), { channel: undefined });
    const found = handoffsPerPath(createLintContext(journeyOf(doc)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'J103', nodeId: 'n15000', path: ['nodes', 15_000] });
    expect(found[0]!.message).toContain(`5 handoffs on one path (${handoffAt.map((i) => `n${i}`).join(' → ')})`);
  });

  it('follows a stage\'s edges from every node of the stage, counting the handoffs before them', () => {
    const j = staged([handoffNode('a', 's'), handoffNode('b', 's'), handoffNode('c'), handoffNode('d')], [
      { id: 'ab', from: 'a', to: 'b', after: '1d' },
      { id: 'leave', from: 's', to: 'c', event: 'LEAVE', sim: { p: 0.5 } },
      { id: 'cd', from: 'c', to: 'd', after: '1d' },
      { id: 'd-end', from: 'd', to: 'end', after: '1d' },
    ]);
    const found = handoffsPerPath(createLintContext(j));
    expect(found.map((d) => [d.code, d.nodeId])).toEqual([['J103', 'd']]);
    expect(found[0]!.message).toContain('4 handoffs on one path (a → b → c → d)');
  });

  it('counts every handoff of a cycle once, and is quiet at 3', () => {
    const j = staged([handoffNode('a'), handoffNode('b'), handoffNode('c')], [
      { id: 'ab', from: 'a', to: 'b', after: '1d' },
      { id: 'bc', from: 'b', to: 'c', after: '1d' },
      { id: 'ca', from: 'c', to: 'a', event: 'AGAIN', sim: { p: 0.5 } },
      { id: 'c-end', from: 'c', to: 'end', after: '1d' },
    ]);
    expect(handoffsPerPath(createLintContext(j))).toEqual([]);
  });
});

describe('listeningAfterMomentsOfTruth (J101)', () => {
  const survey = (id: string, stage?: string) => ({ id, kind: 'survey', label: id, metric: 'csat', questions: ['Score?', 'Why?'], responseRate: 0.3, ...(stage ? { stage } : {}) });
  const touch = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'touchpoint', label: id, channel: 'web', ...extra });
  const codes = (j: Journey) => listeningAfterMomentsOfTruth(createLintContext(j)).map((d) => d.nodeId);

  it('finds a survey one or two steps on, through the node\'s own edges or its stage\'s', () => {
    const edges = (first: string) => [
      { id: 'e1', from: first, to: 'x', after: '1d' },
      { id: 'e2', from: 'x', to: 'ask', after: '1d' },
      { id: 'e3', from: 'ask', to: 'end', after: '1d' },
    ];
    expect(codes(staged([touch('m', { momentOfTruth: true }), touch('x'), survey('ask')], edges('m')))).toEqual([]);
    // The first step is the stage's edge (m is in stage s); the second, x's own.
    expect(codes(staged([touch('m', { momentOfTruth: true, stage: 's' }), touch('x'), survey('ask')], edges('s')))).toEqual([]);
    // Three steps away is too far.
    expect(codes(staged([touch('m', { momentOfTruth: true }), touch('w'), touch('x'), survey('ask')], [{ id: 'e0', from: 'm', to: 'w', after: '1d' }, ...edges('w')]))).toEqual(['m']);
  });
});
