// The one line `simulate`, `compare` and `staff` print on a terminal before running: how many
// customers, when they come (the arrival rate per day and the busiest hours), and the horizon.
// "simulate: 8,000 customers over 28d ≈ 286 a day (Mon–Fri peak 10:00–11:00), horizon 365d".
import type { Cohort } from '../../model/cohort';
import { dayLabel } from '../../model/calendar/describeSchedule';
import { formatClock } from '../../model/calendar/scheduleEntry';
import { DAY_NAMES, MS_PER_DAY, type DayName } from '../../model/calendar/weekCalendar';
import { durationMs, formatDuration } from '../../model/duration';

/** 8,000 */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

/** A span as days when it is whole days ("28d", "365d"), else its shortest exact form ("36h", "90m"). */
export function formatSpan(ms: number): string {
  return ms > 0 && ms % MS_PER_DAY === 0 ? `${ms / MS_PER_DAY}d` : formatDuration(ms);
}

function formatRate(perDay: number): string {
  if (perDay >= 10) return formatCount(Math.round(perDay));
  return String(Number(perDay.toPrecision(2)));
}

/** Runs of equal consecutive hours of the day, as "10:00–11:00". */
function hourRuns(hours: readonly number[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < hours.length; ) {
    let j = i + 1;
    while (j < hours.length && hours[j] === hours[j - 1]! + 1) j++;
    runs.push(`${formatClock(hours[i]! * 60)}–${formatClock((hours[j - 1]! + 1) * 60)}`);
    i = j;
  }
  return runs;
}

/** "(Mon–Fri peak 10:00–11:00)", "(peak 10:00–11:00)", "(peak on Fri)", or '' for a flat profile. */
export function peakText(arrivals: Cohort['arrivals'], overMs: number): string {
  const weekly = arrivals?.weekly ?? new Array<number>(7).fill(1);
  const daily = arrivals?.daily ?? new Array<number>(24).fill(1);
  const daysInRange = overMs >= 7 * MS_PER_DAY ? [0, 1, 2, 3, 4, 5, 6] : Array.from({ length: Math.ceil(overMs / MS_PER_DAY) }, (_, d) => d);
  const maxW = Math.max(...daysInRange.map((d) => weekly[d] ?? 0));
  const peakDays = daysInRange.filter((d) => weekly[d] === maxW);
  const maxD = Math.max(...daily);
  const peakHours = daily.flatMap((v, h) => (v === maxD ? [h] : []));
  const days = peakDays.length < daysInRange.length ? dayLabel(peakDays.map((d) => DAY_NAMES[d]!) as DayName[]) : '';
  const runs = peakHours.length < 24 ? hourRuns(peakHours) : [];
  const hours = runs.length > 2 ? `${runs.slice(0, 2).join(', ')}, …` : runs.join(', ');
  if (days && hours) return ` (${days} peak ${hours})`;
  if (hours) return ` (peak ${hours})`;
  if (days) return ` (peak on ${days})`;
  return '';
}

/** The summary line (no newline) of a run of `customers` with this cohort, `--over` and horizon. */
export function runSummary(command: string, customers: number, cohort: Cohort, run: { overMs?: number; horizonMs: number }): string {
  const over = run.overMs ?? (cohort.arrivals ? durationMs(cohort.arrivals.over) ?? 0 : 0);
  const horizon = `horizon ${formatSpan(run.horizonMs)}`;
  const who = `${formatCount(customers)} customer${customers === 1 ? '' : 's'}`;
  if (!(over > 0)) return `${command}: ${who} all at t = 0, ${horizon}`;
  const perDay = (customers * MS_PER_DAY) / over;
  return `${command}: ${who} over ${formatSpan(over)} ≈ ${formatRate(perDay)} a day${peakText(cohort.arrivals, over)}, ${horizon}`;
}
