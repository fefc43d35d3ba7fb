// Staffing suggestions (DESIGN §6 `staff`): the fewest staff for each team with a target
// (`serviceLevel` and/or `maxAbandon`) that meets it, found by simulating the same customers (same
// seed, so every trial run sees the same customers: common random numbers) with other staff levels.
// Pure and synchronous, with no Node and no DOM API: it runs in a Web Worker as in the CLI.
//
// What is searched ("knobs"): the `staff` of a team without a schedule (≥ 1); for a team with a
// schedule, the `staff` of each of its entries (≥ 1; the team's own `staff` field stays as it is).
// Teams without a target keep their staffing.
//
// When a target holds:
// - A team without a schedule: over all the customers offered to it in the run.
// - A team with a schedule: overall, AND for the customers offered during each entry's hours (the
//   hours of the week it covers; an hour it covers only partly counts whole; hours covered by
//   overlapping entries count for each of them). Customers are counted by the hour they were
//   offered (TeamStats.byHourOfWeek). Customers offered while nobody is on duty count only in the
//   overall figure: they wait for the next shift, which is the entry raised when the team misses
//   overall while each entry holds. An entry whose hours saw nobody offered holds trivially; so does
//   a team nobody was offered to.
// - The service level holds when served-within-target ≥ answer × offered; the abandonment when
//   abandoned ≤ maxAbandon × offered (exact counts, not the rounded shares).
//
// The search, assuming that more staff never hurts (monotonicity), verified at the end:
// 1. Raise: every failing knob is raised alone, the others fixed, to the fewest staff at which its
//    own target holds: an exponential search upwards (+1, +2, +4, … up to maxStaff) then bisection.
//    The failing entries of a team go in order of customers missing the target (the source of a
//    backlog first). A scheduled team that fails overall while each entry holds raises the entry
//    that serves the most customers missing the target (its hours and the unstaffed hours before
//    it), until the team holds overall. A knob that still fails at maxStaff is given up: it keeps
//    the staff it had, and its team is not met.
// 2. Lower: each knob in turn is lowered (−1, −2, −4, … then bisection) as far as every target still
//    holds (teams interact: a customer may pass several teams).
// 3. Exchange, within one schedule: one staff fewer on an entry for a few more on another, when all
//    targets still hold and the team's staff-hours a week go down (a base shift and a peak shift
//    that overlap: which one carries the load is a matter of cost, which coordinate steps miss).
// 4. Repeat until a round changes nothing (at most MAX_ROUNDS rounds and a budget of simulations).
// Every staffing vector is simulated once (a cache); `met` and the "after" figures are those of the
// final vector's own simulation, so what is reported is what was simulated.
import type { Cohort } from '../../model/cohort';
import type { Journey, ScheduleEntry, Team } from '../../model/journey';
import { dayLabel } from '../../model/calendar/describeSchedule';
import { clockMinutes, parseDays } from '../../model/calendar/scheduleEntry';
import { HOURS_PER_WEEK } from '../../model/calendar/weekCalendar';
import { durationMs } from '../../model/duration';
import type { Engine, TeamStats } from '../result/simulationResult';
import { simulate } from '../simulate';
import { SimulationCancelled, SimulationError } from '../simulationError';

export interface StaffingOptions {
  /** N customers of each trial run (the same customers in all of them). */
  customers: number;
  seed?: number;
  /** Default `fast`. */
  engine?: Engine;
  horizonMs?: number;
  /** Overrides the cohort's `arrivals.over`. */
  overMs?: number;
  /** The most staff tried per team (or schedule entry). Default 1000. */
  maxStaff?: number;
  /** Before each simulation: simulations done, an upper estimate of the total, and what is tried ("advisors: trying 6 staff"). */
  onProgress?: (done: number, total: number, note: string) => void;
  /** True stops the search with SimulationCancelled (checked between and during simulations). */
  shouldCancel?: () => boolean;
}

