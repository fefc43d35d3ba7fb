import type { Journey } from '../../runtime/model/journey';
import type { SimulationResult } from '../../runtime/sim';
import type { ExperimentResult } from '../../runtime/sim/result/experimentsResult';
import type { CanvasOverlay, EdgeOverlay, NodeOverlay, OverlayTone } from '../canvas/canvasOverlay';
import { heatmapOf, type HeatLevel, type HeatMode, type Heatmap, type NodeHeat } from './model/heatmap';
import { formatCount, formatDuration, formatEmotion, formatPercent } from './model/formatNumbers';

export interface OverlaySettings {
  /** What colours the nodes. */
  mode: HeatMode;
  /** One segment of the cohort, or null for all customers. */
  segment: string | null;
}

export const HEAT_MODE_NAMES: Record<HeatMode, string> = { dropoff: 'drop-off', queue: 'queue time', service: 'service level', emotion: 'emotion' };

/** What the tones say in "service level" mode (the legend's key). */
export const SERVICE_TONE_NAMES = { good: 'meets target', warn: 'misses by ≤ 10 pp', bad: 'misses by more', none: 'no target' } as const;

const toneOf = (level: HeatLevel): OverlayTone => level;

function nodeBadge(heat: NodeHeat, mode: HeatMode): string | undefined {
  if (heat.outcome) return formatPercent(heat.outcome.share);
  if (mode === 'dropoff') return heat.dropOff === null ? undefined : heat.dropped > 0 ? `${formatPercent(heat.dropOff)} drop` : formatCount(heat.visits);
  if (mode === 'queue') return heat.p90WaitMs === null ? undefined : `⏱ p90 ${formatDuration(heat.p90WaitMs)}`;
  if (mode === 'service') return serviceBadge(heat);
  return heat.meanEmotion === null ? undefined : `${heat.meanEmotion < 0 ? '☹' : '☺'} ${formatEmotion(heat.meanEmotion)}`;
}

/** "SL 72%" (or "5.1% gave up" for a team with only maxAbandon); nothing off queues. */
function serviceBadge(heat: NodeHeat): string | undefined {
  const s = heat.service;
  if (!s || s.offered === 0) return undefined;
  if (s.target.serviceLevel !== null) return s.serviceLevel === null ? undefined : `SL ${formatPercent(s.serviceLevel, 0)}`;
  return `${formatPercent(s.abandonRate)} gave up`;
}

function nodeTitle(heat: NodeHeat, mode: HeatMode): string {
  if (heat.outcome) return `${formatCount(heat.outcome.count)} customers (${formatPercent(heat.outcome.share)}) ended here: ${heat.outcome.result}`;
  const lines = [`${formatCount(heat.visits)} visits`];
  if (heat.dropOff !== null) lines.push(`${formatCount(heat.dropped)} lost here (stalled or gave up): ${formatPercent(heat.dropOff)}`);
  if (heat.meanWaitMs !== null) lines.push(`queue wait: mean ${formatDuration(heat.meanWaitMs)}, p90 ${formatDuration(heat.p90WaitMs)}`);
  if (heat.service && mode !== 'service') lines.push(`service: ${heat.label.service}`);
  if (heat.meanEmotion !== null) lines.push(`mean emotion ${formatEmotion(heat.meanEmotion)}`);
  lines.push(`(${heat.label[mode]})`);
  return lines.join('\n');
}

/** For one segment the result has emotion by stage only: steps without their own figure take their stage's (in emotion mode). */
function stageEmotionNodes(journey: Journey, heat: Heatmap, nodes: Record<string, NodeOverlay>): void {
  for (const node of journey.nodes) {
    const own = heat.nodes[node.id];
    if (own?.outcome || (own && own.meanEmotion !== null) || !node.stage) continue;
    const stage = heat.stages[node.stage];
    if (!stage || stage.meanEmotion === null) continue;
    nodes[node.id] = {
      tone: toneOf(stage.level),
      badge: `${stage.meanEmotion < 0 ? '☹' : '☺'} ${formatEmotion(stage.meanEmotion)}`,
      title: `Mean emotion of the stage for this segment: ${formatEmotion(stage.meanEmotion)}${own ? `\n${formatCount(own.visits)} visits` : ''}`,
    };
  }
}

/** The customers and goal share of each variant of split `id`, on its node's overlay. */
function splitVariants(nodes: Record<string, NodeOverlay>, id: string, experiment: ExperimentResult): void {
  const variants: NonNullable<NodeOverlay['variants']> = {};
  for (const [v, r] of Object.entries(experiment.variants)) variants[v] = { customers: r.customers, goalShare: r.goalShare };
  nodes[id] = { ...nodes[id], variants };
}

/** The legend line: for whom, what the widths and the colours say. */
export function overlayLegend(result: SimulationResult, heat: Heatmap, settings: OverlaySettings, segmentName: (id: string) => string): string {
  const colour = settings.mode === 'service' ? "colour: service level against the team's target" : `colour: ${HEAT_MODE_NAMES[settings.mode]}`;
  if (settings.segment === null) return ['Simulation', `${formatCount(result.customers)} customers`, 'line width: volume', colour].join(' · ');
  const who = `${segmentName(settings.segment)} (${formatCount(heat.customers)} of ${formatCount(result.customers)} customers)`;
  return ['Simulation', who, colour, heat.flows ? 'line width: volume' : 'outcomes and stage emotion only'].join(' · ');
}

/**
 * What a run paints on the map (the canvas overlay contract): edges as wide as their volume and
 * labelled "count · share", nodes toned and badged by drop-off, queue time, service level or
 * emotion. For one segment: its own volumes and drop-offs, and (for emotion) its stages' emotion on
 * the steps. In "service level" mode only the steps with work are coloured (by their queue's
 * service level against the team's target); the others stay neutral.
 */
export function simulationOverlay(journey: Journey, result: SimulationResult, settings: OverlaySettings, segmentName: (id: string) => string = (id) => id): CanvasOverlay {
  const segment = settings.segment !== null && result.segments[settings.segment] ? settings.segment : null;
  const heat = heatmapOf(journey, result, segment ?? undefined);
  const nodes: Record<string, NodeOverlay> = {};
  const service = settings.mode === 'service';
  for (const [id, h] of Object.entries(heat.nodes)) {
    const badge = service && h.outcome ? undefined : nodeBadge(h, settings.mode);
    const tone = service && !h.service ? undefined : toneOf(h.level[settings.mode]);
    nodes[id] = { ...(tone ? { tone } : {}), title: nodeTitle(h, settings.mode), ...(badge ? { badge } : {}) };
  }
  if (segment !== null && settings.mode === 'emotion') stageEmotionNodes(journey, heat, nodes);
  // A split shows each variant's goal share (the run's experiments are over all the customers).
  if (segment === null) for (const [id, experiment] of Object.entries(result.experiments ?? {})) splitVariants(nodes, id, experiment);
  const edges: Record<string, EdgeOverlay> = {};
  for (const [id, e] of Object.entries(heat.edges)) edges[id] = { width: Math.round(e.width * 10) / 10, label: e.label, ...(e.count === 0 ? { tone: 'none' as const } : {}) };
  return {
    source: 'simulation',
    legend: overlayLegend(result, heat, { ...settings, segment }, segmentName),
    nodes,
    edges,
    ...(service ? { toneNames: SERVICE_TONE_NAMES } : {}),
  };
}
