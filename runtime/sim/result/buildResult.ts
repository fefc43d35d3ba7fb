import { exactValue } from '../core/exactSum';
import { histogramBins, histogramQuantile } from '../core/logHistogram';
import { NODE_FIELDS, NodeField, SEGMENT_NODE_FIELDS, SegmentNodeField, Terminal, type SimulationMetrics } from '../core/metrics';
import { MONEY_UNIT, type SimPlan } from '../plan/simulationPlan';
import { SIMULATION_FORMAT, type Engine, type NodeStats, type SimulationResult } from './simulationResult';
import { round6 } from './round6';
import { queueStats } from './queueStats';
import { buildExperiments } from './buildExperiments';
import { edgeCount, nodeEmotion, nodeVisits, stageEmotions } from './visitTotals';
import { onDutyMs } from '../../model/calendar/weeklyStaff';
import { HOURS_PER_WEEK, MS_PER_HOUR } from '../../model/calendar/weekCalendar';

export { round6 };

const ratio = (a: number, b: number): number => (b > 0 ? round6(a / b) : 0);
const meanOrNull = (sum: number, count: number, scale = 1): number | null => (count > 0 ? round6(sum / scale / count) : null);
const msOrNull = (x: number | undefined): number | null => (x === undefined ? null : Math.round(x));

export interface ResultMeta {
  seed: number;
  engine: Engine;
  horizonMs: number;
  /** The arrivals' spread (0: everyone at t = 0). */
  overMs: number;
}

