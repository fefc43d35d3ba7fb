import type { CanvasOverlay, EdgeOverlay, NodeOverlay } from '../../canvas/canvasOverlay';
import type { Journey } from '../../../runtime/model/journey';
import type { PlayState } from '../model/playCustomer';
import { formatDuration } from '../model/formatNumbers';
import { journeyLabels } from '../model/journeyLabels';

/** The played customer on the map: where it is now (with the simulated time), the path it took. */
export function playOverlay(journey: Journey, history: readonly PlayState[], segmentName: string): CanvasOverlay {
  const names = journeyLabels(journey);
  const nodes: Record<string, NodeOverlay> = {};
  const edges: Record<string, EdgeOverlay> = {};
  for (const state of history) {
    for (const id of state.path.nodes) nodes[id] = { tone: 'visited' };
    for (const id of state.path.edges) edges[id] = { tone: 'visited', width: 3 };
  }
  const now = history[history.length - 1]!;
  const time = formatDuration(now.timeMs);
  const where = names.node(now.nodeId);
  nodes[now.nodeId] = { tone: 'current', badge: now.done ? 'done' : time === '0ms' ? 'now' : time, title: `${where}${now.workStep ? ` (${now.workStep})` : ''}` };
  for (const id of now.path.edges) edges[id] = { tone: 'current', width: 4 };
  const state = now.done && now.output ? `reached ${names.node(now.output.outcome)} (${now.output.result})` : `at ${where}`;
  return {
    source: 'replay',
    legend: `Playing a ${segmentName} customer · ${time === '0ms' ? 'start' : time} · ${state}`,
    nodes,
    edges,
    dimOthers: true,
  };
}
