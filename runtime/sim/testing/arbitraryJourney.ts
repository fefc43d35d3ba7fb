// fast-check arbitraries of VALID journeys (no lint errors) with a cohort that fits them, for
// property and differential tests. They exercise what the simulator must get right: stages with
// stage-level events and timers, decisions with guarded rules, events whose sims have segment
// overrides and CEL probabilities, timers racing events, loops, assigns read by guards and emotions,
// staffed nodes with patience, surveys, handoffs, incentives, tasks and guards on `event`; teams
// with schedules (overlapping, with gaps, shifts ending mid-hour) and targets; cohorts with arrivals.
// Rules (`always` edges) only go forward, so no eventless loop exists; delays and timers are at least
// a minute, so time moves.
import fc from 'fast-check';
import { cohortSchema, type Cohort } from '../../model/cohort';
import { journeySchema, type Journey } from '../../model/journey';
import { hasTrait } from '../../../nodes/registry';
import { BODY_KINDS, exampleFields, prescribedEdges, prescribesEdges, repairGoals } from '../../testing/kindExamples';

export interface JourneyWithCohort {
  journey: Journey;
  cohort: Cohort;
}

const EVENTS = ['GO', 'BUY', 'QUIT', 'CALL'];
const SEGMENTS = ['a', 'b', 'c'];
const GUARDS = [
  'customer.segment == "a"',
  'customer.score > 0.5',
  'customer.vip',
  'journey.n < 2.0',
  '!customer.vip && journey.n >= 1.0',
  'customer.segment != "b" && customer.score < 0.7',
  'event.type == "GO"',
];
const EMOTIONS: (number | string)[] = [2, 1, 0, -1, -2, 0.5, 'customer.score * 2.0 - 1.0', 'journey.n - 1.0', 'customer.segment == "a" ? 1.0 : -1.0'];
const DELAYS: unknown[] = ['1h', '30m', { dist: 'exponential', mean: '1d' }, { dist: 'uniform', min: '1h', max: '2d' }, { dist: 'lognormal', median: '2h', p90: '1d' }, { dist: 'normal', mean: '6h', sd: '3h' }];
const TIMERS = ['1h', '2h', '6h', '1d', '3d'];
const HANDLES: unknown[] = ['10m', { dist: 'exponential', mean: '20m' }, { dist: 'lognormal', median: '15m', p90: '45m' }, { dist: 'uniform', min: '5m', max: '30m' }];
const PS = [0.1, 0.2, 0.3];

type Gen = fc.GeneratorValue;
type Doc = Record<string, unknown>;

const pick = <T>(g: Gen, list: readonly T[]): T => list[g(fc.integer, { min: 0, max: list.length - 1 })]!;
const chance = (g: Gen, p: number): boolean => g(fc.integer, { min: 0, max: 999 }) < p * 1000;

function sim(g: Gen, segments: readonly string[]): Doc {
  const out: Doc = { p: chance(g, 0.15) ? 'customer.vip ? 0.3 : 0.1' : pick(g, PS), delay: pick(g, DELAYS) };
  if (chance(g, 0.4)) out.segments = { [pick(g, segments)]: chance(g, 0.5) ? { p: pick(g, PS) } : { p: pick(g, PS), delay: pick(g, DELAYS) } };
  return out;
}

function actions(g: Gen, teams: number): Doc[] {
  const out: Doc[] = [];
  if (chance(g, 0.3)) out.push({ type: 'assign', var: 'n', expr: 'journey.n + 1.0' });
  if (chance(g, 0.15)) out.push({ type: 'incentive', name: 'voucher', cost: pick(g, [5, 10, 2.5]) });
  if (teams > 0 && chance(g, 0.1)) out.push({ type: 'task', team: `t${g(fc.integer, { min: 0, max: teams - 1 })}`, title: 'Follow up' });
  if (chance(g, 0.1)) out.push({ type: 'track', name: 'seen' });
  return out;
}

const SHIFT_DAYS: unknown[] = ['mon-fri', 'sat', 'sun', ['mon', 'thu'], 'fri-mon', 'mon-sun'];
const SHIFT_TIMES = [['00:00', '24:00'], ['09:00', '17:00'], ['08:30', '12:00'], ['12:00', '20:00'], ['22:00', '24:00'], ['00:00', '06:00'], ['10:15', '10:45']];

/** A team: staff around the clock, or a schedule of 1–3 shifts (they may overlap, leave gaps, end mid-hour); maybe targets. */
function team(g: Gen, t: number): Doc {
  const out: Doc = { id: `t${t}`, name: `Team ${t}`, staff: g(fc.integer, { min: 1, max: 3 }), costPerHour: 30 };
  if (chance(g, 0.5)) {
    out.schedule = Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, () => {
      const [from, to] = pick(g, SHIFT_TIMES);
      return { days: pick(g, SHIFT_DAYS), from, to, staff: g(fc.integer, { min: 0, max: 3 }) };
    });
  }
  if (chance(g, 0.5)) out.serviceLevel = { answer: pick(g, [0.8, 0.9, 0.5]), within: pick(g, ['20s', '5m', '1h']) };
  if (chance(g, 0.3)) out.maxAbandon = pick(g, [0.05, 0.1]);
  return out;
}

