// The simulated calendar (DESIGN §5.1): t = 0 is a Monday 00:00 in the journey's local time, with no
// time zones and no daylight saving, so a week is always 168 hours and every day 24.

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
export const MS_PER_WEEK = 7 * MS_PER_DAY;
export const HOURS_PER_WEEK = 168;
export const MINUTES_PER_WEEK = 10_080;

/** Days of the week, Monday first (the order of `weekly` profiles). */
export const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayName = (typeof DAY_NAMES)[number];

/** The hour of the week (0 = Monday 00:00–01:00 … 167 = Sunday 23:00–24:00) of a simulated time. */
export function hourOfWeek(t: number): number {
  const h = Math.floor(t / MS_PER_HOUR) % HOURS_PER_WEEK;
  return h < 0 ? h + HOURS_PER_WEEK : h;
}

/** "Mon 09:00": a simulated time as a day of its week and a clock time. */
export function formatWeekTime(t: number): string {
  const inWeek = ((t % MS_PER_WEEK) + MS_PER_WEEK) % MS_PER_WEEK;
  const day = Math.floor(inWeek / MS_PER_DAY);
  const minutes = Math.floor((inWeek % MS_PER_DAY) / MS_PER_MINUTE);
  const name = DAY_NAMES[day]!;
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Adds `weight` × the milliseconds of [from, to) that fall in each hour of the week into
 * `byHour[offset + hour]` (168 buckets). Whole weeks are folded, so the cost stays below one
 * week of hours however long the interval.
 */
export function addByHourOfWeek(byHour: Float64Array, offset: number, from: number, to: number, weight = 1): void {
  if (!(to > from)) return;
  const weeks = Math.floor((to - from) / MS_PER_WEEK);
  if (weeks > 0) {
    for (let h = 0; h < HOURS_PER_WEEK; h++) byHour[offset + h] = byHour[offset + h]! + weeks * MS_PER_HOUR * weight;
    from += weeks * MS_PER_WEEK;
  }
  let t = from;
  while (t < to) {
    const end = Math.min(to, (Math.floor(t / MS_PER_HOUR) + 1) * MS_PER_HOUR);
    const h = offset + hourOfWeek(t);
    byHour[h] = byHour[h]! + (end - t) * weight;
    t = end;
  }
}
