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

/** The entries every state's meta may have, in their order. */
const BASE_KEYS = new Set(['label', 'kind', 'stage', 'lane', 'laneKind', 'emotion', 'momentOfTruth', 'team', 'cost']);

/**
 * What a node's state shows hosts and inspectors: `meta` (label, kind, stage, lane, laneKind,
 * emotion, momentOfTruth, team, cost, then the kind's compile meta, e.g. channel) and `tags` (kind,
 * lane kind, `moment-of-truth`, then the kind's tags). A node without a lane gets its kind's
 * default lane kind. `laneKinds`: each lane id's kind (the first lane of that id); `compiledAlready`:
 * what the kind's compile rule gave for this node, when the caller has it.
 */
export function nodeMetaAndTags(node: JourneyNode, laneKinds: ReadonlyMap<string, string>, compiledAlready?: KindCompilation): NodeMetaAndTags {
  const descriptor = requireNodeKind(node.kind);
  const compiled: KindCompilation = compiledAlready ?? descriptor.compile?.(node as never) ?? {};
  const laneKind = node.lane !== undefined ? laneKinds.get(node.lane) : descriptor.defaultLane;
  const base = { label: node.label, kind: node.kind, stage: node.stage, lane: node.lane, laneKind, emotion: node.emotion, momentOfTruth: node.momentOfTruth, team: node.work?.team, cost: node.cost };
  const extra = compiled.meta ?? {};
  const extraKeys = Object.keys(extra);
  let meta: StateMeta;
  if (extraKeys.some((k) => BASE_KEYS.has(k))) {
    // The kind's meta overrides an entry of every state's: merged, then the undefined dropped.
    meta = defined({ ...base, ...extra });
  } else {
    // The same, without the merged copy: the defined entries of every state's, then the kind's.
    meta = { label: base.label, kind: base.kind }; // both required by the schema
    if (base.stage !== undefined) meta.stage = base.stage;
    if (base.lane !== undefined) meta.lane = base.lane;
    if (base.laneKind !== undefined) meta.laneKind = base.laneKind;
    if (base.emotion !== undefined) meta.emotion = base.emotion;
    if (base.momentOfTruth !== undefined) meta.momentOfTruth = base.momentOfTruth;
    if (base.team !== undefined) meta.team = base.team;
    if (base.cost !== undefined) meta.cost = base.cost;
    for (const key of extraKeys) if (extra[key] !== undefined) meta[key] = extra[key];
  }
  const tags: string[] = [node.kind];
  const tag = (t: string) => {
    if (!tags.includes(t)) tags.push(t);
  };
  if (laneKind !== undefined) tag(laneKind);
  if (node.momentOfTruth) tag('moment-of-truth');
  for (const t of compiled.tags ?? []) tag(t);
  return compiled.final ? { meta, tags, final: compiled.final } : { meta, tags };
}
