import type { Journey } from '../journey';
import { uniqueId } from './uniqueId';

/** Add a stage (column) named `name` at `index` (default: last); returns the journey and its id. */
export function addStage(journey: Journey, name: string, index?: number): { journey: Journey; stageId: string } {
  const stageId = uniqueId(journey, name);
  const stages = [...(journey.stages ?? [])];
  stages.splice(index ?? stages.length, 0, { id: stageId, name });
  return { journey: { ...journey, stages }, stageId };
}

/** Remove a stage: its nodes lose their stage, its stage-level edges go with it. */
export function removeStage(journey: Journey, stageId: string): Journey {
  return {
    ...journey,
    stages: (journey.stages ?? []).filter((s) => s.id !== stageId),
    nodes: journey.nodes.map((n) => {
      if (n.stage !== stageId) return n;
      const { stage: _stage, ...rest } = n;
      return rest as typeof n;
    }),
    edges: journey.edges.filter((e) => e.from !== stageId),
  };
}

/** Move a stage one place left (-1) or right (+1). */
export function moveStage(journey: Journey, stageId: string, by: -1 | 1): Journey {
  const stages = [...(journey.stages ?? [])];
  const i = stages.findIndex((s) => s.id === stageId);
  const j = i + by;
  if (i < 0 || j < 0 || j >= stages.length) return journey;
  [stages[i], stages[j]] = [stages[j]!, stages[i]!];
  return { ...journey, stages };
}