/** Arrivals over 1–7 days (shorter than the tests' horizons), with or without weekly and daily profiles. */
function arrivals(g: Gen): Doc {
  const out: Doc = { over: pick(g, ['1d', '3d', '7d', '36h', 90_000_000]) };
  if (chance(g, 0.5)) out.weekly = Array.from({ length: 7 }, (_, d) => (d === 0 ? 1 : pick(g, [0, 0.5, 1, 2])));
  if (chance(g, 0.5)) out.daily = Array.from({ length: 24 }, (_, h) => (h === 0 ? 0.1 : pick(g, [0, 0, 1, 3])));
  return out;
}

function build(g: Gen): JourneyWithCohort {
  const segmentCount = g(fc.integer, { min: 1, max: 3 });
  const segments = SEGMENTS.slice(0, segmentCount);
  const stages = g(fc.integer, { min: 0, max: 2 });
  const teams = g(fc.integer, { min: 0, max: 2 });
  const count = g(fc.integer, { min: 2, max: 8 });
  const outcomesCount = g(fc.integer, { min: 1, max: 3 });
  const nodes: Doc[] = [];
  const edges: Doc[] = [];
  let edgeId = 0;
  const edge = (e: Doc) => edges.push({ id: `e${edgeId++}`, ...e });
  const outcomeIds = Array.from({ length: outcomesCount }, (_, k) => `o${k}`);
  const ids = Array.from({ length: count }, (_, k) => `n${k}`);

  for (let i = 0; i < count; i++) {
    const kind = pick(g, BODY_KINDS);
    const node: Doc = { id: ids[i], kind, label: `Node ${i}` };
    if (stages > 0 && chance(g, 0.7)) node.stage = `s${g(fc.integer, { min: 0, max: stages - 1 })}`;
    // The kind's own fields come from its descriptor's defaults; some of them are then varied.
    const example = exampleFields(kind);
    Object.assign(node, example);
    if ('channel' in example) node.channel = pick(g, ['web', 'app', 'phone', 'email']);
    if ('responseRate' in example) node.responseRate = pick(g, [0.2, 0.5, 1]);
    if ('product' in example && chance(g, 0.5)) node.incentive = { name: 'discount', cost: 3 };
    if (chance(g, 0.6)) node.emotion = pick(g, EMOTIONS);
    if (chance(g, 0.3)) node.cost = pick(g, [0.5, 1, 2.25]);
    const acts = actions(g, teams);
    if (acts.length > 0) node.actions = acts;
    if (teams > 0 && !prescribesEdges(kind) && chance(g, 0.35)) node.work = { team: `t${g(fc.integer, { min: 0, max: teams - 1 })}`, handle: pick(g, HANDLES) };
    nodes.push(node);
  }
  outcomeIds.forEach((id, k) => {
    const node: Doc = { id, kind: 'outcome', label: `Outcome ${k}`, result: k === 0 ? 'success' : pick(g, ['failure', 'churn', 'abandoned', 'neutral']) };
    if (stages > 0 && chance(g, 0.5)) node.stage = `s${g(fc.integer, { min: 0, max: stages - 1 })}`;
    if (chance(g, 0.5)) node.value = pick(g, [100, 40, 0]);
    if (chance(g, 0.3)) node.emotion = pick(g, EMOTIONS);
    nodes.push(node);
  });

  const later = (i: number): string[] => [...ids.slice(i + 1), ...outcomeIds];
  const anyTarget = [...ids, ...outcomeIds];
  // Ways out of each node. The spine (an edge from some earlier node to every node and outcome) keeps all reachable.
  const spineParent = ids.map((_, j) => (j === 0 ? -1 : g(fc.integer, { min: 0, max: j - 1 })));
  const outcomeParent = outcomeIds.map(() => g(fc.integer, { min: 0, max: count - 1 }));
  for (let i = 0; i < count; i++) {
    const kind = String(nodes[i]!.kind);
    const children = [...ids.filter((_, j) => spineParent[j] === i), ...outcomeIds.filter((_, k) => outcomeParent[k] === i)];
    if (i === count - 1 && children.length === 0) children.push(pick(g, outcomeIds));
    if (prescribesEdges(kind)) {
      // The kind's own edges (rules, variants), towards later nodes only: rules never loop.
      const targets = children.length > 0 ? children : [pick(g, later(i))];
      while (targets.length < 2 && chance(g, 0.7)) targets.push(pick(g, later(i)));
      const prescribed = prescribedEdges(kind, targets, () => pick(g, GUARDS))!;
      Object.assign(nodes[i]!, prescribed.fields);
      for (const e of prescribed.edges) {
        const acts = actions(g, teams);
        edge({ from: ids[i], ...e, ...(acts.length > 0 ? { actions: acts } : {}) });
      }
      continue;
    }
    const usedEvents = new Set<string>();
    for (const to of children) {
      const style = usedEvents.size >= 2 ? g(fc.integer, { min: 0, max: 1 }) : g(fc.integer, { min: 0, max: 2 });
      if (style === 0) {
        const e: Doc = { from: ids[i], to, always: true };
        if (chance(g, 0.3)) e.guard = pick(g, GUARDS);
        edge(e);
      } else if (style === 1) edge({ from: ids[i], to, after: pick(g, TIMERS) });
      else {
        const ev = pick(g, EVENTS.filter((x) => !usedEvents.has(x)));
        usedEvents.add(ev);
        const e: Doc = { from: ids[i], to, event: ev, sim: sim(g, segments) };
        const acts = actions(g, teams);
        if (acts.length > 0) e.actions = acts;
        if (chance(g, 0.3)) e.guard = pick(g, GUARDS);
        edge(e);
        if (chance(g, 0.25)) edge({ from: ids[i], to: pick(g, anyTarget), event: ev });
      }
    }
    // Extra ways out: an event (loops allowed) and timers.
    if (usedEvents.size < 2 && chance(g, 0.5)) {
      const ev = pick(g, EVENTS.filter((x) => !usedEvents.has(x)));
      usedEvents.add(ev);
      edge({ from: ids[i], to: pick(g, anyTarget), event: ev, sim: sim(g, segments), ...(chance(g, 0.2) ? { guard: pick(g, GUARDS) } : {}) });
    }
    if (chance(g, 0.4) || (hasTrait(kind, 'needs-timer') && !edges.some((e) => e.from === ids[i] && e.after !== undefined))) {
      edge({ from: ids[i], to: pick(g, anyTarget), after: pick(g, TIMERS), ...(chance(g, 0.2) ? { guard: pick(g, GUARDS) } : {}) });
    }
    if (chance(g, 0.15)) edge({ from: ids[i], to: ids[i], after: pick(g, TIMERS), guard: 'journey.n < 2.0', actions: [{ type: 'assign', var: 'n', expr: 'journey.n + 1.0' }] });
    if (!edges.some((e) => e.from === ids[i])) edge({ from: ids[i], to: pick(g, outcomeIds), after: pick(g, TIMERS) });
  }
  // Stage-level events and timers (never rules: a stage rule could loop without end).
  for (let s = 0; s < stages; s++) {
    if (chance(g, 0.35)) edge({ from: `s${s}`, to: pick(g, anyTarget), event: 'STOP', sim: { p: 0.1, delay: pick(g, DELAYS) } });
    if (chance(g, 0.35)) edge({ from: `s${s}`, to: pick(g, anyTarget), after: pick(g, ['2d', '5d']) });
  }

  const journey = journeySchema.parse(repairGoals({
    format: 'journey/1',
    id: 'generated',
    name: 'Generated journey',
    customer: { score: 'number', vip: 'bool' },
    vars: { n: 0 },
    stages: Array.from({ length: stages }, (_, s) => ({ id: `s${s}`, name: `Stage ${s}` })),
    teams: Array.from({ length: teams }, (_, t) => team(g, t)),
    start: 'n0',
    nodes,
    edges,
  }, (doc) => journeySchema.parse(doc), 'o0'));
  const weights = Array.from({ length: segmentCount }, () => g(fc.integer, { min: 1, max: 5 }));
  const total = weights.reduce((a, b) => a + b, 0);
  const cohort = cohortSchema.parse({
    format: 'cohort/1',
    id: 'generated-cohort',
    name: 'Generated cohort',
    segments: weights.map((w, k) => {
      const segment: Doc = {
        id: SEGMENTS[k],
        name: `Segment ${k}`,
        share: k === segmentCount - 1 ? Number((1 - weights.slice(0, -1).reduce((a, b) => a + b / total, 0)).toFixed(6)) : Number((w / total).toFixed(6)),
        attributes: { score: pick(g, [{ dist: 'uniform', min: 0, max: 1 }, { dist: 'normal', mean: 0.5, sd: 0.2 }, 0.6]), vip: { dist: 'bernoulli', p: pick(g, [0.2, 0.5]) } },
      };
      if (chance(g, 0.6)) segment.patience = pick(g, ['30m', { dist: 'exponential', mean: '1h' }, '2h']);
      return segment;
    }),
    ...(chance(g, 0.6) ? { arrivals: arrivals(g) } : {}),
  });
  return { journey, cohort };
}

/** A valid journey and a cohort that fits it. */
export const arbitraryJourney: fc.Arbitrary<JourneyWithCohort> = fc.gen().map(build);
