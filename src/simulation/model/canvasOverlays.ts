// Replay and comparison as canvas overlays (src/canvas/canvasOverlay.ts): the replayed customer's
// position and trail, the changes between two journeys. (The heatmap's overlay is
// src/simulation/simulationOverlay.ts.)
import type { CanvasOverlay, EdgeOverlay, NodeOverlay } from '../../canvas/canvasOverlay';
import type { CanvasHighlights } from './compareModel';
import type { Replay } from './replay';

/** The replayed customer at step i: where it is now, where it has been. */
export function replayOverlay(replay: Replay, i: number): CanvasOverlay {
  const frame = replay.at(i);
  const trail = replay.trail(i);
  const nodes: Record<string, NodeOverlay> = {};
  for (const id of trail.nodes) nodes[id] = { tone: 'visited' };
  const edges: Record<string, EdgeOverlay> = {};
  for (const id of trail.edges) edges[id] = { tone: 'visited', width: 3 };
  if (frame.nodeId !== null) nodes[frame.nodeId] = { tone: 'current', badge: frame.timeLabel, title: frame.description };
  if (frame.edgeId !== undefined) edges[frame.edgeId] = { tone: 'current', width: 4 };
  const { trace } = replay;
  return {
    source: 'replay',
    legend: `Customer ${trace.index} (${trace.customer.segment}) · step ${frame.index + 1} of ${replay.steps.length} · ${frame.timeLabel}`,
    nodes,
    edges,
    dimOthers: true,
  };
}

/** What changed from journey A to B, on B's canvas (removed elements only exist on A's). */
export function compareOverlay(highlights: CanvasHighlights): CanvasOverlay {
  const nodes: Record<string, NodeOverlay> = {};
  const edges: Record<string, EdgeOverlay> = {};
  for (const tone of ['changed', 'added', 'removed'] as const) {
    for (const id of highlights.nodes[tone]) nodes[id] = { tone, badge: tone };
    for (const id of highlights.edges[tone]) edges[id] = { tone };
  }
  const count = (tone: 'changed' | 'added' | 'removed') => highlights.nodes[tone].size + highlights.edges[tone].size;
  const fields = highlights.fields.length > 0 ? ` · also ${highlights.fields.join(', ')}` : '';
  return {
    source: 'compare',
    legend: `Compare · ${count('changed')} changed · ${count('added')} added · ${count('removed')} removed${fields}`,
    nodes,
    edges,
  };
}
