// The state the phases of the staffing search share (the staffing vector it stands at, the knobs
// given up, the trial runs), and the targets judged per knob and for the whole search.
import { meets, tallyOf } from './judgeTargets';
import type { Knob, TeamPlan } from './staffingLevels';
import type { Teams, TrialRuns } from './trialRuns';

export interface StaffingSearch {
  readonly plans: readonly TeamPlan[];
  readonly knobs: readonly Knob[];
  /** The most staff tried per knob. */
  readonly maxStaff: number;
  readonly runs: TrialRuns;
  /** The staffing vector the search stands at; always one that was simulated. */
  readonly current: number[];
  /** Knobs whose own target not even maxStaff meets: they keep their staff, and their team is not met. */
  readonly givenUp: Set<number>;
}

export const teamOf = (plan: TeamPlan, teams: Teams) => teams[plan.team.id]!;

/** The team's target holds over all the customers offered to it. */
export const overallOk = (plan: TeamPlan, teams: Teams) => meets(tallyOf(teamOf(plan, teams)), plan.target);

const planOfKnob = (search: StaffingSearch, k: number) => search.plans.find((p) => p.knobs.includes(k))!;

/** A knob's own target: its team's (no schedule), or its entry's customers'. */
export function knobOk(search: StaffingSearch, k: number, teams: Teams): boolean {
  const plan = planOfKnob(search, k);
  const knob = search.knobs[k]!;
  return knob.entry < 0 ? overallOk(plan, teams) : meets(tallyOf(teamOf(plan, teams), knob.hours), plan.target);
}

/** Every target the search still pursues holds (given-up knobs, and the overall figure of their teams, aside). */
export function allOk(search: StaffingSearch, teams: Teams): boolean {
  const { plans, givenUp } = search;
  return plans.every((plan) => {
    if (!plan.knobs.every((k) => givenUp.has(k) || knobOk(search, k, teams))) return false;
    return plan.knobs.length === 0 || plan.knobs.some((k) => givenUp.has(k)) || overallOk(plan, teams);
  });
}

/** The team's target is met: overall and, with a schedule, for each entry's customers (given up or not). */
export function teamMet(plan: TeamPlan, knobs: readonly Knob[], teams: Teams): boolean {
  const stats = teamOf(plan, teams);
  const entriesOk = plan.knobs.every((k) => knobs[k]!.entry < 0 || meets(tallyOf(stats, knobs[k]!.hours), plan.target));
  return overallOk(plan, teams) && entriesOk;
}

/** The current staffing with knob k at v. */
export const withKnob = (search: StaffingSearch, k: number, v: number) => search.current.map((x, i) => (i === k ? v : x));

/** The progress note of a try: "advisors Mon–Fri 09:00–17:00: trying 6 staff". */
export const tryingNote = (search: StaffingSearch, k: number, v: number) => `${search.knobs[k]!.label}: trying ${v} staff`;

/** The teams' figures with the current staffing. */
export const currentTeams = (search: StaffingSearch) => search.runs.run(search.current, 'the current staffing');
