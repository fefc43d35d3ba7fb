// The metrics of a run: counters, exact sums and fixed-size histograms, sized by the plan and never
// by the number of customers. Two runs over disjoint ranges of customers merge into exactly the
// metrics of one run over both (sums of integers, counts, minima, maxima).
import type { SimPlan } from '../plan/simulationPlan';
import { exactMerge, exactSums } from './exactSum';
import { HISTOGRAM_BUCKETS } from './logHistogram';
import { HOURS_PER_WEEK } from '../../model/calendar/weekCalendar';

/** Per-node counters, NODE_FIELDS per node. */
export const NodeField = { visits: 0, stalled: 1, abandoned: 2, inProgress: 3, emitted: 4, ignored: 5, responses: 6, emotionCount: 7 } as const;
export const NODE_FIELDS = 8;

/** Per-segment node counters: visits, stalled, abandoned. */
export const SegmentNodeField = { visits: 0, stalled: 1, abandoned: 2 } as const;
export const SEGMENT_NODE_FIELDS = 3;

/** Terminal states that are not outcomes, by segment: TERMINAL_KINDS × segments. */
export const Terminal = { stalled: 0, abandoned: 1, inProgress: 2 } as const;
export const TERMINAL_KINDS = 3;

export interface SimulationMetrics {
  customers: number;
  /** Time of the last thing that happened; the horizon when customers were still inside at its end. */
  spanMs: number;
  handoffs: number;
  /** [segment] */
  segmentCustomers: Float64Array;
  /** [outcome × segments + segment] */
  outcomeCounts: Float64Array;
  /** [kind × segments + segment] */
  terminal: Float64Array;
  /**
   * [node × NODE_FIELDS + field]. Visits are counted per segment only (nodeSegmentCounts): the
   * `visits` field stays 0, and `emotionCount` counts the visits of nodes with an emotion expression.
   */
  nodeCounts: Float64Array;
  /** Exact sums of emotions in millionths of nodes with an emotion expression, [node]. */
  nodeEmotion: Float64Array;
  /** Per segment, for the segment filter of the map: [(node × segments + segment) × SEGMENT_NODE_FIELDS + field]. */
  nodeSegmentCounts: Float64Array;
  /** [edge × segments + segment]: an edge's total is their sum. */
  edgeSegmentCounts: Float64Array;
  /** Customers who got a staff member, [queue]. */
  queueServed: Float64Array;
  /** Exact sums of waits (ms) of the served, [queue]. */
  queueWait: Float64Array;
  /** [queue × HISTOGRAM_BUCKETS + bucket] */
  queueHistogram: Float64Array;
  /** Smallest / largest wait, [queue]. */
  queueMin: Float64Array;
  queueMax: Float64Array;
  /** Time to outcome: count, exact sum (ms), histogram, extremes. */
  outcomeTimeCount: number;
  outcomeTimeSum: Float64Array;
  outcomeTimeHistogram: Float64Array;
  outcomeTimeMin: number;
  outcomeTimeMax: number;
  /** Emotion by stage and segment of nodes with an emotion expression: exact sums (millionths) and counts, [stage × segments + segment]. */
  stageEmotion: Float64Array;
  stageEmotionCount: Float64Array;
  /** Busy time (ms) of each team spent on each segment: exact, [team × segments + segment]. */
  teamBusy: Float64Array;
  /** Tasks created for each team by `task` actions, [team]. */
  teamTasks: Float64Array;
  /** Customers entering the journey in each hour of the week, [168]. */
  arrivalsByHour: Float64Array;
  /** Arrivals at the queue, customers who gave up there, served within the team's target time, [queue]. */
  queueOffered: Float64Array;
  queueAbandoned: Float64Array;
  queueWithin: Float64Array;
  /** By team and hour of the week the customer was offered, [team × 168 + hour]: offered, abandoned, served within target. */
  teamHourOffered: Float64Array;
  teamHourAbandoned: Float64Array;
  teamHourWithin: Float64Array;
  /** Busy staff-ms in each hour of the week, [team × 168 + hour]. */
  teamHourBusy: Float64Array;
  /**
   * The last moment each team had a customer (offered, queued, in hand, giving up), [team]: the
   * end of the window its on-duty time is counted over.
   */
  teamLastMs: Float64Array;
  /** Staff-ms busy beyond the schedule (counted on duty), [team] and [team × 168 + hour]. */
  teamOvertime: Float64Array;
  teamHourOvertime: Float64Array;
  /** Node costs and incentives, outcome values, in millionths: exact, [segment]. */
  costMicro: Float64Array;
  valueMicro: Float64Array;
  /** Experiments: customers who went into each variant (first pass of its split), [variant] over all splits' variants. */
  variantCustomers: Float64Array;
  /** Where those customers ended, [variant × outcomes + outcome]. */
  variantOutcomes: Float64Array;
}

