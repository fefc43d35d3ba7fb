import { describe, expect, it } from 'vitest';
import { journeySchema, type Journey } from '../../model/journey';
import { createLintContext } from '../lintContext';
import { endlessRuleLoops } from './ruleLoops';

const loops = (doc: unknown) => endlessRuleLoops(createLintContext(journeySchema.parse(doc) as Journey));
const base = { format: 'journey/1', id: 'j', name: 'J', start: 'n0' };
const action = (id: string, stage?: string) => ({ id, kind: 'action', label: id, ...(stage ? { stage } : {}) });
const end = { id: 'end', kind: 'outcome', label: 'End', result: 'success' };

describe('endlessRuleLoops (J030)', () => {
  it('finds one loop of 20,000 rule edges, at its first edge', () => {
    const n = 20_000;
    const nodes = [...Array.from({ length: n }, (_, i) => action(`n${i}`)), end];
    const edges = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, from: `n${i}`, to: `n${(i + 1) % n}`, always: true }));
    edges.push({ id: 'out', from: 'n0', to: 'end', event: 'GO' } as never);
    const found = loops({ ...base, nodes, edges });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'J030', edgeId: 'r0', path: ['edges', 0] });
  });

  it('sees a loop through a stage-level rule, naming that edge once', () => {
    const doc = {
      ...base, stages: [{ id: 's', name: 'S' }],
      nodes: [action('n0', 's'), action('n1', 's'), end],
      edges: [
        { id: 'a', from: 'n0', to: 'n1', always: true, guard: 'journey.k > 0' },
        { id: 'back', from: 's', to: 'n0', always: true },
        { id: 'out', from: 'n1', to: 'end', event: 'GO' },
      ],
      vars: { k: 0 },
    };
    const found = loops(doc);
    expect(found.map((d) => d.edgeId)).toEqual(['a']);
    expect(found[0]!.message).toMatch(/^rule edges 'a', 'back' form a loop/);
    // An assignment on the loop changes what the guards see: no longer endless.
    (doc.edges[1] as Record<string, unknown>).actions = [{ type: 'assign', var: 'k', expr: 'journey.k + 1' }];
    expect(loops(doc)).toEqual([]);
  });

  it('lets a node with work break the loop', () => {
    const doc = {
      ...base, teams: [{ id: 't', name: 'T', staff: 1 }],
      nodes: [action('n0'), { ...action('n1'), work: { team: 't', handle: '5m' } }, end],
      edges: [
        { id: 'a', from: 'n0', to: 'n1', always: true },
        { id: 'b', from: 'n1', to: 'n0', always: true },
      ],
    };
    expect(loops(doc)).toEqual([]);
  });
});
