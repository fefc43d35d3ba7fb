import { describe, expect, it } from 'vitest';
import { journeySchema, type Journey } from '../journey';
import { minimalJourney } from '../../testing/minimalJourney';
import { addNode, connect, createNode, moveNodes, pasteElements, removeElements, updateEdge, updateJourney, updateNode } from './index';
import { lintJourney } from '../../lint/lintJourney';

const base = (): Journey => journeySchema.parse(minimalJourney());

describe('pure edit operations', () => {
  it('never mutate their input', () => {
    const j = base();
    const frozen = JSON.stringify(j);
    addNode(j, createNode(j, 'wait'));
    moveNodes(j, { visit: { x: 1, y: 2 } });
    updateNode(j, 'visit', { label: 'Changed' });
    removeElements(j, ['visit']);
    connect(j, 'visit', 'gone', { always: true });
    updateEdge(j, 'apply', { after: '1d' });
    expect(JSON.stringify(j)).toBe(frozen);
  });

  it('createNode uses the kind defaults, a unique id and the default lane', () => {
    const j = base();
    const n = createNode(j, 'survey', { stage: 'explore', position: { x: 5, y: 6 } });
    expect(n).toMatchObject({ kind: 'survey', metric: 'csat', stage: 'explore', lane: 'customer', position: { x: 5, y: 6 } });
    const twice = addNode(addNode(j, n), n);
    expect(twice.nodes.map((x) => x.id).slice(-2)).toEqual(['survey', 'survey-2']);
  });

  it('every kind default validates against the kind schema', () => {
    for (const kind of ['touchpoint', 'decision', 'wait', 'action', 'offer', 'survey', 'handoff', 'outcome']) {
      const j = addNode(base(), createNode(base(), kind));
      expect(journeySchema.safeParse(j).success, kind).toBe(true);
    }
  });

  it('renaming a node id rewires its edges and the start; a taken id is refused', () => {
    const j = updateNode(base(), 'visit', { id: 'landing' });
    expect(j.start).toBe('landing');
    expect(j.edges.map((e) => e.from)).toEqual(['landing', 'landing']);
    expect(updateNode(base(), 'visit', { id: 'gone' })).toEqual(base());
  });

  it('updateNode removes fields set to undefined', () => {
    const j = updateNode(base(), 'applied', { value: undefined });
    expect('value' in j.nodes[1]!).toBe(false);
  });

  it('removing a node removes its edges', () => {
    const j = removeElements(base(), ['gone']);
    expect(j.nodes.map((n) => n.id)).toEqual(['visit', 'applied']);
    expect(j.edges.map((e) => e.id)).toEqual(['apply']);
  });

  it('connect adds an edge with a unique id and the trigger', () => {
    const { journey, edgeId } = connect(base(), 'visit', 'gone', { event: 'LEAVE' });
    expect(edgeId).toBe('visit-to-gone');
    expect(journey.edges.at(-1)).toEqual({ id: 'visit-to-gone', from: 'visit', to: 'gone', event: 'LEAVE' });
  });

  it('setting a trigger on an edge replaces the old trigger', () => {
    const j = updateEdge(base(), 'apply', { after: '2d' });
    const e = j.edges[0]!;
    expect(e.after).toBe('2d');
    expect(e.event).toBeUndefined();
    expect(lintJourney(j).filter((d) => d.code === 'J026')).toEqual([]);
  });

  it('paste gives fresh ids, keeps the edges between pasted nodes and shifts positions', () => {
    const j = moveNodes(base(), { visit: { x: 0, y: 0 }, applied: { x: 100, y: 0 } });
    const { journey, nodeIds, edgeIds } = pasteElements(j, [j.nodes[0]!, j.nodes[1]!], j.edges);
    expect(nodeIds).toEqual(['visit-2', 'applied-2']);
    expect(edgeIds).toEqual(['apply-2']);
    expect(journey.edges.at(-1)).toMatchObject({ from: 'visit-2', to: 'applied-2' });
    expect(journey.nodes.at(-1)!.position).toEqual({ x: 140, y: 40 });
  });

  it('updateJourney changes top-level fields', () => {
    expect(updateJourney(base(), { name: 'Renamed' }).name).toBe('Renamed');
  });

  it('the first node added to an empty journey becomes its start', () => {
    const empty = { ...base(), nodes: [], edges: [], start: '' };
    expect(addNode(empty, createNode(empty, 'touchpoint')).start).toBe('new-touchpoint');
  });
});
