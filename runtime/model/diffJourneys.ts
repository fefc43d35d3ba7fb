import type { Journey } from './journey';
import { sameJson } from './sameJson';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface JourneyDiff {
  nodes: Record<string, ChangeKind>;
  edges: Record<string, ChangeKind>;
  /** Top-level fields that differ (name, start, vars, teams, stages…). */
  fields: string[];
}

/** Fields that only move things on the map; a moved node is not a changed journey. */
const LAYOUT_ONLY = new Set(['position']);

function diffById<T extends { id: string }>(a: readonly T[], b: readonly T[], ignore?: ReadonlySet<string>): Record<string, ChangeKind> {
  const out: Record<string, ChangeKind> = {};
  const before = new Map(a.map((x) => [x.id, x]));
  const after = new Map(b.map((x) => [x.id, x]));
  for (const [id, x] of after) {
    const old = before.get(id);
    if (!old) out[id] = 'added';
    else if (!sameJson(old, x, ignore)) out[id] = 'changed';
  }
  for (const id of before.keys()) if (!after.has(id)) out[id] = 'removed';
  return out;
}

/** What changed from journey `a` to journey `b`, by node and edge id (moves alone do not count). */
export function diffJourneys(a: Journey, b: Journey): JourneyDiff {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => k !== 'nodes' && k !== 'edges'));
  const fields = [...keys].filter((k) => !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])).sort();
  return { nodes: diffById(a.nodes, b.nodes, LAYOUT_ONLY), edges: diffById(a.edges, b.edges), fields };
}
