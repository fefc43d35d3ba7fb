import type { Journey } from '../../../runtime/model/journey';
import type { CanvasHighlights } from '../model/compareModel';

/** The nodes a comparison touches: those changed, added or removed, and the ends of the edges that are. */
export function changedNodes(highlights: CanvasHighlights, journeys: readonly Journey[]): string[] {
  const ids = new Set<string>();
  for (const tone of ['changed', 'added', 'removed'] as const) {
    for (const id of highlights.nodes[tone]) ids.add(id);
    for (const id of highlights.edges[tone]) {
      const edge = journeys.flatMap((j) => j.edges).find((e) => e.id === id);
      if (edge) for (const end of [edge.from, edge.to]) if (journeys.some((j) => j.nodes.some((n) => n.id === end))) ids.add(end);
    }
  }
  return [...ids];
}
