import { nodeKind } from '../../../nodes/registry';
import type { JsonPath } from '../../diagnostics/diagnostic';
import type { Journey, JourneyEdge, JourneyNode } from '../journey';

/** One place of the journey that names a team. */
export interface TeamUse {
  /** The node or the edge that holds the reference. */
  nodeId?: string;
  edgeId?: string;
  /** The field, relative to that node or edge: "work.team", "actions.0.team", "toTeam". */
  field: string;
  /** Where it is in the journey, as diagnostics say it. */
  path: JsonPath;
}

type Action = { type: string; team?: unknown };

/** Kind-specific fields of a node that hold a team id (declared by its kind, see `teamFields`). */
function teamFieldsOf(node: JourneyNode): readonly string[] {
  return nodeKind(node.kind)?.teamFields ?? [];
}

function taskUses(actions: readonly Action[] | undefined, teamId: string, base: JsonPath, owner: { nodeId?: string; edgeId?: string }): TeamUse[] {
  const out: TeamUse[] = [];
  (actions ?? []).forEach((a, i) => {
    if (a.type === 'task' && a.team === teamId) out.push({ ...owner, field: `actions.${i}.team`, path: [...base, 'actions', i, 'team'] });
  });
  return out;
}

/**
 * Every place that names the team: nodes' work, task actions (of nodes and edges), and the
 * kind-specific team fields (a handoff's `toTeam`), in the journey's order.
 */
export function teamUsers(journey: Journey, teamId: string): TeamUse[] {
  const out: TeamUse[] = [];
  journey.nodes.forEach((n, i) => {
    const owner = { nodeId: n.id };
    if (n.work?.team === teamId) out.push({ ...owner, field: 'work.team', path: ['nodes', i, 'work', 'team'] });
    const record = n as unknown as Record<string, unknown>;
    for (const f of teamFieldsOf(n)) if (record[f] === teamId) out.push({ ...owner, field: f, path: ['nodes', i, f] });
    out.push(...taskUses(n.actions, teamId, ['nodes', i], owner));
  });
  journey.edges.forEach((e, i) => out.push(...taskUses(e.actions, teamId, ['edges', i], { edgeId: e.id })));
  return out;
}

function retarget<T extends { actions?: unknown }>(owner: T, from: string, to: string): T {
  const actions = owner.actions as Action[] | undefined;
  if (!actions?.some((a) => a.type === 'task' && a.team === from)) return owner;
  return { ...owner, actions: actions.map((a) => (a.type === 'task' && a.team === from ? { ...a, team: to } : a)) };
}

/** Every use of team `from` names team `to` instead (the same journey when nothing names `from`). */
export function reassignTeam(journey: Journey, from: string, to: string): Journey {
  if (from === to || teamUsers(journey, from).length === 0) return journey;
  const nodes = journey.nodes.map((n) => {
    let next = retarget(n, from, to);
    if (next.work?.team === from) next = { ...next, work: { ...next.work, team: to } };
    const fields = teamFieldsOf(n).filter((f) => (next as unknown as Record<string, unknown>)[f] === from);
    if (fields.length > 0) next = { ...next, ...Object.fromEntries(fields.map((f) => [f, to])) } as JourneyNode;
    return next;
  });
  const edges = journey.edges.map((e) => retarget<JourneyEdge>(e, from, to));
  return { ...journey, nodes, edges };
}
