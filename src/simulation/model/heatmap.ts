// The numbers a run puts on the canvas: volume on edges, drop-off, queue time, service level and
// emotion on nodes.
// Per segment, `simulation/1` has node visits and drop-offs, edge volumes, outcomes and emotion by
// stage; queue waits are of the shared queues (all segments) and node emotion is of all customers.
// Results without per-segment flows (older runs) give a segment only its outcomes (`flows: false`).
import type { Journey } from '../../../runtime/model/journey';
import type { NodeStats, SimulationResult } from '../../../runtime/sim';
import { formatCount, formatDuration, formatEmotion, formatPercent } from './formatNumbers';
import { abandonLimitText, abandonStatus, serviceLevelStatus, serviceLevelTargetText, type TeamTarget } from './teamTargets';

export type HeatMode = 'dropoff' | 'queue' | 'service' | 'emotion';
export type HeatLevel = 'good' | 'warn' | 'bad' | 'none';

export interface HeatThresholds {
  /** Share of a node's visits that stall or give up there (and share of customers at a bad outcome). */
  dropOff: { warn: number; bad: number };
  /** p90 wait in a staff queue, ms. */
  waitMs: { warn: number; bad: number };
  /** Mean emotion (−2…+2) below which a node is `warn` / `bad`. */
  emotion: { warn: number; bad: number };
  /** A queue that misses its team's target by at most this much (a share: 0.1 = 10 points) is `warn`, by more `bad`. */
  targetMargin: number;
}

export const DEFAULT_HEAT_THRESHOLDS: HeatThresholds = {
  dropOff: { warn: 0.05, bad: 0.15 },
  waitMs: { warn: 30 * 60_000, bad: 4 * 3_600_000 },
  emotion: { warn: 0.5, bad: -0.5 },
  targetMargin: 0.1,
};

export interface EdgeHeat {
  count: number;
  /** count / customers (above 1 on loops). */
  share: number;
  /** 1…12 px, square root of the share (capped at 1). */
  width: number;
  /** "1,234 · 12.3%" */
  label: string;
}

export interface NodeHeat {
  visits: number;
  /** Customers who stalled or gave up in a queue here. */
  dropped: number;
  /** dropped / visits; null without visits (and for outcomes: they end journeys by design). */
  dropOff: number | null;
  meanWaitMs: number | null;
  p90WaitMs: number | null;
  meanEmotion: number | null;
  /**
   * Nodes with work: the queue's service level and abandon rate against its team's targets (the
   * same queue for every segment).
   */
  service?: QueueService;
  /** Outcome nodes: customers who ended here. */
  outcome?: { result: string; count: number; share: number };
  level: Record<HeatMode, HeatLevel>;
  /** One line per mode, for the badge on the node. */
  label: Record<HeatMode, string>;
}

export interface QueueService {
  team: string;
  offered: number;
  serviceLevel: number | null;
  abandonRate: number;
  target: TeamTarget;
}

export interface StageHeat {
  meanEmotion: number | null;
  level: HeatLevel;
}

export interface Heatmap {
  /** The segment shown, or null for all customers. */
  segment: string | null;
  /** Customers of that scope. */
  customers: number;
  /** Whether node and edge volumes exist for this scope (false for a segment of a result without per-segment flows). */
  flows: boolean;
  nodes: Record<string, NodeHeat>;
  edges: Record<string, EdgeHeat>;
  stages: Record<string, StageHeat>;
  /** Why some numbers are missing, to show beside the map. */
  note?: string;
}

const BAD_RESULTS = new Set(['failure', 'churn', 'abandoned']);

function above(x: number | null, t: { warn: number; bad: number }): HeatLevel {
  if (x === null || !Number.isFinite(x)) return 'none';
  return x >= t.bad ? 'bad' : x >= t.warn ? 'warn' : 'good';
}

function emotionLevel(x: number | null, t: HeatThresholds['emotion']): HeatLevel {
  if (x === null || !Number.isFinite(x)) return 'none';
  return x < t.bad ? 'bad' : x < t.warn ? 'warn' : 'good';
}

/** 1 px for nothing, 12 px for every customer (or more, on loops). */
export function edgeWidth(share: number): number {
  return 1 + 11 * Math.sqrt(Math.min(1, Math.max(0, share)));
}

function outcomeLevel(result: string, share: number, t: HeatThresholds): HeatLevel {
  if (result === 'success') return 'good';
  return BAD_RESULTS.has(result) ? above(share, t.dropOff) : 'none';
}