export interface StaffingFigures {
  /** The team's `staff` field (a scheduled team's stays as it is). */
  staff: number;
  /** The schedule with these staff levels (scheduled teams only). */
  schedule?: ScheduleEntry[];
  /** Served within the target time / offered; null without a service-level target (or nobody offered). */
  serviceLevel: number | null;
  abandonRate: number;
  utilization: number;
  /** Paid staff time: cost + idleCost. */
  cost: number;
  onDutyHours: number;
}

export interface TeamStaffing {
  team: string;
  name: string;
  target: { serviceLevel: number | null; withinMs: number | null; maxAbandon: number | null };
  before: StaffingFigures;
  after: StaffingFigures;
  /** The target holds with the suggested staffing (overall and, with a schedule, for each entry's customers). */
  met: boolean;
  /** The suggested staffing differs from the journey's. */
  changed: boolean;
}

export interface StaffingResult {
  /** Only the teams with a target, in document order. */
  teams: TeamStaffing[];
  /** Every team's target is met. */
  met: boolean;
  /** The journey with the suggested staff. */
  journey: Journey;
  /** Simulations run (distinct staffing vectors). */
  simulations: number;
}

export const DEFAULT_MAX_STAFF = 1000;
const MAX_ROUNDS = 8;

interface Target {
  answer: number | null;
  withinMs: number | null;
  maxAbandon: number | null;
}

/** One value the search sets: a team's `staff` (entry −1), or the `staff` of one of its schedule entries. */
interface Knob {
  team: number;
  entry: number;
  /** "advisors", or "advisors Mon–Fri 09:00–17:00". */
  label: string;
  /** Entries: the hours of the week whose offered customers judge the entry (those it covers). */
  hours: readonly number[];
  /** Entries: those and the uncovered hours before it starts (whose customers it finds waiting). */
  serving: readonly number[];
  /** Hours on duty a week of one staff member more on this knob (168 for a team without a schedule). */
  weekHours: number;
}

interface TeamPlan {
  index: number;
  team: Team;
  target: Target;
  knobs: number[];
}

interface Tally {
  offered: number;
  within: number;
  abandoned: number;
}

type Teams = Record<string, TeamStats>;

/** "Mon–Fri 09:00–17:00". */
export function entryLabel(entry: ScheduleEntry): string {
  return `${dayLabel(entry.days)} ${entry.from}–${entry.to}`;
}

function targetOf(team: Team): Target {
  const sl = team.serviceLevel;
  const withinMs = sl ? durationMs(sl.within) ?? null : null;
  return {
    answer: sl && withinMs !== null ? sl.answer : null,
    withinMs,
    maxAbandon: team.maxAbandon ?? null,
  };
}

const hasTarget = (t: Target) => t.answer !== null || t.maxAbandon !== null;

/** Hours of the week (0…167) each parsable entry covers, at least partly; undefined for an entry that does not parse. */
function coveredHours(entry: ScheduleEntry): number[] | undefined {
  const days = parseDays(entry.days);
  const from = clockMinutes(entry.from);
  const to = clockMinutes(entry.to);
  if (!('days' in days) || from === undefined || to === undefined || from >= to) return undefined;
  const hours: number[] = [];
  for (const d of days.days) for (let h = Math.floor(from / 60); h < Math.ceil(to / 60); h++) hours.push(d * 24 + h);
  return hours;
}

/**
 * The hours of the week (0 = Monday 00:00–01:00 … 167) of each entry of a schedule: `own`, those it
 * covers, at least partly (its customers judge it); `serving`, those plus the hours nobody covers
 * that come before it starts (the customers it will find waiting: who is to blame when the team
 * misses its target overall). Undefined for an entry that does not parse.
 */
export function entryHours(schedule: readonly ScheduleEntry[]): ({ own: number[]; serving: number[] } | undefined)[] {
  const own = schedule.map(coveredHours);
  const coveredBy: number[][] = Array.from({ length: HOURS_PER_WEEK }, () => []);
  own.forEach((hours, j) => hours?.forEach((h) => coveredBy[h]!.push(j)));
  const serving = own.map((hours) => (hours ? new Set(hours) : undefined));
  if (coveredBy.some((c) => c.length > 0)) {
    for (let h = 0; h < HOURS_PER_WEEK; h++) {
      if (coveredBy[h]!.length > 0) continue;
      let next = (h + 1) % HOURS_PER_WEEK;
      while (coveredBy[next]!.length === 0) next = (next + 1) % HOURS_PER_WEEK;
      for (const j of coveredBy[next]!) serving[j]!.add(h);
    }
  }
  return own.map((hours, j) => (hours ? { own: [...new Set(hours)].sort((a, b) => a - b), serving: [...serving[j]!].sort((a, b) => a - b) } : undefined));
}

