// What the staffing search sets ("knobs"): the `staff` of a team without a schedule (≥ 1); for a
// team with a schedule, the `staff` of each of its entries (≥ 1; the team's own `staff` field stays
// as it is; an entry that does not parse is no knob and keeps its staff). Teams without a target
// keep their staffing. A staffing vector holds one staff level per knob, in document order.
import type { Journey, ScheduleEntry, Team } from '../../model/journey';
import { dayLabel } from '../../model/calendar/describeSchedule';
import { clockMinutes, parseDays } from '../../model/calendar/scheduleEntry';
import { HOURS_PER_WEEK } from '../../model/calendar/weekCalendar';
import { entryHours, hasTarget, targetOf, type Target } from './judgeTargets';

/** One value the search sets: a team's `staff` (entry −1), or the `staff` of one of its schedule entries. */
export interface Knob {
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

/** A team with a target: its index in the journey's teams and its knobs (indices into the knobs). */
export interface TeamPlan {
  index: number;
  team: Team;
  target: Target;
  knobs: number[];
}

/** "Mon–Fri 09:00–17:00". */
export function entryLabel(entry: ScheduleEntry): string {
  return `${dayLabel(entry.days)} ${entry.from}–${entry.to}`;
}

/** Hours a week an entry is on duty (one staff member). */
function entryWeekHours(entry: ScheduleEntry): number {
  const days = parseDays(entry.days);
  const from = clockMinutes(entry.from)!;
  const to = clockMinutes(entry.to)!;
  return 'days' in days ? (days.days.length * (to - from)) / 60 : 0;
}

/** The knobs of every team with a target, in document order (a team's staff, or each entry of its schedule). */
export function staffingLevels(journey: Journey): { plans: TeamPlan[]; knobs: Knob[] } {
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

/** The staff levels a journey sets for the knobs (the document's own, unclamped). */
export function levelsOf(journey: Journey, knobs: readonly Knob[]): number[] {
  const teams = journey.teams ?? [];
  return knobs.map((k) => (k.entry < 0 ? teams[k.team]!.staff : teams[k.team]!.schedule![k.entry]!.staff));
}

/** The journey with the knobs set to `vector`; everything else is the same objects. */
export function journeyWith(journey: Journey, knobs: readonly Knob[], vector: readonly number[]): Journey {
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