function outcomeHeat(result: string, count: number, share: number, t: HeatThresholds): NodeHeat {
  const label = `${formatCount(count)} · ${formatPercent(share)} ${result}`;
  return {
    visits: count,
    dropped: 0,
    dropOff: null,
    meanWaitMs: null,
    p90WaitMs: null,
    meanEmotion: null,
    outcome: { result, count, share },
    level: { dropoff: outcomeLevel(result, share, t), queue: 'none', service: 'none', emotion: 'none' },
    label: { dropoff: label, queue: label, service: label, emotion: label },
  };
}

/**
 * A queue against its team's targets: `good` when it meets them, `warn` when it misses one by at
 * most the margin, `bad` when by more; `none` without a target or nobody offered. The service
 * level decides when the team sets one, else the abandon rate against `maxAbandon`.
 */
export function serviceHeatLevel(service: QueueService | undefined, margin: number): HeatLevel {
  if (!service) return 'none';
  const { target } = service;
  const sl = serviceLevelStatus(service.serviceLevel, target);
  if (sl !== 'none') return sl === 'met' ? 'good' : service.serviceLevel! >= target.serviceLevel! - margin ? 'warn' : 'bad';
  const ab = abandonStatus(service, target);
  if (ab === 'none') return 'none';
  return ab === 'met' ? 'good' : service.abandonRate <= target.maxAbandon! + margin ? 'warn' : 'bad';
}

/** "SL 72% (target 80% in 20s) · 4.1% gave up": the queue against its targets, in one line. */
export function serviceLabel(service: QueueService | undefined): string | undefined {
  if (!service) return undefined;
  const { target } = service;
  if (service.offered === 0) return 'nobody queued';
  const abandon = `${formatPercent(service.abandonRate)} gave up${target.maxAbandon !== null ? ` (max ${abandonLimitText(target)})` : ''}`;
  if (target.serviceLevel === null) return target.maxAbandon === null ? `no target · ${abandon}` : abandon;
  return `SL ${service.serviceLevel === null ? '–' : formatPercent(service.serviceLevel)} (target ${serviceLevelTargetText(target)}) · ${abandon}`;
}

/**
 * The heat of a step (not an outcome) from its visits and drop-offs, the queue at it (with its
 * team's targets) and its mean emotion (null: by stage only, as for one segment). `queueNote`
 * follows the queue label.
 */
function stepHeat(counts: { visits: number; stalled: number; abandoned: number }, queue: NodeStats['queue'], meanEmotion: number | null, t: HeatThresholds, queueNote = '', service?: QueueService): NodeHeat {
  const dropped = counts.stalled + counts.abandoned;
  const dropOff = counts.visits > 0 ? dropped / counts.visits : null;
  const meanWaitMs = queue?.meanWaitMs ?? null;
  const p90WaitMs = queue?.p90WaitMs ?? null;
  const visits = `${formatCount(counts.visits)} visits`;
  const serviceText = serviceLabel(service);
  return {
    visits: counts.visits,
    dropped,
    dropOff,
    meanWaitMs,
    p90WaitMs,
    meanEmotion,
    ...(service ? { service } : {}),
    level: {
      dropoff: counts.visits > 0 ? above(dropOff, t.dropOff) : 'none',
      queue: queue && counts.visits > 0 ? above(p90WaitMs, t.waitMs) : 'none',
      service: serviceHeatLevel(service, t.targetMargin),
      emotion: emotionLevel(meanEmotion, t.emotion),
    },
    label: {
      dropoff: dropOff === null ? visits : `${visits} · ${formatPercent(dropOff)} drop`,
      queue: queue ? `wait ${formatDuration(meanWaitMs)} · p90 ${formatDuration(p90WaitMs)}${queueNote}` : visits,
      service: serviceText ? `${serviceText}${queueNote}` : visits,
      emotion: meanEmotion === null && queueNote ? `${visits} · emotion by stage only` : `${visits} · emotion ${formatEmotion(meanEmotion)}`,
    },
  };
}

/** The queue of a node with work, with its team's targets (the result's, as the run saw them). */
function queueService(journey: Journey, result: SimulationResult, nodeId: string): QueueService | undefined {
  const queue = result.nodes[nodeId]?.queue;
  if (!queue) return undefined;
  const team = journey.nodes.find((n) => n.id === nodeId)?.work?.team;
  const target = (team !== undefined ? result.teams[team]?.target : undefined) ?? { serviceLevel: null, withinMs: null, maxAbandon: null };
  return { team: team ?? '', offered: queue.offered, serviceLevel: queue.serviceLevel, abandonRate: queue.abandonRate, target };
}

