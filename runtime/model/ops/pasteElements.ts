import type { Journey, JourneyNode } from '../journey';
import type { JourneyEdge } from '../edge';
import { idsOf, uniqueId } from './uniqueId';

/**
 * Paste copied nodes and the edges between them: fresh ids, positions shifted by `offset`.
 * Returns the journey and the ids of what was pasted (to select it).
 */
export function pasteElements(journey: Journey, nodes: JourneyNode[], edges: JourneyEdge[], offset = { x: 40, y: 40 }): { journey: Journey; nodeIds: string[]; edgeIds: string[] } {
  const taken = idsOf(journey);
  const rename = new Map<string, string>();
  const newNodes = nodes.map((n) => {
    const id = uniqueId(journey, n.id, taken);
    taken.add(id);
    rename.set(n.id, id);
    const position = n.position ? { x: n.position.x + offset.x, y: n.position.y + offset.y } : undefined;
    return { ...n, id, ...(position ? { position } : {}) } as JourneyNode;
  });
  const newEdges = edges
    .filter((e) => rename.has(e.from) && rename.has(e.to))
    .map((e) => {
      const id = uniqueId(journey, e.id, taken);
      taken.add(id);
      return { ...e, id, from: rename.get(e.from)!, to: rename.get(e.to)! };
    });
  return {
    journey: { ...journey, nodes: [...journey.nodes, ...newNodes], edges: [...journey.edges, ...newEdges] },
    nodeIds: newNodes.map((n) => n.id),
    edgeIds: newEdges.map((e) => e.id),
  };
}
