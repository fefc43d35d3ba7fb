// Lower, the second phase of a round of the staffing search, from a staffing where every target
// holds: each knob in turn (given-up knobs aside) is lowered alone, the others fixed (−1, −2, −4, …
// down to 1, then bisection), as far as every target still holds: teams interact, a customer may
// pass several teams, so fewer staff on one may make another fail.
import { allOk, currentTeams, tryingNote, withKnob, type StaffingSearch } from './staffingSearch';

/** The fewest staff ≤ current[k] (≥ 1) at which every target still holds, the others fixed. */
function searchDown(search: StaffingSearch, k: number): number {
  const { current, runs } = search;
  const tryAt = (v: number) => allOk(search, runs.run(withKnob(search, k, v), tryingNote(search, k, v)));
  const c = current[k]!;
  if (c <= 1) return c;
  runs.progress.searchLeft = runs.searchSteps();
  let hi = c;
  let lo = 0;
  for (let step = 1; lo === 0; step *= 2) {
    const v = Math.max(1, c - step);
    if (tryAt(v)) {
      hi = v;
      if (v === 1) break;
    } else lo = v;
  }
  while (lo > 0 && hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (tryAt(mid)) hi = mid;
    else lo = mid;
  }
  runs.progress.searchLeft = 0;
  return hi;
}

/** The lower phase: true when some knob moved. */
export function lowerPhase(search: StaffingSearch): boolean {
  const { knobs, current, givenUp, runs } = search;
  if (!allOk(search, currentTeams(search))) return false;
  let moved = false;
  knobs.forEach((_knob, k) => {
    if (givenUp.has(k)) return;
    runs.progress.phaseLeft = knobs.length - k - 1;
    const v = searchDown(search, k);
    if (v !== current[k]) {
      current[k] = v;
      moved = true;
    }
  });
  return moved;
}
