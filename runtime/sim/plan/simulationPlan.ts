// Everything both engines need, computed once from a valid journey and its cohort: integer ids for
// nodes, edges, stages, teams, segments and events; samplers; expressions with their classes; and
// the per-segment event draws of every node.
import type { Journey, JourneyNode } from '../../model/journey';
import type { Cohort } from '../../model/cohort';
import { buildJourneyGraph } from '../../model/journeyGraph';
import { exprScopeOf } from '../../compile/createJourneyMachine';
import { toMachineConfig } from '../../compile/toMachineConfig';
import type { JourneyMachineConfig, StateConfig } from '../../compile/machineConfig';
import { CelLimitError, type ExprContext, type ExprScope } from '../../expr';
import { requireNodeKind } from '../../../nodes/registry';
import { compileSampler, type Sampler } from '../random/sampler';
import { SimulationError } from '../simulationError';
import { machineFailure } from '../machineFailure';
import { weeklyStaff, type WeeklyStaff } from '../../model/calendar/weeklyStaff';
import { durationMs } from '../../model/duration';
import { planCohort, type PlanSegment } from './cohortPlan';
import { eventDrawsOf, type EventDraws } from './eventDraws';
import { clampEmotion, numberOrNaN, planExpr, type PlanExpr } from './planExpr';
import { planSplits, type SplitPlan } from './splitPlan';

/** Money is counted in millionths, so that every sum of costs and values is an exact integer. */
export const MONEY_UNIT = 1e6;

export interface PlanNode {
  id: string;
  index: number;
  kind: string;
  /** The node's stage for emotion by stage (its `stage` field when declared), or -1. */
  stage: number;
  /** `cost` per visit, in millionths. */
  costMicro: number;
  /** A constant emotion (NaN: none), unless `emotionExpr` is set. */
  emotion: number;
  emotionExpr: PlanExpr | null;
  work: { team: number; handle: Sampler } | null;
  /** Outcome nodes: index among the outcomes, result, value (0 when absent). */
  outcome: number;
  result: string;
  valueMicro: number;
  handoffs: number;
  /** NaN unless the node is a listening point. */
  responseRate: number;
  /** Index of the node's queue metrics (nodes with work), or -1. */
  queue: number;
  /** Event draws, by segment. */
  draws: EventDraws[];
}

export interface PlanTeam {
  id: string;
  staff: number;
  costPerHour: number;
  /** Staff on duty through the week: the schedule, or `staff` around the clock. */
  weekly: WeeklyStaff;
  /** The service level target: `answer` within `withinMs` (NaN both when the team sets none). */
  answer: number;
  withinMs: number;
  /** NaN when the team sets none. */
  maxAbandon: number;
}

export interface SimPlan {
  journey: Journey;
  cohort: Cohort;
  scope: ExprScope;
  config: JourneyMachineConfig;
  nodes: PlanNode[];
  nodeIndex: ReadonlyMap<string, number>;
  edgeIds: string[];
  edgeIndex: ReadonlyMap<string, number>;
  stageIds: string[];
  teams: PlanTeam[];
  teamIndex: ReadonlyMap<string, number>;
  segments: PlanSegment[];
  eventNames: string[];
  eventIndex: ReadonlyMap<string, number>;
  /** Node indices of the outcomes, in document order. */
  outcomes: number[];
  /** Node indices of the nodes with work, in document order. */
  queues: number[];
  startNode: number;
  /** The most timers one customer can have running at once (a node's and its stage's). */
  maxTimers: number;
  /** No node needs staff: customers never meet, so any range of them simulates on its own. */
  independent: boolean;
  /** Any listening point (survey responses are drawn). */
  listening: boolean;
  /** The experiments (split nodes): variants drawn from the `assignment` stream. */
  experiments: SplitPlan;
}

function timerKeys(state: StateConfig | undefined): number {
  return Object.keys(state?.after ?? {}).length;
}

/** The most timers live at once: for every node state, its own plus its stage's. */
function maxTimersOf(config: JourneyMachineConfig): number {
  let max = 0;
  for (const top of Object.values(config.states)) {
    if (top.meta?.kind === 'stage') {
      for (const child of Object.values(top.states ?? {})) max = Math.max(max, timerKeys(top) + timerKeys(child));
    } else max = Math.max(max, timerKeys(top));
  }
  return max;
}

function finalOf(node: JourneyNode): { result: string; value?: number } | undefined {
  return requireNodeKind(node.kind).compile?.(node as never)?.final;
}

