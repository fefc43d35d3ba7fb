// Staffing suggestions (DESIGN §6 `staff`): the fewest staff for each team with a target
// (`serviceLevel` and/or `maxAbandon`) that meets it, found by simulating the same customers (same
// seed, so every trial run sees the same customers: common random numbers) with other staff levels.
// Pure and synchronous, with no Node and no DOM API: it runs in a Web Worker as in the CLI.
//
// What is searched (the knobs: a team's staff, or each of its schedule entries'): staffingLevels.ts.
// When a target holds (overall, and per schedule entry for the customers offered in its hours):
// judgeTargets.ts. The trial runs (each staffing vector simulated once, progress, cancel):
// trialRuns.ts.
//
// The search, assuming that more staff never hurts (monotonicity), verified at the end:
// 1. Raise (raisePhase.ts): every failing knob is raised alone, the others fixed, to the fewest
//    staff at which its own target holds; a scheduled team failing overall while each entry holds
//    raises the entry serving the most customers who miss the target; a knob that still fails at
//    maxStaff is given up (it keeps its staff, and its team is not met).
// 2. Lower (lowerPhase.ts): each knob in turn is lowered as far as every target still holds (teams
//    interact: a customer may pass several teams).
// 3. Exchange (exchangePhase.ts), within one schedule: one staff fewer on an entry for a few more on
//    another, when all targets still hold and the team's staff-hours a week go down.
// 4. Repeat until a round changes nothing (at most MAX_ROUNDS rounds, and a budget of simulations,
//    50 + 30 per knob: when it is spent, the search stops where it stands).
// `met` and the "after" figures are those of the final vector's own simulation, so what is reported
// is what was simulated (staffingFigures.ts).
import type { Cohort } from '../../model/cohort';
import type { Journey } from '../../model/journey';
import { SimulationError } from '../simulationError';
import { exchangePhase } from './exchangePhase';
import { lowerPhase } from './lowerPhase';
import { raisePhase } from './raisePhase';
import { staffingFigures, type TeamStaffing } from './staffingFigures';
import { journeyWith, levelsOf, staffingLevels } from './staffingLevels';
import { teamMet, teamOf, type StaffingSearch } from './staffingSearch';
import { BudgetSpent, TrialRuns, type TrialRunOptions } from './trialRuns';

export type { StaffingFigures, TeamStaffing } from './staffingFigures';
export { entryHours } from './judgeTargets';
export { entryLabel } from './staffingLevels';

export interface StaffingOptions extends TrialRunOptions {
  /** The most staff tried per team (or schedule entry). Default 1000. */
  maxStaff?: number;
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

/** The fewest staff meeting each team's target on these customers (see the header of this file). */
export function suggestStaffing(journey: Journey, cohort: Cohort, options: StaffingOptions): StaffingResult {
  const maxStaff = options.maxStaff ?? DEFAULT_MAX_STAFF;
  if (!(Number.isSafeInteger(maxStaff) && maxStaff >= 1)) throw new SimulationError(`the most staff to try must be a whole number ≥ 1, not ${maxStaff}`);
  const { plans, knobs } = staffingLevels(journey);
  if (plans.length === 0) {
    options.onProgress?.(0, 0, 'done');
    return { teams: [], met: true, journey, simulations: 0 };
  }
  const runs = new TrialRuns(journey, cohort, knobs, options, 50 + 30 * knobs.length, maxStaff);
  const before = levelsOf(journey, knobs);
  const clamp = (v: number) => Math.min(maxStaff, Math.max(1, Math.floor(v)));
  const search: StaffingSearch = { plans, knobs, maxStaff, runs, current: before.map(clamp), givenUp: new Set() };

  runs.progress.phaseLeft = knobs.length * (runs.searchSteps() + 1);
  const beforeTeams = runs.run(before, 'the journey as it is');
  if (knobs.length > 0) {
    try {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        runs.progress.phaseLeft = knobs.length * 2;
        const raised = raisePhase(search);
        const lowered = lowerPhase(search);
        const exchanged = exchangePhase(search);
        if (!raised && !lowered && !exchanged) break;
      }
    } catch (err) {
      if (!(err instanceof BudgetSpent)) throw err;
    }
  }
  const { current } = search;
  // `current` is always a simulated vector (every value it takes was tried with the others as they are).
  const afterTeams = runs.run(current, 'the suggested staffing', true);
  const staffed = journeyWith(journey, knobs, current);
  const teams: TeamStaffing[] = plans.map((plan) => ({
    team: plan.team.id,
    name: plan.team.name,
    target: { serviceLevel: plan.target.answer, withinMs: plan.target.withinMs, maxAbandon: plan.target.maxAbandon },
    before: staffingFigures(plan.team, beforeTeams[plan.team.id]),
    after: staffingFigures(staffed.teams![plan.index]!, teamOf(plan, afterTeams)),
    met: teamMet(plan, knobs, afterTeams),
    changed: plan.knobs.some((k) => current[k] !== before[k]),
  }));
  options.onProgress?.(runs.simulations, runs.simulations, 'done');
  return { teams, met: teams.every((t) => t.met), journey: staffed, simulations: runs.simulations };
}
