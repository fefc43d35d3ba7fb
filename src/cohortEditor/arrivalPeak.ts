import type { Arrivals } from '../../runtime/model/cohort';
import { durationMs } from '../../runtime/model/duration';
import { HOURS_PER_WEEK, MS_PER_HOUR } from '../../runtime/model/calendar/weekCalendar';
import { profileOf } from '../../runtime/model/ops';
import { humanDuration } from '../inspector/durationNote';

export const DAY_LABELS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
/** "2.4×": one decimal, whole numbers from 10 on. */
export const formatRatio = (ratio: number) => `${ratio >= 10 ? Math.round(ratio) : Number(ratio.toFixed(1))}×`;
const weightOf = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);

/** [a, b) when the hours are one run a, a+1, … b−1; else undefined. */
function runOf(hours: readonly number[]): [number, number] | undefined {
  return hours.every((h, i) => i === 0 || h === hours[i - 1]! + 1) ? [hours[0]!, hours[hours.length - 1]! + 1] : undefined;
}

function daysText(days: readonly number[]): string {
  if (days.length === 7) return 'every day';
  if (days.length > 2 && runOf(days)) return `${DAY_LABELS[days[0]!]}–${DAY_LABELS[days[days.length - 1]!]}`;
  return days.map((d) => DAY_LABELS[d]).join(', ');
}

/**
 * The busiest hours of the week in words: "Friday 10:00–11:00", "Monday–Friday 09:00–17:00",
 * "Saturday, all day"; hours that fit no such pattern are counted.
 */
function hoursText(peakHours: readonly number[]): string {
  const byDay = new Map<number, number[]>();
  for (const h of peakHours) byDay.set(Math.floor(h / 24), [...(byDay.get(Math.floor(h / 24)) ?? []), h % 24]);
  const days = [...byDay.keys()];
  const first = byDay.get(days[0]!)!;
  const sameHours = [...byDay.values()].every((hs) => hs.join() === first.join());
  const run = runOf(first);
  if (sameHours && run) return run[0] === 0 && run[1] === 24 ? `${daysText(days)}, all day` : `${daysText(days)} ${clock(run[0])}–${clock(run[1])}`;
  const start = first[0]!;
  const others = peakHours.length - 1;
  return `${DAY_LABELS[days[0]!]} ${clock(start)}–${clock(start + 1)} and ${others} other hour${others === 1 ? '' : 's'} as busy`;
}

/**
 * When the customers come, in one line: "Peak: Friday 10:00–11:00 (2.4× the average hour)". The
 * density of an hour is weekly[day] × daily[hour] (DESIGN §5); only the hours within [0, over) count
 * (t = 0 is a Monday 00:00), each as often as it recurs there.
 */
export function describeArrivalPeak(arrivals: Arrivals | undefined): string {
  if (!arrivals) return 'Every customer enters at t = 0 (Monday 00:00).';
  const over = durationMs(arrivals.over);
  if (over === undefined || over <= 0) return '';
  const weekly = profileOf(arrivals, 'weekly').map(weightOf);
  const daily = profileOf(arrivals, 'daily').map(weightOf);
  const hours = Math.ceil(over / MS_PER_HOUR);
  const weeks = Math.floor(hours / HOURS_PER_WEEK);
  const partial = hours % HOURS_PER_WEEK;
  let mass = 0;
  let count = 0;
  let peak = 0;
  const density: number[] = [];
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const times = weeks + (h < partial ? 1 : 0);
    density[h] = times > 0 ? weekly[Math.floor(h / 24)]! * daily[h % 24]! : -1;
    if (times === 0) continue;
    mass += density[h]! * times;
    count += times;
    peak = Math.max(peak, density[h]!);
  }
  if (mass === 0) return 'No customer can arrive: give some days and hours a weight above 0.';
  const average = mass / count;
  if (peak <= average * (1 + 1e-9)) return `Flat: customers arrive evenly over ${humanDuration(over)}.`;
  const peakHours = density.flatMap((d, h) => (d >= peak * (1 - 1e-9) ? [h] : []));
  return `Peak: ${hoursText(peakHours)} (${formatRatio(peak / average)} the average hour)`;
}
