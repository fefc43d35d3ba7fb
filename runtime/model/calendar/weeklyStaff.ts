// A team's staff on duty through the week, from its schedule (DESIGN §2): entries that overlap add
// up, outside every entry nobody is on duty; a team without a schedule has `staff` at all times.
import type { ScheduleEntry } from '../journey';
import { clockMinutes, parseDays } from './scheduleEntry';
import { MINUTES_PER_WEEK, MS_PER_MINUTE, MS_PER_WEEK } from './weekCalendar';

export interface WeeklyStaff {
  /** Staff on duty in each minute of the week, Monday 00:00 first (10,080 entries). */
  readonly byMinute: Int32Array;
  /** Minutes of the week at which the staff on duty changes, ascending (empty: constant). */
  readonly changes: readonly number[];
  /** Staff-milliseconds on duty in one whole week. */
  readonly weekStaffMs: number;
}

/**
 * The staff on duty by minute of the week. Entries that do not parse (the linter reports them) are
 * left out.
 */
export function weeklyStaff(team: { staff: number; schedule?: readonly ScheduleEntry[] | undefined }): WeeklyStaff {
  const byMinute = new Int32Array(MINUTES_PER_WEEK);
  if (!team.schedule) byMinute.fill(team.staff);
  else {
    for (const entry of team.schedule) {
      const parsed = parseDays(entry.days);
      const from = clockMinutes(entry.from);
      const to = clockMinutes(entry.to);
      if (!('days' in parsed) || from === undefined || to === undefined || from >= to) continue;
      const staff = Number.isFinite(entry.staff) ? Math.max(0, Math.floor(entry.staff)) : 0;
      for (const d of parsed.days) for (let m = d * 1440 + from; m < d * 1440 + to; m++) byMinute[m] = byMinute[m]! + staff;
    }
  }
  const changes: number[] = [];
  let total = 0;
  for (let m = 0; m < MINUTES_PER_WEEK; m++) {
    total += byMinute[m]!;
    if (byMinute[m] !== byMinute[(m + MINUTES_PER_WEEK - 1) % MINUTES_PER_WEEK]) changes.push(m);
  }
  return { byMinute, changes, weekStaffMs: total * MS_PER_MINUTE };
}

/** Staff on duty at simulated time `t` (ms). */
export function staffAt(w: WeeklyStaff, t: number): number {
  const m = Math.floor(t / MS_PER_MINUTE) % MINUTES_PER_WEEK;
  return w.byMinute[m < 0 ? m + MINUTES_PER_WEEK : m]!;
}

/** The first time after `t` at which the staff on duty changes; Infinity when it never does. */
export function nextStaffChange(w: WeeklyStaff, t: number): number {
  if (w.changes.length === 0) return Number.POSITIVE_INFINITY;
  const week = Math.floor(t / MS_PER_WEEK);
  const inWeekMinute = (t - week * MS_PER_WEEK) / MS_PER_MINUTE;
  for (const c of w.changes) if (c > inWeekMinute) return week * MS_PER_WEEK + c * MS_PER_MINUTE;
  return (week + 1) * MS_PER_WEEK + w.changes[0]! * MS_PER_MINUTE;
}

/**
 * Staff-milliseconds on duty in [from, to), added into `byHour` by hour of the week (168 buckets)
 * when given. Whole weeks are folded: the cost does not grow with the length of the interval.
 */
export function onDutyMs(w: WeeklyStaff, from: number, to: number, byHour?: Float64Array): number {
  if (!(to > from)) return 0;
  let total = 0;
  const weeks = Math.floor((to - from) / MS_PER_WEEK);
  if (weeks > 0) {
    total += weeks * w.weekStaffMs;
    if (byHour) for (let m = 0; m < MINUTES_PER_WEEK; m++) byHour[Math.floor(m / 60)] = byHour[Math.floor(m / 60)]! + weeks * w.byMinute[m]! * MS_PER_MINUTE;
    from += weeks * MS_PER_WEEK;
  }
  // The rest, minute by minute (at most one week of minutes), the first and last partially.
  let t = from;
  while (t < to) {
    const minuteStart = Math.floor(t / MS_PER_MINUTE) * MS_PER_MINUTE;
    const end = Math.min(to, minuteStart + MS_PER_MINUTE);
    const staff = staffAt(w, t);
    if (staff > 0) {
      const ms = staff * (end - t);
      total += ms;
      if (byHour) {
        const h = Math.floor((((minuteStart / MS_PER_MINUTE) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK / 60);
        byHour[h] = byHour[h]! + ms;
      }
    }
    t = end;
  }
  return total;
}