/** Hours a week an entry is on duty (one staff member). */
function entryWeekHours(entry: ScheduleEntry): number {
  const days = parseDays(entry.days);
  const from = clockMinutes(entry.from)!;
  const to = clockMinutes(entry.to)!;
  return 'days' in days ? (days.days.length * (to - from)) / 60 : 0;
}

function tallyOf(stats: TeamStats, hours?: readonly number[]): Tally {
  const by = stats.byHourOfWeek;
  if (!hours) return { offered: stats.offered, abandoned: stats.abandoned, within: by.withinTarget.reduce((a, b) => a + b, 0) };
  const t: Tally = { offered: 0, within: 0, abandoned: 0 };
  for (const h of hours) {
    t.offered += by.offered[h]!;
    t.within += by.withinTarget[h]!;
    t.abandoned += by.abandoned[h]!;
  }
  return t;
}

/** Does the target hold for these customers (exact counts, a hair of tolerance for the float products)? */
function meets(t: Tally, target: Target): boolean {
  if (t.offered === 0) return true;
  const slack = 1e-9 * t.offered;
  if (target.answer !== null && t.within + slack < target.answer * t.offered) return false;
  if (target.maxAbandon !== null && t.abandoned - slack > target.maxAbandon * t.offered) return false;
  return true;
}

/** Customers who missed the target: not served in time (service level), gave up (abandonment). */
function misses(t: Tally, target: Target): number {
  return (target.answer !== null ? t.offered - t.within : 0) + (target.maxAbandon !== null ? t.abandoned : 0);
}

function figures(team: Team, stats: TeamStats | undefined): StaffingFigures {
  const f: StaffingFigures = {
    staff: team.staff,
    serviceLevel: stats?.serviceLevel ?? null,
    abandonRate: stats?.abandonRate ?? 0,
    utilization: stats?.utilization ?? 0,
    cost: Math.round(((stats?.cost ?? 0) + (stats?.idleCost ?? 0)) * 1e6) / 1e6,
    onDutyHours: stats?.onDutyHours ?? 0,
  };
  if (team.schedule) f.schedule = team.schedule.map((e) => ({ ...e }));
  return f;
}

/** The staff levels a journey sets for the knobs (the document's own, unclamped). */
function vectorOf(journey: Journey, knobs: readonly Knob[]): number[] {
  const teams = journey.teams ?? [];
  return knobs.map((k) => (k.entry < 0 ? teams[k.team]!.staff : teams[k.team]!.schedule![k.entry]!.staff));
}

/** The journey with the knobs set to `vector`; everything else is the same objects. */
function journeyWith(journey: Journey, knobs: readonly Knob[], vector: readonly number[]): Journey {
  const teams = [...(journey.teams ?? [])];
  knobs.forEach((k, i) => {
    const team = { ...teams[k.team]! };
    if (k.entry < 0) team.staff = vector[i]!;
    else {
      const schedule = [...team.schedule!];
      schedule[k.entry] = { ...schedule[k.entry]!, staff: vector[i]! };
      team.schedule = schedule;
    }
    teams[k.team] = team;
  });
  return { ...journey, teams };
}

