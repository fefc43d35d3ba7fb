// Applying a staffing proposal (runtime/sim/staffing) to the journey: one pure edit that replaces
// the headcounts of the proposed teams (their `staff`, and the `staff` of their schedule's
// entries) and nothing else: names, costs, targets, the shape of the schedules and the other teams
// stay as they are, so a proposal made from an older version of the journey cannot undo edits
// made since. The same journey when nothing changes (no empty undo step).
import type { Journey, ScheduleEntry, Team } from '../journey';
import { parseDays } from '../calendar/scheduleEntry';

/** What a proposal says of one team (a TeamStaffing of suggestStaffing fits). */
export interface TeamStaffingChange {
  team: string;
  after: { staff: number; schedule?: readonly ScheduleEntry[] | undefined };
}

/** The shift of an entry, whatever the spelling of its days ("mon-fri" = ["mon",…,"fri"]). */
function shiftKey(entry: ScheduleEntry): string {
  const days = parseDays(entry.days);
  return `${'days' in days ? days.days.join(',') : JSON.stringify(entry.days)}|${entry.from.trim()}|${entry.to.trim()}`;
}

const validStaff = (n: unknown, min: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min;

/**
 * The schedule with the proposal's staff on each of its shifts: the entry at the same position when
 * it is the same shift, else the first unused proposed entry of that shift. Shifts the proposal
 * does not have keep their staff; proposed shifts the schedule does not have are not added.
 */
function staffedSchedule(schedule: readonly ScheduleEntry[], proposed: readonly ScheduleEntry[]): ScheduleEntry[] | undefined {
  const used = new Set<number>();
  let changed = false;
  const next = schedule.map((entry, i) => {
    const key = shiftKey(entry);
    let match = i < proposed.length && !used.has(i) && shiftKey(proposed[i]!) === key ? i : -1;
    if (match < 0) match = proposed.findIndex((p, j) => !used.has(j) && shiftKey(p) === key);
    if (match < 0) return entry;
    used.add(match);
    const staff = proposed[match]!.staff;
    if (!validStaff(staff, 0) || staff === entry.staff) return entry;
    changed = true;
    return { ...entry, staff };
  });
  return changed ? next : undefined;
}

function staffedTeam(team: Team, change: TeamStaffingChange): Team {
  let next = team;
  if (validStaff(change.after.staff, 1) && change.after.staff !== team.staff) next = { ...next, staff: change.after.staff };
  if (team.schedule && change.after.schedule) {
    const schedule = staffedSchedule(team.schedule, change.after.schedule);
    if (schedule) next = { ...next, schedule };
  }
  return next;
}

/** The journey with the proposed staff of `teams` (unknown teams are ignored). */
export function applyStaffing(journey: Journey, teams: readonly TeamStaffingChange[]): Journey {
  if (!journey.teams || teams.length === 0) return journey;
  const byId = new Map(teams.map((t) => [t.team, t]));
  let changed = false;
  const next = journey.teams.map((team) => {
    const change = byId.get(team.id);
    if (!change) return team;
    const staffed = staffedTeam(team, change);
    if (staffed !== team) changed = true;
    return staffed;
  });
  return changed ? { ...journey, teams: next } : journey;
}
