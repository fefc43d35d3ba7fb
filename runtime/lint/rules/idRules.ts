import { diagnostic, type Diagnostic, type JsonPath } from '../../diagnostics/diagnostic';
import type { LintContext } from '../lintContext';
import { idList } from '../idList';

/** J010: every id of a journey (nodes, edges, stages, lanes, teams) is unique. */
export function duplicateIds(ctx: LintContext): Diagnostic[] {
  const j = ctx.journey;
  const groups: [string, { id: string }[] | undefined][] = [['stages', j.stages], ['lanes', j.lanes], ['teams', j.teams], ['nodes', j.nodes], ['edges', j.edges]];
  // Where each id was first seen, as index × groups + group (a number: the text `nodes[3]` is made only for a message).
  const seen = new Map<string, number>();
  const out: Diagnostic[] = [];
  groups.forEach(([field, items], g) => {
    (items ?? []).forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        const place: { path: JsonPath; nodeId?: string; edgeId?: string } = { path: [field, i, 'id'] };
        if (field === 'nodes') place.nodeId = item.id;
        if (field === 'edges') place.edgeId = item.id;
        const where = `${groups[first % groups.length]![0]}[${Math.floor(first / groups.length)}]`;
        out.push(diagnostic('J010', `id '${item.id}' of ${field}[${i}] is already used by ${where}: ids are unique across nodes, edges, stages, lanes and teams; rename one`, place));
      } else seen.set(item.id, i * groups.length + g);
    });
  });
  return out;
}

const list = (ids: Iterable<string>) => idList(ids) || '(none declared)';

/** J011: edges, stages, lanes, teams and tasks refer to ids that exist. */
export function unknownReferences(ctx: LintContext): Diagnostic[] {
  const j = ctx.journey;
  const out: Diagnostic[] = [];
  const laneIds = new Set((j.lanes ?? []).map((l) => l.id));
  const defaultLanes = !j.lanes || j.lanes.length === 0;
  const lanesOk = (id: string) => (defaultLanes ? ['evidence', 'customer', 'frontstage', 'backstage', 'support'].includes(id) : laneIds.has(id));
  const taskTeams = (actions: { type: string; team?: unknown }[] | undefined, base: JsonPath, owner: { nodeId?: string; edgeId?: string }) =>
    (actions ?? []).forEach((a, i) => {
      if (a.type === 'task' && typeof a.team === 'string' && !ctx.teamIds.has(a.team)) {
        out.push(diagnostic('J011', `task action refers to unknown team '${a.team}': declare it in "teams" or use one of ${list(ctx.teamIds)}`, { path: [...base, 'actions', i, 'team'], ...owner }));
      }
    });
  j.nodes.forEach((n, i) => {
    if (n.stage !== undefined && !ctx.stageIds.has(n.stage)) {
      out.push(diagnostic('J011', `node '${n.id}' is in unknown stage '${n.stage}': add it to "stages" or use one of ${list(ctx.stageIds)}`, { path: ['nodes', i, 'stage'], nodeId: n.id }));
    }
    if (n.lane !== undefined && !lanesOk(n.lane)) {
      const lanes = defaultLanes ? ['evidence', 'customer', 'frontstage', 'backstage', 'support'] : laneIds;
      out.push(diagnostic('J011', `node '${n.id}' is in unknown lane '${n.lane}': use one of ${list(lanes)}`, { path: ['nodes', i, 'lane'], nodeId: n.id }));
    }
    if (n.work && !ctx.teamIds.has(n.work.team)) {
      out.push(diagnostic('J011', `node '${n.id}' needs work from unknown team '${n.work.team}': declare it in "teams" or use one of ${list(ctx.teamIds)}`, { path: ['nodes', i, 'work', 'team'], nodeId: n.id }));
    }
    taskTeams(n.actions, ['nodes', i], { nodeId: n.id });
  });
  j.edges.forEach((e, i) => {
    if (!ctx.nodeIndex.has(e.from) && !ctx.stageIds.has(e.from)) {
      out.push(diagnostic('J011', `edge '${e.id}' comes from unknown node or stage '${e.from}': use a node id or a stage id`, { path: ['edges', i, 'from'], edgeId: e.id }));
    }
    if (!ctx.nodeIndex.has(e.to)) {
      out.push(diagnostic('J011', `edge '${e.id}' goes to unknown node '${e.to}': use a node id`, { path: ['edges', i, 'to'], edgeId: e.id }));
    }
    taskTeams(e.actions, ['edges', i], { edgeId: e.id });
  });
  return out;
}
