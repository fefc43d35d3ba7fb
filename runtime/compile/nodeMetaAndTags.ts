import type { JourneyNode } from '../model/journey';
import { requireNodeKind } from '../../nodes/registry';
import type { KindCompilation } from '../../nodes/defineNodeKind';
import type { StateMeta } from './machineConfig';

export interface NodeMetaAndTags {
  meta: StateMeta;
  tags: string[];
  /** The kind's compile rule said so: the node ends the journey. */
  final?: KindCompilation['final'];
}

/** Drops undefined entries so that the config stays JSON-exact. */
function defined<T extends Record<string, unknown>>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) if (record[key] !== undefined) out[key] = record[key];
  return out as T;
}

/**
 * What a node's state shows hosts and inspectors: `meta` (label, kind, stage, lane, laneKind,
 * emotion, momentOfTruth, team, cost, then the kind's compile meta, e.g. channel) and `tags` (kind,
 * lane kind, `moment-of-truth`, then the kind's tags). A node without a lane gets its kind's
 * default lane kind. `laneKinds`: each lane id's kind (the first lane of that id).
 */
export function nodeMetaAndTags(node: JourneyNode, laneKinds: ReadonlyMap<string, string>): NodeMetaAndTags {
  const descriptor = requireNodeKind(node.kind);
  const compiled: KindCompilation = descriptor.compile?.(node as never) ?? {};
  const laneKind = node.lane !== undefined ? laneKinds.get(node.lane) : descriptor.defaultLane;
  const meta: StateMeta = defined({
    label: node.label,
    kind: node.kind,
    stage: node.stage,
    lane: node.lane,
    laneKind,
    emotion: node.emotion,
    momentOfTruth: node.momentOfTruth,
    team: node.work?.team,
    cost: node.cost,
    ...compiled.meta,
  });
  const tags = [node.kind, ...(laneKind !== undefined ? [laneKind] : []), ...(node.momentOfTruth ? ['moment-of-truth'] : []), ...(compiled.tags ?? [])];
  return { meta, tags: [...new Set(tags)], ...(compiled.final ? { final: compiled.final } : {}) };
}