/** The knobs of every team with a target, in document order (a team's staff, or each entry of its schedule). */
function planTeams(journey: Journey): { plans: TeamPlan[]; knobs: Knob[] } {
  const plans: TeamPlan[] = [];
  const knobs: Knob[] = [];
  (journey.teams ?? []).forEach((team, index) => {
    const target = targetOf(team);
    if (!hasTarget(target)) return;
    const plan: TeamPlan = { index, team, target, knobs: [] };
    if (!team.schedule) {
      plan.knobs.push(knobs.push({ team: index, entry: -1, label: team.id, hours: [], serving: [], weekHours: HOURS_PER_WEEK }) - 1);
    } else {
      const hours = entryHours(team.schedule);
      team.schedule.forEach((entry, j) => {
        const h = hours[j];
        if (h) plan.knobs.push(knobs.push({ team: index, entry: j, label: `${team.id} ${entryLabel(entry)}`, hours: h.own, serving: h.serving, weekHours: entryWeekHours(entry) }) - 1);
      });
    }
    plans.push(plan);
  });
  return { plans, knobs };
}

class BudgetSpent extends Error {}

/** The fewest staff meeting each team's target on these customers (see the header of this file). */
export function suggestStaffing(journey: Journey, cohort: Cohort, options: StaffingOptions): StaffingResult {
  const maxStaff = options.maxStaff ?? DEFAULT_MAX_STAFF;
  if (!(Number.isSafeInteger(maxStaff) && maxStaff >= 1)) throw new SimulationError(`the most staff to try must be a whole number ≥ 1, not ${maxStaff}`);
  const { plans, knobs } = planTeams(journey);
  if (plans.length === 0) {
    options.onProgress?.(0, 0, 'done');
    return { teams: [], met: true, journey, simulations: 0 };
  }
  const budget = 50 + 30 * knobs.length;
  const cache = new Map<string, Teams>();
  let simulations = 0;
  const runBase = {
    customers: options.customers,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    engine: options.engine ?? 'fast',
    ...(options.horizonMs !== undefined ? { horizonMs: options.horizonMs } : {}),
    ...(options.overMs !== undefined ? { overMs: options.overMs } : {}),
    ...(options.shouldCancel ? { shouldCancel: options.shouldCancel } : {}),
  };

  // Progress: simulations done / an estimate of the most still to come in the current phase.
  const progress = { phaseLeft: 0, searchLeft: 0 };
  const log2 = (n: number) => Math.max(1, Math.ceil(Math.log2(Math.max(2, n))));
  const searchSteps = () => 2 * log2(maxStaff);
  const report = (note: string) => {
    if (!options.onProgress) return;
    const total = Math.min(budget, Math.max(simulations + 1, simulations + progress.searchLeft + progress.phaseLeft + 1));
    options.onProgress(simulations, total, note);
  };

  const keyOf = (v: readonly number[]) => v.join(',');
  const evaluate = (vector: readonly number[], note: string, overBudget = false): Teams => {
    const key = keyOf(vector);
    const hit = cache.get(key);
    if (hit) return hit;
    if (options.shouldCancel?.()) throw new SimulationCancelled();
    if (simulations >= budget && !overBudget) throw new BudgetSpent();
    report(note);
    const result = simulate(journeyWith(journey, knobs, vector), cohort, runBase);
    simulations++;
    progress.searchLeft = Math.max(0, progress.searchLeft - 1);
    cache.set(key, result.teams);
    return result.teams;
  };

  const teamOf = (plan: TeamPlan, teams: Teams) => teams[plan.team.id]!;
  const overallOk = (plan: TeamPlan, teams: Teams) => meets(tallyOf(teamOf(plan, teams)), plan.target);
  const planOfKnob = (k: number) => plans.find((p) => p.knobs.includes(k))!;
  /** A knob's own target: its team's (no schedule), or its entry's customers'. */
  const knobOk = (k: number, teams: Teams) => {
    const plan = planOfKnob(k);
    const knob = knobs[k]!;
    return knob.entry < 0 ? overallOk(plan, teams) : meets(tallyOf(teamOf(plan, teams), knob.hours), plan.target);
  };
  const givenUp = new Set<number>();
  /** Every target the search still pursues holds (given-up knobs, and the overall figure of their teams, aside). */
  const allOk = (teams: Teams) =>
    plans.every((plan) => {
      if (!plan.knobs.every((k) => givenUp.has(k) || knobOk(k, teams))) return false;
      return plan.knobs.length === 0 || plan.knobs.some((k) => givenUp.has(k)) || overallOk(plan, teams);
    });

  const before = vectorOf(journey, knobs);
  const clamp = (v: number) => Math.min(maxStaff, Math.max(1, Math.floor(v)));
  const current = before.map(clamp);
  const note = (k: number, v: number) => `${knobs[k]!.label}: trying ${v} staff`;
  const withKnob = (k: number, v: number) => current.map((x, i) => (i === k ? v : x));

  /** The fewest staff ≥ current[k] at which `ok` holds, the others fixed; undefined when not even maxStaff does. */
  const searchUp = (k: number, ok: (teams: Teams) => boolean): number | undefined => {
    let lo = current[k]!;
    let hi: number | undefined;
    progress.searchLeft = searchSteps();
    for (let step = 1; hi === undefined; step *= 2) {
      if (lo >= maxStaff) return undefined;
      // Far from the start and still failing: first make sure maxStaff meets it at all (a target
      // no staffing meets is given up after a few runs, not after the whole climb).
      if (step === 16 && !ok(evaluate(withKnob(k, maxStaff), note(k, maxStaff)))) return undefined;
      const v = Math.min(maxStaff, current[k]! + step);
      if (ok(evaluate(withKnob(k, v), note(k, v)))) hi = v;
      else lo = v;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (ok(evaluate(withKnob(k, mid), note(k, mid)))) hi = mid;
      else lo = mid;
    }
    progress.searchLeft = 0;
    return hi;
  };

  /** The fewest staff ≤ current[k] (≥ 1) at which every target still holds, the others fixed. */
  const searchDown = (k: number): number => {
    const c = current[k]!;
    if (c <= 1) return c;
    progress.searchLeft = searchSteps();
    let hi = c;
    let lo = 0;
    for (let step = 1; lo === 0; step *= 2) {
      const v = Math.max(1, c - step);
      if (allOk(evaluate(withKnob(k, v), note(k, v)))) {
        hi = v;
        if (v === 1) break;
      } else lo = v;
    }
    while (lo > 0 && hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (allOk(evaluate(withKnob(k, mid), note(k, mid)))) hi = mid;
      else lo = mid;
    }
    progress.searchLeft = 0;
    return hi;
  };

  /** One pass of raising: true when some knob moved. */
  const raise = (): boolean => {
    let moved = false;
    for (let pass = 0; pass < knobs.length + plans.length + 1; pass++) {
      const teams = evaluate(current, 'the current staffing');
      const failing: { k: number; ok: (t: Teams) => boolean }[] = [];
      for (const plan of plans) {
        // Failing entries of one team: the most customers missing the target first. That is where
        // the trouble comes from: a backlog a busy shift leaves makes the next one fail too, and
        // raising the next one first would staff it for a backlog that is not to be. (Which of
        // two overlapping entries should carry the load is the exchange step's business.)
        const stats = teamOf(plan, teams);
        const missed = (k: number) => misses(tallyOf(stats, knobs[k]!.hours), plan.target);
        const own = plan.knobs.filter((k) => !givenUp.has(k) && !knobOk(k, teams)).sort((a, b) => missed(b) - missed(a));
        for (const k of own) failing.push({ k, ok: (t) => knobOk(k, t) });
        const scheduled = plan.team.schedule !== undefined;
        if (scheduled && plan.knobs.length > 0 && own.length === 0 && !plan.knobs.some((k) => givenUp.has(k)) && !overallOk(plan, teams)) {
          // Every entry holds for its own customers, yet the team does not overall (customers who
          // came while nobody was on duty, overlaps): raise the entry that serves the most of the
          // customers missing the target (its hours and the unstaffed ones before it) until the
          // team holds overall.
          const blame = (k: number) => misses(tallyOf(stats, knobs[k]!.serving), plan.target);
          const worst = plan.knobs.reduce((a, b) => (blame(b) > blame(a) ? b : a), plan.knobs[0]!);
          failing.push({ k: worst, ok: (t) => knobOk(worst, t) && overallOk(plan, t) });
        }
      }
      if (failing.length === 0) return moved;
      failing.forEach(({ k, ok }, i) => {
        progress.phaseLeft = (failing.length - i - 1) * searchSteps() + knobs.length;
        // An earlier raise may have fixed this one too (teams and entries interact).
        if (ok(evaluate(current, 'the current staffing'))) return;
        const v = searchUp(k, ok);
        if (v === undefined) givenUp.add(k);
        else if (v !== current[k]) {
          current[k] = v;
          moved = true;
        }
      });
    }
    return moved;
  };

  /** One pass of lowering: true when some knob moved. */
  const lower = (): boolean => {
    if (!allOk(evaluate(current, 'the current staffing'))) return false;
    let moved = false;
    knobs.forEach((_knob, k) => {
      if (givenUp.has(k)) return;
      progress.phaseLeft = knobs.length - k - 1;
      const v = searchDown(k);
      if (v !== current[k]) {
        current[k] = v;
        moved = true;
      }
    });
    return moved;
  };

  /**
   * One pass of exchanges between the entries of one schedule: one staff fewer on entry k for a few
   * more on entry j, when every target still holds and the staff-hours a week go down (overlapping
   * entries: a long shift one fewer, a short peak shift two more). True when some exchange was made.
   */
  const exchange = (): boolean => {
    if (!allOk(evaluate(current, 'the current staffing'))) return false;
    let moved = false;
    for (const plan of plans) {
      for (const k of plan.knobs) {
        if (givenUp.has(k) || current[k]! <= 1) continue;
        for (const j of plan.knobs) {
          if (j === k || givenUp.has(j)) continue;
          // d more on j must cost fewer staff-hours than the one taken off k.
          const dMax = Math.min(maxStaff - current[j]!, Math.ceil(knobs[k]!.weekHours / knobs[j]!.weekHours) - 1);
          if (!(dMax >= 1)) continue;
          const at = (d: number) => current.map((x, i) => (i === k ? x - 1 : i === j ? x + d : x));
          const tryNote = (d: number) => `${knobs[k]!.label}: trying ${current[k]! - 1} staff, ${knobs[j]!.label.slice(plan.team.id.length + 1)} ${current[j]! + d}`;
          if (!allOk(evaluate(at(dMax), tryNote(dMax)))) continue;
          let lo = 0;
          let hi = dMax;
          while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (allOk(evaluate(at(mid), tryNote(mid)))) hi = mid;
            else lo = mid;
          }
          current[k] = current[k]! - 1;
          current[j] = current[j]! + hi;
          moved = true;
          break;
        }
      }
    }
    return moved;
  };

  progress.phaseLeft = knobs.length * (searchSteps() + 1);
  const beforeTeams = evaluate(before, 'the journey as it is');
  if (knobs.length > 0) {
    try {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        progress.phaseLeft = knobs.length * 2;
        const raised = raise();
        const lowered = lower();
        const exchanged = exchange();
        if (!raised && !lowered && !exchanged) break;
      }
    } catch (err) {
      if (!(err instanceof BudgetSpent)) throw err;
    }
  }
  // `current` is always a simulated vector (every value it takes was tried with the others as they are).
  const afterTeams = evaluate(current, 'the suggested staffing', true);
  const staffed = journeyWith(journey, knobs, current);
  const teams: TeamStaffing[] = plans.map((plan) => {
    const stats = teamOf(plan, afterTeams);
    const entriesOk = plan.knobs.every((k) => knobs[k]!.entry < 0 || meets(tallyOf(stats, knobs[k]!.hours), plan.target));
    const after = staffed.teams![plan.index]!;
    return {
      team: plan.team.id,
      name: plan.team.name,
      target: { serviceLevel: plan.target.answer, withinMs: plan.target.withinMs, maxAbandon: plan.target.maxAbandon },
      before: figures(plan.team, beforeTeams[plan.team.id]),
      after: figures(after, stats),
      met: overallOk(plan, afterTeams) && entriesOk,
      changed: plan.knobs.some((k) => current[k] !== before[k]),
    };
  });
  options.onProgress?.(simulations, simulations, 'done');
  return { teams, met: teams.every((t) => t.met), journey: staffed, simulations };
}
