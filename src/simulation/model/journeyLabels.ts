// The names people read for the ids of a run: node labels, stage, team and segment names.
import type { Cohort } from '../../../runtime/model/cohort';
import type { Journey } from '../../../runtime/model/journey';

export interface JourneyLabels {
  node(id: string): string;
  edge(id: string): string;
  stage(id: string): string;
  team(id: string): string;
  segment(id: string): string;
}

/** Labels from the journey (and the cohort, for segment names); unknown ids read as themselves. */
export function journeyLabels(journey: Journey, cohort?: Cohort): JourneyLabels {
  const nodes = new Map(journey.nodes.map((n) => [n.id, n.label || n.id]));
  const stages = new Map((journey.stages ?? []).map((s) => [s.id, s.name || s.id]));
  const teams = new Map((journey.teams ?? []).map((t) => [t.id, t.name || t.id]));
  const segments = new Map((cohort?.segments ?? []).map((s) => [s.id, s.name || s.id]));
  const node = (id: string) => nodes.get(id) ?? stages.get(id) ?? id;
  const edges = new Map(journey.edges.map((e) => [e.id, e.label ?? `${node(e.from)} → ${node(e.to)}`]));
  return {
    node,
    edge: (id) => edges.get(id) ?? id,
    stage: (id) => stages.get(id) ?? id,
    team: (id) => teams.get(id) ?? id,
    segment: (id) => segments.get(id) ?? id,
  };
}
