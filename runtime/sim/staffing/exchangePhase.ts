// Exchange, the third phase of a round of the staffing search, from a staffing where every target
// holds, within one schedule: one staff fewer on an entry for a few more on another, when every
// target still holds and the team's staff-hours a week go down (a base shift and a peak shift that
// overlap: which one carries the load is a matter of cost, which coordinate steps miss). The
// fewest more that hold are found by bisection, after a run with the most that still save hours.
import { allOk, currentTeams, type StaffingSearch } from './staffingSearch';

/** The exchange phase, one pass over the pairs of entries (k one fewer, j more) of each schedule: true when some exchange was made. */
export function exchangePhase(search: StaffingSearch): boolean {
  const { plans, knobs, current, givenUp, maxStaff, runs } = search;
  if (!allOk(search, currentTeams(search))) return false;
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
        const holds = (d: number) => allOk(search, runs.run(at(d), tryNote(d)));
        if (!holds(dMax)) continue;
        let lo = 0;
        let hi = dMax;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (holds(mid)) hi = mid;
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
}
