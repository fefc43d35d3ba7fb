import type { EdgeChange, NodeChange, XYPosition } from '@xyflow/react';
import type { Selection } from './selection';

/**
 * The selection after React Flow's select changes (clicks, shift-clicks, box selection, pane
 * clicks). Changes of non-journey nodes (stage headers, lane labels) are ignored.
 */
export function selectionAfterChanges(current: Selection, nodeChanges: readonly NodeChange[], edgeChanges: readonly EdgeChange[], isJourneyNode: (id: string) => boolean = () => true): Selection {
  return { nodes: applySelect(current.nodes, nodeChanges.filter((c) => c.type !== 'select' || isJourneyNode(c.id))), edges: applySelect(current.edges, edgeChanges) };
}

function applySelect(ids: readonly string[], changes: readonly (NodeChange | EdgeChange)[]): string[] {
  const out = [...ids];
  const set = new Set(ids);
  for (const c of changes) {
    if (c.type !== 'select') continue;
    if (c.selected && !set.has(c.id)) {
      set.add(c.id);
      out.push(c.id);
    } else if (!c.selected && set.has(c.id)) {
      set.delete(c.id);
      out.splice(out.indexOf(c.id), 1);
    }
  }
  return out;
}

/** Positions of nodes being dragged, from React Flow's position changes. */
export function draggedPositions(changes: readonly NodeChange[]): Map<string, XYPosition> {
  const out = new Map<string, XYPosition>();
  for (const c of changes) if (c.type === 'position' && c.position) out.set(c.id, c.position);
  return out;
}

/** Nodes with transient positions laid over: only the moved nodes become new objects. */
export function overlayPositions<N extends { id: string; position: XYPosition }>(nodes: N[], positions: ReadonlyMap<string, XYPosition>): N[] {
  if (positions.size === 0) return nodes;
  return nodes.map((n) => {
    const p = positions.get(n.id);
    return p && (p.x !== n.position.x || p.y !== n.position.y) ? { ...n, position: p } : n;
  });
}
