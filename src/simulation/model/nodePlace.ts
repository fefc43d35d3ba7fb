import type { JourneyNode } from '../../../runtime/model/journey';

/** How a ranking row names its node and the node's stage (by the stage's name when it has one). */
export function nodePlace(node: JourneyNode, stageNames: ReadonlyMap<string, string>): { nodeId: string; label: string; stageId: string | null; stage: string | null } {
  return {
    nodeId: node.id,
    label: node.label || node.id,
    stageId: node.stage ?? null,
    stage: node.stage !== undefined ? (stageNames.get(node.stage) ?? node.stage) : null,
  };
}
