import { describe, expect, it } from 'vitest';
import { journeySchema, type Journey } from '../journey';
import { minimalJourney } from '../../testing/minimalJourney';
import { lintJourney } from '../../lint/lintJourney';
import { insertSplitOnEdge, NEW_EXPERIMENT_WEIGHT } from './insertSplitOnEdge';

/**
 * visit --APPLY--> call --rule--> applied (success)
 *                  call --after 2d--> gone (failure)
 * visit --after 3d--> gone
 */
function withCall(): Journey {
  const j = minimalJourney();
  j.nodes.splice(1, 0, { id: 'call', kind: 'action', label: 'Call back', stage: 'explore', lane: 'frontstage', position: { x: 300, y: 200 }, work: { team: 'advisors', handle: '10m' } });
  j.edges = [
    { id: 'apply', from: 'visit', to: 'call', event: 'APPLY', sim: { p: 0.5, delay: '1d' } },
    { id: 'called', from: 'call', to: 'applied', always: true },
    { id: 'no-answer', from: 'call', to: 'gone', after: '2d' },
    { id: 'timeout', from: 'visit', to: 'gone', after: '3d' },
  ];
  return journeySchema.parse(j);
}

const errors = (j: Journey) => lintJourney(j).filter((d) => d.severity === 'error');

describe('insertSplitOnEdge', () => {
  it('puts a 50/50 split on the edge: A goes on to the old target, B to a copy wired like it', () => {
    const before = withCall();
    const frozen = JSON.stringify(before);
    const r = insertSplitOnEdge(before, 'apply')!;
    expect(JSON.stringify(before)).toBe(frozen);
    const j = r.journey;

    // the edge keeps its id, trigger and behaviour model, and now ends at the split
    expect(j.edges.find((e) => e.id === 'apply')).toEqual({ id: 'apply', from: 'visit', to: r.splitId, event: 'APPLY', sim: { p: 0.5, delay: '1d' } });
    const split = j.nodes.find((n) => n.id === r.splitId) as Record<string, unknown>;
    expect(split).toMatchObject({ kind: 'split', stage: 'explore', lane: 'backstage', variants: [{ id: 'a', weight: NEW_EXPERIMENT_WEIGHT }, { id: 'b', weight: NEW_EXPERIMENT_WEIGHT }] });
    expect(NEW_EXPERIMENT_WEIGHT).toBe(50);

    // one rule edge per variant: a to the current path, b to the copy
    expect(j.edges.filter((e) => e.from === r.splitId)).toEqual([
      { id: r.variantEdgeIds.a, from: r.splitId, to: 'call', always: true, variant: 'a' },
      { id: r.variantEdgeIds.b, from: r.splitId, to: r.copyId, always: true, variant: 'b' },
    ]);

    // B is a copy of the next node (fields, work), apart from its id, label and position
    const copy = j.nodes.find((n) => n.id === r.copyId) as Record<string, unknown>;
    expect(copy).toEqual({ id: r.copyId, kind: 'action', label: 'Call back (B)', stage: 'explore', lane: 'frontstage', work: { team: 'advisors', handle: '10m' } });
    // wired like the original: the same triggers to the same next steps
    const out = (id: string) => j.edges.filter((e) => e.from === id).map(({ id: _id, from: _from, ...rest }) => rest);
    expect(out(r.copyId)).toEqual(out('call'));
    expect(r.copiedEdgeIds).toHaveLength(2);

    // the journey stays valid, and every id is unique
    expect(journeySchema.safeParse(j).success).toBe(true);
    expect(errors(j)).toEqual([]);
    const ids = [...j.nodes, ...j.edges].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives fresh ids when the natural ones are taken', () => {
    const j = withCall();
    j.nodes.push({ id: 'experiment', kind: 'wait', label: 'Taken' } as never, { id: 'call-b', kind: 'wait', label: 'Taken too' } as never);
    j.edges.push({ id: 'called-b', from: 'experiment', to: 'gone', after: '1d' }, { id: 'no-answer-b', from: 'call-b', to: 'gone', after: '1d' });
    const r = insertSplitOnEdge(j, 'apply')!;
    expect(r.splitId).toBe('experiment-2');
    expect(r.copyId).toBe('call-b-2');
    expect(r.copiedEdgeIds).toEqual(['called-b-2', 'no-answer-b-2']);
    const ids = [...r.journey.nodes, ...r.journey.edges].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a second experiment on the same path gets its own ids, and the first stays as it was', () => {
    const once = insertSplitOnEdge(withCall(), 'apply')!;
    const twice = insertSplitOnEdge(once.journey, once.variantEdgeIds.a)!;
    expect(twice.splitId).not.toBe(once.splitId);
    expect(twice.journey.edges.find((e) => e.id === once.variantEdgeIds.a)).toMatchObject({ from: once.splitId, to: twice.splitId, variant: 'a' });
    expect(errors(twice.journey)).toEqual([]);
  });

  it('copies a loop on the target as a loop on the copy; an edge into the target from itself ends at the split', () => {
    const j = withCall();
    j.edges.push({ id: 'retry', from: 'call', to: 'call', event: 'RETRY', sim: { p: 0.1, delay: '1h' } });
    const r = insertSplitOnEdge(j, 'apply')!;
    expect(r.journey.edges.filter((e) => e.from === r.copyId && e.event === 'RETRY').map((e) => e.to)).toEqual([r.copyId]);
    const onLoop = insertSplitOnEdge(j, 'retry')!;
    // the loop now goes through the split; B's copy of the loop does too
    expect(onLoop.journey.edges.find((e) => e.id === 'retry')!.to).toBe(onLoop.splitId);
    expect(onLoop.journey.edges.filter((e) => e.from === onLoop.copyId && e.event === 'RETRY').map((e) => e.to)).toEqual([onLoop.splitId]);
  });

  it('a stage-level edge keeps its stage as its source', () => {
    const j = withCall();
    j.edges.push({ id: 'stage-exit', from: 'explore', to: 'gone', event: 'QUIT', sim: { p: 0.05, delay: '1d' } });
    const r = insertSplitOnEdge(j, 'stage-exit')!;
    expect(r.journey.edges.find((e) => e.id === 'stage-exit')).toMatchObject({ from: 'explore', to: r.splitId });
    // an outcome's copy is another outcome of the same result (the default goal, success, still counts it)
    expect(r.journey.nodes.find((n) => n.id === r.copyId)).toMatchObject({ kind: 'outcome', result: 'failure', label: 'Gone (B)' });
  });

  it('places the split and the copy where it is told', () => {
    const r = insertSplitOnEdge(withCall(), 'apply', { split: { position: { x: 10, y: 20 }, stage: 'explore', lane: 'customer' }, copy: { position: { x: 300, y: 320 }, lane: 'backstage' } })!;
    expect(r.journey.nodes.find((n) => n.id === r.splitId)).toMatchObject({ position: { x: 10, y: 20 }, stage: 'explore', lane: 'customer' });
    expect(r.journey.nodes.find((n) => n.id === r.copyId)).toMatchObject({ position: { x: 300, y: 320 }, stage: 'explore', lane: 'backstage' });
  });

  it('refuses an unknown edge, or one whose target is not a node', () => {
    const j = withCall();
    expect(insertSplitOnEdge(j, 'nope')).toBeUndefined();
    j.edges.push({ id: 'dangling', from: 'visit', to: 'missing', event: 'X' });
    expect(insertSplitOnEdge(j, 'dangling')).toBeUndefined();
  });
});
