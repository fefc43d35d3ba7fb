import type { Journey } from '../journey';
import type { JourneyEdge } from '../edge';
import { uniqueId } from './uniqueId';
import { withPatch } from './nodeOps';

export type EdgeTrigger = { event: string } | { after: string | number } | { always: true };

/** Connect two nodes (or a stage to a node) with a trigger; returns the journey and the new edge's id. */
export function connect(journey: Journey, from: string, to: string, trigger: EdgeTrigger, extra: Partial<JourneyEdge> = {}): { journey: Journey; edgeId: string } {
  const edgeId = uniqueId(journey, extra.id ?? `${from}-to-${to}`);
  const edge = { ...extra, id: edgeId, from, to, ...trigger } as JourneyEdge;
  return { journey: { ...journey, edges: [...journey.edges, edge] }, edgeId };
}

/** Change fields of an edge; `undefined` removes a field. Setting a trigger replaces the old one. */
export function updateEdge(journey: Journey, id: string, patch: Record<string, unknown>): Journey {
  const setsTrigger = ['event', 'after', 'always'].some((k) => patch[k] !== undefined);
  const clear = setsTrigger ? { event: undefined, after: undefined, always: undefined } : {};
  return { ...journey, edges: journey.edges.map((e) => (e.id === id ? withPatch(e, { ...clear, ...patch }) : e)) };
}
