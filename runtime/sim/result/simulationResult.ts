import type { ExperimentsResult } from './experimentsResult';

/** The engines of DESIGN §5: the same results for the same inputs. */
export type Engine = 'fast' | 'reference';
export const ENGINES: readonly Engine[] = ['fast', 'reference'];

export const SIMULATION_FORMAT = 'simulation/1';

export interface CountShare {
  count: number;
  share: number;
}

/**
 * A staff queue's figures (DESIGN §5): each arrival at the queue is *offered*; it ends *served* (it
 * reached a staff member), *abandoned* (it gave up), moved on by a timer, or still waiting at the
 * horizon. Waits are those of the served.
 */
export interface QueueStats {
  offered: number;
  /** Customers who got a staff member. */
  served: number;
  abandoned: number;
  /** abandoned / offered (0 when nobody was offered). */
  abandonRate: number;
  /** Waits of the served; null when nobody was served. */
  meanWaitMs: number | null;
  p50WaitMs: number | null;
  p90WaitMs: number | null;
  p99WaitMs: number | null;
  maxWaitMs: number | null;
  /** Served within the team's `serviceLevel.within` / offered; null when the team sets no target (or nobody was offered). */
  serviceLevel: number | null;
}

/** 168 hourly buckets, Monday 00:00–01:00 first: every week of the run folded onto one. */
export type HourOfWeek = number[];

export interface TeamStats extends QueueStats {
  /** `staff` of the document (the headcount without a schedule). */
  staff: number;
  /** busy hours / on-duty hours. */
  utilization: number;
  busyHours: number;
  /**
   * Staff-hours on duty from t = 0 to the team's last customer (the team's span of the run: after
   * it the run brings the team no more work), by the schedule (or `staff` around the clock), plus
   * overtime.
   */
  onDutyHours: number;
  /** The team's last moment with a customer: its on-duty time is counted over [0, activeUntilMs). */
  activeUntilMs: number;
  /** busy hours × costPerHour, charged to the segments of the customers served. */
  cost: number;
  /** (on-duty − busy) hours × costPerHour. */
  idleCost: number;
  /** The team's targets, as the document sets them (null: none). */
  target: { serviceLevel: number | null; withinMs: number | null; maxAbandon: number | null };
  tasks: number;
  /**
   * By hour of the week. `offered`, `abandoned` and `withinTarget` (served within the target's
   * time) count customers by the hour they were offered; `busyHours` and `onDutyHours` are
   * staff-hours in that hour.
   */
  byHourOfWeek: { offered: HourOfWeek; abandoned: HourOfWeek; withinTarget: HourOfWeek; busyHours: HourOfWeek; onDutyHours: HourOfWeek };
}

export interface NodeStats {
  visits: number;
  stalled: number;
  abandoned: number;
  inProgress: number;
  /** Events emitted while at the node, and how many of them no transition accepted. */
  emitted: number;
  ignored: number;
  /** Mean emotion of the visits; null when the node records none. */
  meanEmotion: number | null;
  /** Nodes with work; null for the others. */
  queue: QueueStats | null;
  /** Listening points only: visitors who answered. */
  responses?: number;
  /** Visits and drop-offs by segment (the map's segment filter). */
  bySegment: Record<string, { visits: number; stalled: number; abandoned: number }>;
}

/**
 * The result of a simulation (`simulation/1`): deterministic JSON, keys always in this order, maps
 * in document order (nodes, edges, stages, teams, outcomes) and cohort order (segments).
 *
 * Rounding: simulated time is whole milliseconds (every sampled duration is rounded to the ms), so
 * every `…Ms` figure is an integer; money is summed exactly in millionths; emotions are summed
 * exactly in millionths of a point. Every other non-integer figure (shares, means, utilization,
 * hours, money) is rounded to 6 decimal places. Quantiles (p50/p90/p99) come from log-scaled
 * histograms (buckets 6.25% wide) and are exact for point masses; means are exact.
 */
export interface SimulationResult {
  format: typeof SIMULATION_FORMAT;
  journey: string;
  cohort: string;
  customers: number;
  seed: number;
  engine: Engine;
  horizonMs: number;
  /** Time of the last thing that happened, or the horizon when customers were still inside. */
  spanMs: number;
  outcomes: Record<string, { result: string; count: number; share: number; bySegment: Record<string, CountShare> }>;
  terminal: { stalled: number; abandoned: number; inProgress: number };
  segments: Record<string, { customers: number; share: number }>;
  nodes: Record<string, NodeStats>;
  /** Edge volumes, in all and by segment (the map's segment filter). */
  edges: Record<string, { count: number; bySegment: Record<string, number> }>;
  events: { emitted: number; ignored: number };
  timeToOutcome: {
    count: number;
    meanMs: number | null;
    p50Ms: number | null;
    p90Ms: number | null;
    p99Ms: number | null;
    /** The non-empty buckets of the log histogram (6.25% wide), for charts. */
    histogram: { fromMs: number; toMs: number; count: number }[];
  };
  emotion: { byStage: Record<string, { mean: number | null; bySegment: Record<string, number | null> }> };
  teams: Record<string, TeamStats>;
  /** When the customers came: `overMs` (0: all at t = 0) and customers entering in each hour of the week. */
  arrivals: { overMs: number; byHourOfWeek: HourOfWeek };
  economics: {
    totalCost: number;
    totalValue: number;
    costPerCustomer: number;
    valuePerCustomer: number;
    bySegment: Record<string, { costPerCustomer: number; valuePerCustomer: number }>;
  };
  handoffsPerCustomer: number;
  /** Per split node (document order): its variants' customers, goal shares and outcomes, and each comparison ({} without splits). */
  experiments: ExperimentsResult;
}
