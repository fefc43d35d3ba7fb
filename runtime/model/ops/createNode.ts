import { requireNodeKind } from '../../../nodes/registry';
import type { Journey, JourneyNode } from '../journey';
import { lanesOf } from '../journey';
import type { Position } from '../primitives';
import { uniqueId } from './uniqueId';

/** A new node of a kind with the kind's defaults, in its default lane unless told otherwise. */
export function createNode(journey: Journey, kind: string, at: { position?: Position; stage?: string; lane?: string } = {}): JourneyNode {
  const d = requireNodeKind(kind);
  const defaults = d.defaults();
  const lane = at.lane ?? lanesOf(journey).find((l) => l.kind === d.defaultLane)?.id;
  const node: Record<string, unknown> = { id: uniqueId(journey, defaults.label), kind, ...defaults };
  if (at.stage !== undefined) node.stage = at.stage;
  if (lane !== undefined) node.lane = lane;
  if (at.position) node.position = at.position;
  return node as JourneyNode;
}
