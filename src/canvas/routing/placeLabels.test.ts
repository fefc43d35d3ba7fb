import { beforeAll, describe, expect, it } from 'vitest';
import type { Avoid } from './avoidTypes';
import { overlaps, placeLabels, pointAlong, type Box } from './placeLabels';
import { labelSize, routeJourney, type RoutedEdgeInput, type RoutedNode } from './routeJourney';
import { testAvoid } from './testAvoid';

let avoid: Avoid;
beforeAll(async () => {
  avoid = await testAvoid();
});

/** A crowded map: 5 stages x 4 lanes of cards, tight gaps, every card linked to three others with long triggers. */
function crowded(): { nodes: RoutedNode[]; edges: RoutedEdgeInput[] } {
  const nodes: RoutedNode[] = [];
  for (let c = 0; c < 5; c++) for (let r = 0; r < 4; r++) nodes.push({ id: `n${c}_${r}`, type: 'journey', position: { x: c * 260, y: r * 120 }, width: 200, height: 84 });
  const edges: RoutedEdgeInput[] = [];
  for (let c = 0; c < 5; c++)
    for (let r = 0; r < 4; r++) {
      const from = `n${c}_${r}`;
      for (const [dc, dr] of [[1, 0], [1, 1], [2, -1]] as const) {
        const to = `n${c + dc}_${r + dr}`;
        if (nodes.some((n) => n.id === to)) edges.push({ id: `${from}>${to}`, source: from, target: to, fromStage: false, label: `EVENT_${c}${r}${dc}${dr}_SUBMITTED` });
      }
    }
  return { nodes, edges };
}

const boxOf = (x: number, y: number, w: number, h: number): Box => ({ x: x - w / 2, y: y - h / 2, width: w, height: h });

describe('placeLabels', () => {
  it('puts no label over a node or another label on a crowded map', () => {
    const { nodes, edges } = crowded();
    const routed = routeJourney(avoid, nodes, edges);
    const nodeBoxes = nodes.map((n) => ({ x: n.position.x, y: n.position.y, width: n.width!, height: n.height! }));
    const labelBoxes = edges.map((e) => {
      const l = routed.get(e.id)!.label!;
      const { width, height } = labelSize(e.label);
      return boxOf(l.x, l.y, width, height);
    });
    expect(labelBoxes.length).toBeGreaterThan(30);
    labelBoxes.forEach((b, i) => {
      for (const n of nodeBoxes) expect(overlaps(b, n), `${edges[i]!.id} over a node`).toBe(false);
      labelBoxes.forEach((o, j) => {
        if (j > i) expect(overlaps(b, o), `${edges[i]!.id} over ${edges[j]!.id}`).toBe(false);
      });
    });
  });

  it('sits on the route when it can, else joins it by a leader', () => {
    const route = [{ x: 0, y: 50 }, { x: 300, y: 50 }];
    // A node over the whole route but its ends: the label must leave the route.
    const placed = placeLabels([{ id: 'a', route, width: 60, height: 18 }], [{ x: 20, y: 30, width: 260, height: 40 }]);
    const a = placed.get('a')!;
    expect(a.leader).toBe(true);
    expect(overlaps(boxOf(a.x, a.y, 60, 18), { x: 20, y: 30, width: 260, height: 40 })).toBe(false);
    expect(a.anchor.y).toBe(50);
    const free = placeLabels([{ id: 'b', route, width: 60, height: 18 }], []).get('b')!;
    expect(free).toEqual({ x: 150, y: 50, anchor: { x: 150, y: 50 }, leader: false });
  });

  it('finds points along a polyline by length', () => {
    expect(pointAlong([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 30 }], 0.5)).toEqual({ x: 10, y: 10 });
  });
});
