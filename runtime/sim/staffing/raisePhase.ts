// Raise, the first phase of a round of the staffing search: every failing knob is raised alone, the
// others fixed, to the fewest staff at which its own target holds: an exponential search upwards
// (+1, +2, +4, … up to maxStaff; after four steps that still fail, first a run at maxStaff, to see
// whether any staffing meets it) then bisection. The failing entries of a team go in order of
// customers missing the target (the source of a backlog first). A scheduled team that fails
// overall while each entry holds raises the entry that serves the most customers missing the
// target (its hours and the unstaffed hours before it), until the team holds overall. A knob that
// still fails at maxStaff is given up: it keeps the staff it had, and its team is not met. Passes
// repeat (a raise may make another knob fail) until nothing fails, at most knobs + teams + 1.
import { misses, tallyOf } from './judgeTargets';
import { currentTeams, knobOk, overallOk, teamOf, tryingNote, withKnob, type StaffingSearch } from './staffingSearch';
import type { Teams } from './trialRuns';

/** The fewest staff ≥ current[k] at which `ok` holds, the others fixed; undefined when not even maxStaff does. */
function searchUp(search: StaffingSearch, k: number, ok: (teams: Teams) => boolean): number | undefined {
  const { current, maxStaff, runs } = search;
  const tryAt = (v: number) => ok(runs.run(withKnob(search, k, v), tryingNote(search, k, v)));
  let lo = current[k]!;
  let hi: number | undefined;
  runs.progress.searchLeft = runs.searchSteps();
  for (let step = 1; hi === undefined; step *= 2) {
    if (lo >= maxStaff) return undefined;
    // Far from the start and still failing: first make sure maxStaff meets it at all (a target
    // no staffing meets is given up after a few runs, not after the whole climb).
    if (step === 16 && !tryAt(maxStaff)) return undefined;
    const v = Math.min(maxStaff, current[k]! + step);
    if (tryAt(v)) hi = v;
    else lo = v;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (tryAt(mid)) hi = mid;
    else lo = mid;
  }
  runs.progress.searchLeft = 0;
  return hi;
}

/** The knobs failing at `teams`, in the order to raise them, each with the target it is raised to meet. */
function failingKnobs(search: StaffingSearch, teams: Teams): { k: number; ok: (t: Teams) => boolean }[] {
  const { plans, knobs, givenUp } = search;
  const failing: { k: number; ok: (t: Teams) => boolean }[] = [];
  for (const plan of plans) {
    // Failing entries of one team: the most customers missing the target first. That is where
    // the trouble comes from: a backlog a busy shift leaves makes the next one fail too, and
    // raising the next one first would staff it for a backlog that is not to be. (Which of
    // two overlapping entries should carry the load is the exchange step's business.)
    const stats = teamOf(plan, teams);
    const missed = (k: number) => misses(tallyOf(stats, knobs[k]!.hours), plan.target);
    const own = plan.knobs.filter((k) => !givenUp.has(k) && !knobOk(search, k, teams)).sort((a, b) => missed(b) - missed(a));
    for (const k of own) failing.push({ k, ok: (t) => knobOk(search, k, t) });
    const scheduled = plan.team.schedule !== undefined;
    if (scheduled && plan.knobs.length > 0 && own.length === 0 && !plan.knobs.some((k) => givenUp.has(k)) && !overallOk(plan, teams)) {
      // Every entry holds for its own customers, yet the team does not overall (customers who
      // came while nobody was on duty, overlaps): raise the entry that serves the most of the
      // customers missing the target (its hours and the unstaffed ones before it) until the
      // team holds overall.
      const blame = (k: number) => misses(tallyOf(stats, knobs[k]!.serving), plan.target);
      const worst = plan.knobs.reduce((a, b) => (blame(b) > blame(a) ? b : a), plan.knobs[0]!);
      failing.push({ k: worst, ok: (t) => knobOk(search, worst, t) && overallOk(plan, t) });
    }
  }
  return failing;
}

/** The raise phase: true when some knob moved. */
export function raisePhase(search: StaffingSearch): boolean {
  const { plans, knobs, current, givenUp, runs } = search;
  let moved = false;
  for (let pass = 0; pass < knobs.length + plans.length + 1; pass++) {
    const failing = failingKnobs(search, currentTeams(search));
    if (failing.length === 0) return moved;
    failing.forEach(({ k, ok }, i) => {
      runs.progress.phaseLeft = (failing.length - i - 1) * runs.searchSteps() + knobs.length;
      // An earlier raise may have fixed this one too (teams and entries interact).
      if (ok(currentTeams(search))) return;
      const v = searchUp(search, k, ok);
      if (v === undefined) givenUp.add(k);
      else if (v !== current[k]) {
        current[k] = v;
        moved = true;
      }
    });
  }
  return moved;
}
