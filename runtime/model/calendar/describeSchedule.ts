// What a team's staffing means in words (DESIGN §2): "Mon–Fri 09:00–17:00 · 4 staff; Sat 10:00–14:00 ·
// 1 staff; 164 staff-hours a week". Said from the staff actually on duty minute by minute, so
// overlapping entries read as their sum and the words never depend on how the entries were split.
import type { ScheduleEntry } from '../journey';
import { entriesOfGrid, MINUTES_PER_DAY } from './scheduleGrid';
import { clockMinutes, parseDays } from './scheduleEntry';
import { weeklyStaff } from './weeklyStaff';
import { DAY_NAMES, MS_PER_HOUR } from './weekCalendar';

export interface ScheduleDescription {
  /** One phrase per group of days: "Mon–Fri 09:00–12:00 · 4 staff, 12:00–14:00 · 5 staff". */
  parts: string[];
  /** Staff-hours on duty in one week. */
  staffHoursPerWeek: number;
  /** Entries left out because they do not parse (the linter says why). */
  leftOut: number;
  /** Everything in one line. */
  text: string;
}

const title = (d: number) => DAY_NAMES[d]![0]!.toUpperCase() + DAY_NAMES[d]!.slice(1);

/** "Mon–Fri", "Sat", "Mon, Thu", "Mon–Tue, Thu–Sun", "Every day": runs of days as ranges. */
export function dayLabel(days: ScheduleEntry['days']): string {
  const parsed = parseDays(days);
  if (!('days' in parsed)) return String(days);
  const list = parsed.days;
  if (list.length === 7) return 'Every day';
  const runs: number[][] = [];
  for (const d of list) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === d - 1) run.push(d);
    else runs.push([d]);
  }
  return runs.map((r) => (r.length === 1 ? title(r[0]!) : `${title(r[0]!)}–${title(r[r.length - 1]!)}`)).join(', ');
}

/** A number of hours with at most two decimals: 164, 37.5, 0.25. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

const staffWord = (n: number) => `${n} staff`;

/** The team's staffing through the week in words, with its staff-hours. */
export function describeSchedule(team: { staff: number; schedule?: readonly ScheduleEntry[] | undefined }): ScheduleDescription {
  const week = weeklyStaff(team);
  const staffHoursPerWeek = week.weekStaffMs / MS_PER_HOUR;
  const hours = `${formatHours(staffHoursPerWeek)} staff-hour${staffHoursPerWeek === 1 ? '' : 's'} a week`;
  if (!team.schedule) {
    const parts = [`Around the clock · ${staffWord(team.staff)}`];
    return { parts, staffHoursPerWeek, leftOut: 0, text: `${parts[0]}; ${hours}` };
  }
  const byMinute = Array.from({ length: 7 }, (_, d) => Array.from(week.byMinute.subarray(d * MINUTES_PER_DAY, (d + 1) * MINUTES_PER_DAY)));
  // Shifts of the same days read as one phrase: "Mon–Fri 09:00–12:00 · 4 staff, 12:00–14:00 · 5 staff".
  const byDays = new Map<string, string[]>();
  for (const entry of entriesOfGrid(byMinute)) {
    const days = dayLabel(entry.days);
    byDays.set(days, [...(byDays.get(days) ?? []), `${entry.from}–${entry.to} · ${staffWord(entry.staff)}`]);
  }
  const parts = [...byDays].map(([days, phrases]) => `${days} ${phrases.join(', ')}`);
  const leftOut = team.schedule.filter((e) => !parses(e)).length;
  const head = parts.length > 0 ? parts.join('; ') : 'Nobody on duty';
  const tail = leftOut > 0 ? `; ${leftOut} shift${leftOut === 1 ? '' : 's'} with problems left out` : '';
  return { parts, staffHoursPerWeek, leftOut, text: `${head}; ${hours}${tail}` };
}

/** Does weeklyStaff count this entry (known days, times of day, from before to)? */
function parses(e: ScheduleEntry): boolean {
  const from = clockMinutes(e.from);
  const to = clockMinutes(e.to);
  return 'days' in parseDays(e.days) && from !== undefined && to !== undefined && from < to;
}