export function createMetrics(plan: SimPlan): SimulationMetrics {
  const S = plan.segments.length;
  const Q = plan.queues.length;
  const T = plan.teams.length;
  return {
    customers: 0,
    spanMs: 0,
    handoffs: 0,
    segmentCustomers: new Float64Array(S),
    outcomeCounts: new Float64Array(plan.outcomes.length * S),
    terminal: new Float64Array(TERMINAL_KINDS * S),
    nodeCounts: new Float64Array(plan.nodes.length * NODE_FIELDS),
    nodeEmotion: exactSums(plan.nodes.length),
    nodeSegmentCounts: new Float64Array(plan.nodes.length * S * SEGMENT_NODE_FIELDS),
    edgeSegmentCounts: new Float64Array(plan.edgeIds.length * S),
    queueServed: new Float64Array(Q),
    queueWait: exactSums(Q),
    queueHistogram: new Float64Array(Q * HISTOGRAM_BUCKETS),
    queueMin: new Float64Array(Q).fill(Number.POSITIVE_INFINITY),
    queueMax: new Float64Array(Q).fill(Number.NEGATIVE_INFINITY),
    outcomeTimeCount: 0,
    outcomeTimeSum: exactSums(1),
    outcomeTimeHistogram: new Float64Array(HISTOGRAM_BUCKETS),
    outcomeTimeMin: Number.POSITIVE_INFINITY,
    outcomeTimeMax: Number.NEGATIVE_INFINITY,
    stageEmotion: exactSums(plan.stageIds.length * S),
    stageEmotionCount: new Float64Array(plan.stageIds.length * S),
    teamBusy: exactSums(plan.teams.length * S),
    teamTasks: new Float64Array(plan.teams.length),
    arrivalsByHour: new Float64Array(HOURS_PER_WEEK),
    queueOffered: new Float64Array(Q),
    queueAbandoned: new Float64Array(Q),
    queueWithin: new Float64Array(Q),
    teamHourOffered: new Float64Array(T * HOURS_PER_WEEK),
    teamHourAbandoned: new Float64Array(T * HOURS_PER_WEEK),
    teamHourWithin: new Float64Array(T * HOURS_PER_WEEK),
    teamHourBusy: new Float64Array(T * HOURS_PER_WEEK),
    teamLastMs: new Float64Array(T),
    teamOvertime: new Float64Array(T),
    teamHourOvertime: new Float64Array(T * HOURS_PER_WEEK),
    costMicro: exactSums(S),
    valueMicro: exactSums(S),
    variantCustomers: new Float64Array(plan.experiments.variantCount),
    variantOutcomes: new Float64Array(plan.experiments.variantCount * plan.outcomes.length),
  };
}

type ArrayKey = { [K in keyof SimulationMetrics]: SimulationMetrics[K] extends Float64Array ? K : never }[keyof SimulationMetrics];

const COUNTS: ArrayKey[] = ['segmentCustomers', 'outcomeCounts', 'terminal', 'nodeCounts', 'nodeSegmentCounts', 'edgeSegmentCounts', 'queueServed', 'queueHistogram', 'outcomeTimeHistogram', 'stageEmotionCount', 'teamTasks',
  'arrivalsByHour', 'queueOffered', 'queueAbandoned', 'queueWithin', 'teamHourOffered', 'teamHourAbandoned', 'teamHourWithin', 'teamHourBusy', 'teamOvertime', 'teamHourOvertime',
  'variantCustomers', 'variantOutcomes'];
const EXACT: ArrayKey[] = ['nodeEmotion', 'queueWait', 'outcomeTimeSum', 'stageEmotion', 'teamBusy', 'costMicro', 'valueMicro'];

/** Adds the metrics of `from` (a run over other customers of the same plan) into `into`. */
export function mergeMetrics(into: SimulationMetrics, from: SimulationMetrics): SimulationMetrics {
  for (const key of [...COUNTS, ...EXACT]) {
    if (into[key].length !== from[key].length) throw new Error(`mergeMetrics: '${key}' sizes differ: the runs are not of the same journey and cohort`);
  }
  for (const key of COUNTS) {
    const a = into[key];
    const b = from[key];
    for (let i = 0; i < a.length; i++) a[i] = a[i]! + b[i]!;
  }
  for (const key of EXACT) exactMerge(into[key], from[key]);
  for (let i = 0; i < into.queueMin.length; i++) {
    into.queueMin[i] = Math.min(into.queueMin[i]!, from.queueMin[i]!);
    into.queueMax[i] = Math.max(into.queueMax[i]!, from.queueMax[i]!);
  }
  into.customers += from.customers;
  into.spanMs = Math.max(into.spanMs, from.spanMs);
  for (let t = 0; t < into.teamLastMs.length; t++) into.teamLastMs[t] = Math.max(into.teamLastMs[t]!, from.teamLastMs[t]!);
  into.handoffs += from.handoffs;
  into.outcomeTimeCount += from.outcomeTimeCount;
  into.outcomeTimeMin = Math.min(into.outcomeTimeMin, from.outcomeTimeMin);
  into.outcomeTimeMax = Math.max(into.outcomeTimeMax, from.outcomeTimeMax);
  return into;
}