/** The plan of a valid journey with its cohort; throws SimulationError when they cannot be simulated. */
export function buildSimulationPlan(journey: Journey, cohort: Cohort): SimPlan {
  const scope = exprScopeOf(journey);
  const config = toMachineConfig(journey);
  const graph = buildJourneyGraph(journey);
  const segments = planCohort(cohort);
  const segmentIds = segments.map((s) => s.id);
  const stageIds = (journey.stages ?? []).map((s) => s.id);
  const stageIndex = new Map(stageIds.map((id, i) => [id, i]));
  const teams: PlanTeam[] = (journey.teams ?? []).map((t) => ({
    id: t.id,
    staff: t.staff,
    costPerHour: t.costPerHour ?? 0,
    weekly: weeklyStaff(t),
    answer: t.serviceLevel ? t.serviceLevel.answer : Number.NaN,
    withinMs: t.serviceLevel ? durationMs(t.serviceLevel.within) ?? Number.NaN : Number.NaN,
    maxAbandon: t.maxAbandon ?? Number.NaN,
  }));
  const teamIndex = new Map(teams.map((t, i) => [t.id, i]));
  const eventNames: string[] = [];
  const eventIndex = new Map<string, number>();
  for (const e of journey.edges) {
    if (e.event !== undefined && !eventIndex.has(e.event)) {
      eventIndex.set(e.event, eventNames.length);
      eventNames.push(e.event);
    }
  }
  const nodeIndex = new Map(journey.nodes.map((n, i) => [n.id, i]));
  const exprCache = new Map<string, PlanExpr>();
  const outcomes: number[] = [];
  const queues: number[] = [];
  let listening = false;

  const nodes: PlanNode[] = journey.nodes.map((n, index) => {
    const kind = requireNodeKind(n.kind);
    const final = finalOf(n);
    let emotion = Number.NaN;
    let emotionExpr: PlanExpr | null = null;
    if (typeof n.emotion === 'number') emotion = clampEmotion(n.emotion);
    else if (typeof n.emotion === 'string') {
      try {
        emotionExpr = planExpr(scope, n.emotion, segmentIds, clampEmotion);
      } catch (err) {
        if (!(err instanceof CelLimitError)) throw err;
        throw machineFailure(err, 'emotion', { node: n.id });
      }
    }
    let work: PlanNode['work'] = null;
    let queue = -1;
    if (n.work && !final) {
      const team = teamIndex.get(n.work.team);
      if (team === undefined) throw new SimulationError(`its work needs unknown team '${n.work.team}'`, { node: n.id });
      let handle: Sampler;
      try {
        handle = compileSampler(n.work.handle, 'time');
      } catch (err) {
        throw new SimulationError(`handle time: ${(err as Error).message}`, { node: n.id });
      }
      work = { team, handle };
      queue = queues.length;
      queues.push(index);
    }
    const responseRate = kind.sim?.responseRate?.(n as never) ?? Number.NaN;
    if (!Number.isNaN(responseRate)) listening = true;
    const outcome = final ? outcomes.push(index) - 1 : -1;
    return {
      id: n.id,
      index,
      kind: n.kind,
      stage: n.stage !== undefined ? stageIndex.get(n.stage) ?? -1 : -1,
      costMicro: Math.round((n.cost ?? 0) * MONEY_UNIT),
      emotion,
      emotionExpr,
      work,
      outcome,
      result: final?.result ?? '',
      valueMicro: Math.round((final?.value ?? 0) * MONEY_UNIT),
      handoffs: kind.sim?.handoffsPerVisit?.(n as never) ?? 0,
      responseRate,
      queue,
      draws: final ? [] : eventDrawsOf(graph, n.id, segmentIds, eventIndex, scope, exprCache),
    };
  });
  const startNode = nodeIndex.get(journey.start);
  if (startNode === undefined) throw new SimulationError(`"start" names unknown node '${journey.start}'`);
  return {
    journey,
    cohort,
    scope,
    config,
    nodes,
    nodeIndex,
    edgeIds: journey.edges.map((e) => e.id),
    edgeIndex: new Map(journey.edges.map((e, i) => [e.id, i])),
    stageIds,
    teams,
    teamIndex,
    segments,
    eventNames,
    eventIndex,
    outcomes,
    queues,
    startNode,
    maxTimers: maxTimersOf(config),
    independent: queues.length === 0,
    listening,
    experiments: planSplits(journey, nodeIndex),
  };
}

/** The emotion a customer of segment `segment` records on entering `node` (NaN: none), given the CEL context then. */
export function emotionAt(node: PlanNode, segment: number, ctx: ExprContext): number {
  const e = node.emotionExpr;
  if (e === null) return node.emotion;
  if (e.bySegment !== null) return e.bySegment[segment]!;
  return clampEmotion(numberOrNaN(e.evaluate, ctx));
}
