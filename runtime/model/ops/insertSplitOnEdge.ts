import type { Journey, JourneyNode } from '../journey';
import type { JourneyEdge } from '../edge';
import type { Position } from '../primitives';
import { createNode } from './createNode';
import { idsOf, uniqueId } from './uniqueId';

/** Where a node the op adds goes: its cell (stage, lane) and its position (none: a free slot of its cell). */
export interface NodePlacement {
  position?: Position;
  stage?: string;
  lane?: string;
}

export interface InsertedSplit {
  journey: Journey;
  /** The new `split` node. */
  splitId: string;
  /** Variant B's copy of the edge's old target. */
  copyId: string;
  /** The split's edges: to the old target (variant a) and to the copy (variant b). */
  variantEdgeIds: { a: string; b: string };
  /** The copies of the old target's edges out, now leaving the copy. */
  copiedEdgeIds: string[];
}

/** The weight of each of the two variants of a new experiment: half the customers each. */
export const NEW_EXPERIMENT_WEIGHT = 50;

/**
 * An experiment on an edge (DESIGN §2 `split`): the edge now ends at a new `split` node whose
 * variant A (`"variant": "a"`) goes on to the edge's old target, the current path, and whose
 * variant B (`"variant": "b"`) goes to a copy of that target, wired like it: each of the target's
 * edges out is copied onto the copy (a loop back to the target loops back to the copy). Half the
 * customers each (weights 50/50), no holdout, the kind's defaults otherwise (its label, the goal
 * `success`). Every new id is fresh.
 *
 * The split goes in the target's stage and the kind's default lane, the copy in the target's
 * stage and lane, each without a position (a free slot of its cell) unless `place` says otherwise.
 * Undefined when the edge is unknown or does not end at a node.
 */
export function insertSplitOnEdge(journey: Journey, edgeId: string, place: { split?: NodePlacement; copy?: NodePlacement } = {}): InsertedSplit | undefined {
  const edge = journey.edges.find((e) => e.id === edgeId);
  const target = edge && journey.nodes.find((n) => n.id === edge.to);
  if (!edge || !target) return undefined;
  const taken = idsOf(journey);
  const fresh = (base: string): string => {
    const id = uniqueId(journey, base, taken);
    taken.add(id);
    return id;
  };

  const splitId = fresh('experiment');
  const made = createNode(journey, 'split', {
    ...(place.split?.position ? { position: place.split.position } : {}),
    ...(place.split?.stage !== undefined ? { stage: place.split.stage } : target.stage !== undefined ? { stage: target.stage } : {}),
    ...(place.split?.lane !== undefined ? { lane: place.split.lane } : {}),
  });
  const split = { ...made, id: splitId, variants: [{ id: 'a', weight: NEW_EXPERIMENT_WEIGHT }, { id: 'b', weight: NEW_EXPERIMENT_WEIGHT }] } as unknown as JourneyNode;

  const copyId = fresh(`${target.id}-b`);
  const copy = { ...target, id: copyId, label: target.label ? `${target.label} (B)` : 'B' } as Record<string, unknown>;
  delete copy.position;
  if (place.copy?.position) copy.position = place.copy.position;
  if (place.copy?.stage !== undefined) copy.stage = place.copy.stage;
  if (place.copy?.lane !== undefined) copy.lane = place.copy.lane;

  const a = fresh(`${splitId}-a`);
  const b = fresh(`${splitId}-b`);
  const variantEdges: JourneyEdge[] = [
    { id: a, from: splitId, to: target.id, always: true, variant: 'a' },
    { id: b, from: splitId, to: copyId, always: true, variant: 'b' },
  ];
  const redirected = journey.edges.map((e) => (e.id === edgeId ? { ...e, to: splitId } : e));
  const copied = redirected
    .filter((e) => e.from === target.id)
    .map((e) => ({ ...e, id: fresh(`${e.id}-b`), from: copyId, to: e.to === target.id ? copyId : e.to }));

  return {
    journey: {
      ...journey,
      nodes: [...journey.nodes, split, copy as JourneyNode],
      edges: [...redirected, ...variantEdges, ...copied],
    },
    splitId,
    copyId,
    variantEdgeIds: { a, b },
    copiedEdgeIds: copied.map((e) => e.id),
  };
}