/** The `simulation/1` JSON of a run's metrics. */
export function buildResult(plan: SimPlan, m: SimulationMetrics, meta: ResultMeta): SimulationResult {
  const S = plan.segments.length;
  const N = m.customers;
  const segIds = plan.segments.map((s) => s.id);

  const outcomes: SimulationResult['outcomes'] = {};
  plan.outcomes.forEach((n, o) => {
    const bySegment: Record<string, { count: number; share: number }> = {};
    let count = 0;
    segIds.forEach((id, g) => {
      const c = m.outcomeCounts[o * S + g]!;
      count += c;
      bySegment[id] = { count: c, share: ratio(c, m.segmentCustomers[g]!) };
    });
    outcomes[plan.nodes[n]!.id] = { result: plan.nodes[n]!.result, count, share: ratio(count, N), bySegment };
  });

  const terminalCount = (kind: number) => {
    let c = 0;
    for (let g = 0; g < S; g++) c += m.terminal[kind * S + g]!;
    return c;
  };

  const segments: SimulationResult['segments'] = {};
  segIds.forEach((id, g) => {
    segments[id] = { customers: m.segmentCustomers[g]!, share: ratio(m.segmentCustomers[g]!, N) };
  });

  const nodes: SimulationResult['nodes'] = {};
  let emitted = 0;
  let ignored = 0;
  for (const node of plan.nodes) {
    const f = (field: number) => m.nodeCounts[node.index * NODE_FIELDS + field]!;
    emitted += f(NodeField.emitted);
    ignored += f(NodeField.ignored);
    const emotion = nodeEmotion(plan, m, node.index);
    const queue: NodeStats['queue'] = node.queue >= 0 ? queueStats(m, [node.queue], plan.teams[node.work!.team]!) : null;
    const stats: NodeStats = {
      visits: nodeVisits(m, S, node.index),
      stalled: f(NodeField.stalled),
      abandoned: f(NodeField.abandoned),
      inProgress: f(NodeField.inProgress),
      emitted: f(NodeField.emitted),
      ignored: f(NodeField.ignored),
      meanEmotion: meanOrNull(emotion.sum, emotion.count, 1e6),
      queue,
      bySegment: {},
    };
    if (!Number.isNaN(node.responseRate)) stats.responses = f(NodeField.responses);
    segIds.forEach((seg, g) => {
      const at = (field: number) => m.nodeSegmentCounts[(node.index * S + g) * SEGMENT_NODE_FIELDS + field]!;
      stats.bySegment[seg] = { visits: at(SegmentNodeField.visits), stalled: at(SegmentNodeField.stalled), abandoned: at(SegmentNodeField.abandoned) };
    });
    nodes[node.id] = stats;
  }

  const edges: SimulationResult['edges'] = {};
  plan.edgeIds.forEach((id, e) => {
    const bySegment: Record<string, number> = {};
    segIds.forEach((seg, g) => {
      bySegment[seg] = m.edgeSegmentCounts[e * S + g]!;
    });
    edges[id] = { count: edgeCount(m, S, e), bySegment };
  });

  const tto = m.outcomeTimeCount;
  const q = (p: number) => msOrNull(histogramQuantile(m.outcomeTimeHistogram, 0, tto, m.outcomeTimeMin, m.outcomeTimeMax, p));
  const timeToOutcome = { count: tto, meanMs: tto > 0 ? Math.round(exactValue(m.outcomeTimeSum, 0) / tto) : null, p50Ms: q(0.5), p90Ms: q(0.9), p99Ms: q(0.99), histogram: histogramBins(m.outcomeTimeHistogram, 0) };

  const byStage: SimulationResult['emotion']['byStage'] = {};
  const stageEmotion = stageEmotions(plan, m);
  plan.stageIds.forEach((id, st) => {
    let sum = 0;
    let count = 0;
    const bySegment: Record<string, number | null> = {};
    segIds.forEach((seg, g) => {
      const k = st * S + g;
      const s = stageEmotion.sums[k]!;
      const c = stageEmotion.counts[k]!;
      sum += s;
      count += c;
      bySegment[seg] = meanOrNull(s, c, 1e6);
    });
    byStage[id] = { mean: meanOrNull(sum, count, 1e6), bySegment };
  });

  const teams: SimulationResult['teams'] = {};
  const teamCostBySegment = new Float64Array(S);
  let teamCost = 0;
  plan.teams.forEach((team, t) => {
    let busyMs = 0;
    for (let g = 0; g < S; g++) {
      const b = exactValue(m.teamBusy, t * S + g);
      busyMs += b;
      teamCostBySegment[g] = teamCostBySegment[g]! + (b / MS_PER_HOUR) * team.costPerHour;
    }
    const cost = (busyMs / MS_PER_HOUR) * team.costPerHour;
    teamCost += cost;
    const qs = plan.queues.map((_n, qi) => qi).filter((qi) => plan.nodes[plan.queues[qi]!]!.work!.team === t);
    // On duty: the schedule's staff from the start to the team's last customer (after it, the run
    // has no more work for the team: its arrivals have ended), plus the overtime of staff
    // finishing a customer after their shift.
    const dutyByHour = new Float64Array(HOURS_PER_WEEK);
    const dutyMs = onDutyMs(team.weekly, 0, m.teamLastMs[t]!, dutyByHour) + m.teamOvertime[t]!;
    const hours = (a: Float64Array, extra?: Float64Array) => Array.from({ length: HOURS_PER_WEEK }, (_x, h) => round6((a[h]! + (extra ? extra[t * HOURS_PER_WEEK + h]! : 0)) / MS_PER_HOUR));
    const slice = (a: Float64Array) => Array.from(a.subarray(t * HOURS_PER_WEEK, (t + 1) * HOURS_PER_WEEK));
    const idleMs = Math.max(0, dutyMs - busyMs);
    teams[team.id] = {
      staff: team.staff,
      utilization: dutyMs > 0 ? round6(busyMs / dutyMs) : 0,
      busyHours: round6(busyMs / MS_PER_HOUR),
      onDutyHours: round6(dutyMs / MS_PER_HOUR),
      activeUntilMs: m.teamLastMs[t]!,
      cost: round6(cost),
      idleCost: round6((idleMs / MS_PER_HOUR) * team.costPerHour),
      ...queueStats(m, qs, team),
      target: {
        serviceLevel: Number.isNaN(team.answer) ? null : team.answer,
        withinMs: Number.isNaN(team.withinMs) ? null : team.withinMs,
        maxAbandon: Number.isNaN(team.maxAbandon) ? null : team.maxAbandon,
      },
      tasks: m.teamTasks[t]!,
      byHourOfWeek: {
        offered: slice(m.teamHourOffered),
        abandoned: slice(m.teamHourAbandoned),
        withinTarget: slice(m.teamHourWithin),
        busyHours: hours(m.teamHourBusy.subarray(t * HOURS_PER_WEEK, (t + 1) * HOURS_PER_WEEK)),
        onDutyHours: hours(dutyByHour, m.teamHourOvertime),
      },
    };
  });

  let totalCostMicro = 0;
  let totalValueMicro = 0;
  const econBySegment: SimulationResult['economics']['bySegment'] = {};
  segIds.forEach((id, g) => {
    const c = exactValue(m.costMicro, g);
    const v = exactValue(m.valueMicro, g);
    totalCostMicro += c;
    totalValueMicro += v;
    const n = m.segmentCustomers[g]!;
    econBySegment[id] = { costPerCustomer: ratio(c / MONEY_UNIT + teamCostBySegment[g]!, n), valuePerCustomer: ratio(v / MONEY_UNIT, n) };
  });
  const totalCost = totalCostMicro / MONEY_UNIT + teamCost;
  const totalValue = totalValueMicro / MONEY_UNIT;

  return {
    format: SIMULATION_FORMAT,
    journey: plan.journey.id,
    cohort: plan.cohort.id,
    customers: N,
    seed: meta.seed,
    engine: meta.engine,
    horizonMs: meta.horizonMs,
    spanMs: m.spanMs,
    outcomes,
    terminal: { stalled: terminalCount(Terminal.stalled), abandoned: terminalCount(Terminal.abandoned), inProgress: terminalCount(Terminal.inProgress) },
    segments,
    nodes,
    edges,
    events: { emitted, ignored },
    timeToOutcome,
    emotion: { byStage },
    teams,
    arrivals: { overMs: meta.overMs, byHourOfWeek: Array.from(m.arrivalsByHour) },
    economics: {
      totalCost: round6(totalCost),
      totalValue: round6(totalValue),
      costPerCustomer: ratio(totalCost, N),
      valuePerCustomer: ratio(totalValue, N),
      bySegment: econBySegment,
    },
    handoffsPerCustomer: ratio(m.handoffs, N),
    experiments: buildExperiments(plan, m),
  };
}
