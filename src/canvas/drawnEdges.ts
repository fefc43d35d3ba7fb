import type { JourneyEdge } from '../../runtime/model/edge';
import type { Journey } from '../../runtime/model/journey';

export interface DrawnEdge {
  edge: JourneyEdge;
  /** Its place among the edges with the same ends (drawn apart), and how many there are. */
  parallelIndex: number;
  parallelCount: number;
  /** A stage-level edge: it leaves the stage's header. */
  fromStage: boolean;
}

/** The edges the map draws: those whose ends are drawn (first of each id), with their parallel siblings counted. */
export function drawnEdges(journey: Journey, nodeIds: ReadonlySet<string>): DrawnEdge[] {
  const stageIds = new Set((journey.stages ?? []).map((s) => s.id));
  // Only the first edge of an id is drawn (when its ends are).
  const first = new Map<string, JourneyEdge>();
  for (const e of journey.edges) if (!first.has(e.id)) first.set(e.id, e);
  const drawn = journey.edges.filter((e) => first.get(e.id) === e && (nodeIds.has(e.from) || stageIds.has(e.from)) && nodeIds.has(e.to));
  const pairs = new Map<string, string[]>();
  for (const e of drawn) {
    const key = `${e.from}>${e.to}`;
    pairs.set(key, [...(pairs.get(key) ?? []), e.id]);
  }
  return drawn.map((edge) => {
    const siblings = pairs.get(`${edge.from}>${edge.to}`)!;
    return { edge, parallelIndex: siblings.indexOf(edge.id), parallelCount: siblings.length, fromStage: !nodeIds.has(edge.from) };
  });
}
