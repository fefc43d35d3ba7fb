import type { Journey, JourneyNode } from '../journey';
import type { Position } from '../primitives';
import { idsOf, uniqueId } from './uniqueId';

/** Add a node (its id made unique if taken); the first node of an empty journey becomes its start. */
export function addNode(journey: Journey, node: JourneyNode): Journey {
  const id = uniqueId(journey, node.id);
  const added = { ...node, id } as JourneyNode;
  return { ...journey, nodes: [...journey.nodes, added], start: journey.nodes.length === 0 && journey.start === '' ? id : journey.start };
}

/** Move nodes to new positions. */
export function moveNodes(journey: Journey, moves: Record<string, Position>): Journey {
  return { ...journey, nodes: journey.nodes.map((n) => (moves[n.id] ? ({ ...n, position: moves[n.id] } as JourneyNode) : n)) };
}

/** Change fields of a node; `undefined` values remove the field; changing `id` rewires its edges and the start. */
export function updateNode(journey: Journey, id: string, patch: Record<string, unknown>): Journey {
  const newId = typeof patch.id === 'string' && patch.id !== id ? patch.id : undefined;
  if (newId !== undefined && idsOf(journey).has(newId)) return journey;
  const nodes = journey.nodes.map((n) => (n.id === id ? (withPatch(n, patch) as JourneyNode) : n));
  if (newId === undefined) return { ...journey, nodes };
  return {
    ...journey,
    nodes,
    start: journey.start === id ? newId : journey.start,
    edges: journey.edges.map((e) => (e.from === id || e.to === id ? { ...e, from: e.from === id ? newId : e.from, to: e.to === id ? newId : e.to } : e)),
  };
}

/** Remove nodes and edges; edges touching a removed node go with it. */
export function removeElements(journey: Journey, nodeIds: readonly string[], edgeIds: readonly string[] = []): Journey {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  return {
    ...journey,
    nodes: journey.nodes.filter((n) => !nodes.has(n.id)),
    edges: journey.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.from) && !nodes.has(e.to)),
  };
}

export function withPatch<T extends object>(obj: T, patch: Record<string, unknown>): T {
  const next = { ...obj } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  return next as T;
}
