import { nodeKind } from '../../nodes/registry';
import type { Journey, JourneyNode, Lane } from '../../runtime/model/journey';

/** The lane a node is drawn in: its own when known, else its kind's default lane, else the first lane. */
export function effectiveLane(node: JourneyNode, lanes: readonly Lane[]): string {
  if (node.lane !== undefined && lanes.some((l) => l.id === node.lane)) return node.lane;
  const kind = nodeKind(node.kind)?.defaultLane;
  return (lanes.find((l) => l.kind === kind) ?? lanes[0])?.id ?? '';
}

/** The stage a node is drawn in: its own when the journey declares it, else none. */
export function effectiveStage(node: JourneyNode, journey: Pick<Journey, 'stages'>): string | undefined {
  return node.stage !== undefined && (journey.stages ?? []).some((s) => s.id === node.stage) ? node.stage : undefined;
}
