import { describe, expect, it } from 'vitest';
import { journeySchema } from './journey';
import { buildJourneyGraph } from './journeyGraph';
import { walkGraph } from './walkGraph';

describe('walkGraph', () => {
  const n = 1_000;
  const graph = buildJourneyGraph(journeySchema.parse({
    format: 'journey/1', id: 'j', name: 'J', start: 'n0', stages: [{ id: 's', name: 'S' }],
    nodes: [
      ...Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: 'action', label: 'Step', stage: 's' })),
      { id: 'out', kind: 'outcome', label: 'Out', result: 'success' },
    ],
    edges: [
      ...Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, from: `n${i}`, to: `n${i + 1}`, always: true })),
      { id: 'exit', from: 's', to: 'out', event: 'EXIT' },
      { id: 'again', from: 's', to: 'n0', event: 'AGAIN' },
    ],
  }));

  it("holds a stage's edges once, on a vertex every node of the stage links to", () => {
    const g = walkGraph(graph, graph.nodeById.keys(), () => true);
    expect(g.vertices).toHaveLength(n + 2); // the nodes, the outcome, the stage
    const stage = g.vertices.at(-1)!;
    expect(g.isStage(stage)).toBe(true);
    expect(g.edgesOf(stage).map((o) => o.edge.id)).toEqual(['exit', 'again']);
    expect(g.successors(stage)).toEqual(['out', 'n0']);
    expect(g.successors('n5')).toEqual(['n6', stage]);
    expect(g.edgesOf('n5').map((o) => o.edge.id)).toEqual(['e5']);
  });

  it('keeps only the edges asked for, and no stage vertex when none of its edges is kept', () => {
    const g = walkGraph(graph, graph.nodeById.keys(), (o) => o.edge.always === true);
    expect(g.vertices).toHaveLength(n + 1);
    expect(g.successors('n5')).toEqual(['n6']);
    expect(g.successors(`n${n - 1}`)).toEqual([]);
  });
});