function stagesOf(journey: Journey, result: SimulationResult, segment: string | null, t: HeatThresholds): Record<string, StageHeat> {
  const stages: Record<string, StageHeat> = {};
  for (const stage of journey.stages ?? []) {
    const e = result.emotion.byStage[stage.id];
    if (!e) continue;
    const mean = segment === null ? e.mean : (e.bySegment[segment] ?? null);
    stages[stage.id] = { meanEmotion: mean, level: emotionLevel(mean, t.emotion) };
  }
  return stages;
}

/** The heatmap of a run for all customers, or for one segment of the cohort. */
export function heatmapOf(journey: Journey, result: SimulationResult, segment?: string, thresholds: HeatThresholds = DEFAULT_HEAT_THRESHOLDS): Heatmap {
  const t = thresholds;
  if (segment !== undefined) {
    const seg = result.segments[segment];
    if (!seg) throw new Error(`the run has no segment '${segment}'`);
    if (hasSegmentFlows(result)) return segmentHeatmap(journey, result, segment, seg.customers, t);
    const nodes: Record<string, NodeHeat> = {};
    for (const [id, o] of Object.entries(result.outcomes)) {
      const s = o.bySegment[segment] ?? { count: 0, share: 0 };
      nodes[id] = outcomeHeat(o.result, s.count, s.share, t);
    }
    return {
      segment,
      customers: seg.customers,
      flows: false,
      nodes,
      edges: {},
      stages: stagesOf(journey, result, segment, t),
      note: 'Runs count visits, edges, drop-off and queue waits for all customers only: for one segment the map shows its outcomes and its emotion by stage.',
    };
  }

  const N = result.customers;
  const edges: Record<string, EdgeHeat> = {};
  for (const edge of journey.edges) {
    const stats = result.edges[edge.id];
    if (!stats) continue;
    const share = N > 0 ? stats.count / N : 0;
    edges[edge.id] = { count: stats.count, share, width: edgeWidth(share), label: `${formatCount(stats.count)} · ${formatPercent(share)}` };
  }
  const nodes: Record<string, NodeHeat> = {};
  for (const node of journey.nodes) {
    const stats = result.nodes[node.id];
    if (!stats) continue;
    const outcome = result.outcomes[node.id];
    if (outcome) {
      nodes[node.id] = outcomeHeat(outcome.result, outcome.count, outcome.share, t);
      continue;
    }
    nodes[node.id] = stepHeat(stats, stats.queue, stats.meanEmotion, t, '', queueService(journey, result, node.id));
  }
  return { segment: null, customers: N, flows: true, nodes, edges, stages: stagesOf(journey, result, null, t) };
}

/** Whether the result counts nodes and edges per segment (every `simulation/1` result from the current runtime does). */
function hasSegmentFlows(result: SimulationResult): boolean {
  return Object.values(result.edges).every((e) => e.bySegment !== undefined) && Object.values(result.nodes).every((n) => n.bySegment !== undefined);
}

/**
 * One segment's heatmap: its edge volumes and node drop-offs (shares of the segment's customers and
 * visits), its outcomes; queue waits of the queues it shares with the other segments; no node
 * emotion (the result has it for all customers: the stages carry the segment's).
 */
function segmentHeatmap(journey: Journey, result: SimulationResult, segment: string, customers: number, t: HeatThresholds): Heatmap {
  const edges: Record<string, EdgeHeat> = {};
  for (const edge of journey.edges) {
    const stats = result.edges[edge.id];
    if (!stats) continue;
    const count = stats.bySegment[segment] ?? 0;
    const share = customers > 0 ? count / customers : 0;
    edges[edge.id] = { count, share, width: edgeWidth(share), label: `${formatCount(count)} · ${formatPercent(share)}` };
  }
  const nodes: Record<string, NodeHeat> = {};
  for (const node of journey.nodes) {
    const stats = result.nodes[node.id];
    if (!stats) continue;
    const outcome = result.outcomes[node.id];
    if (outcome) {
      const o = outcome.bySegment[segment] ?? { count: 0, share: 0 };
      nodes[node.id] = outcomeHeat(outcome.result, o.count, o.share, t);
      continue;
    }
    const mine = stats.bySegment[segment] ?? { visits: 0, stalled: 0, abandoned: 0 };
    nodes[node.id] = stepHeat(mine, stats.queue, null, t, ' (queue shared by all segments)', queueService(journey, result, node.id));
  }
  return {
    segment,
    customers,
    flows: true,
    nodes,
    edges,
    stages: stagesOf(journey, result, segment, t),
    note: 'Queue waits are of queues all segments share; emotion per segment is by stage.',
  };
}
