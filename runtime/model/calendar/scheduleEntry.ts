// Team schedule entries (DESIGN §2): `{ "days": "mon-fri" | "sat" | ["mon","thu"], "from": "09:00",
// "to": "17:00", "staff": 4 }`. Pure parsing, shared by the linter, the simulator and the editor.
import { DAY_NAMES, type DayName } from './weekCalendar';

export const DAYS_HELP = 'days are "mon"…"sun", a range like "mon-fri", or a list like ["mon","thu"]';
export const CLOCK_HELP = 'a time of day is "HH:MM" from "00:00" to "24:00"';

const CLOCK_RE = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight of "HH:MM" ("24:00" is 1440), or undefined when it is not a time of day. */
export function clockMinutes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = CLOCK_RE.exec(value.trim());
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 1440 ? minutes : undefined;
}

/** "HH:MM" of minutes since midnight (0…1440). */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function dayIndex(name: string): number {
  return DAY_NAMES.indexOf(name.trim().toLowerCase() as DayName);
}

/**
 * The days (0 = Monday … 6 = Sunday, sorted, without repeats) that `days` names, or the first word
 * that is not a day. A range runs forward through the week and may wrap ("fri-mon").
 */
export function parseDays(days: unknown): { days: number[] } | { unknown: string } {
  const words = typeof days === 'string' ? [days] : Array.isArray(days) ? days : undefined;
  if (!words || words.length === 0) return { unknown: JSON.stringify(days ?? null) };
  const set = new Set<number>();
  for (const word of words) {
    if (typeof word !== 'string') return { unknown: JSON.stringify(word) };
    const range = word.split('-');
    if (range.length === 1) {
      const d = dayIndex(word);
      if (d < 0) return { unknown: word };
      set.add(d);
    } else if (range.length === 2) {
      const a = dayIndex(range[0]!);
      const b = dayIndex(range[1]!);
      if (a < 0) return { unknown: range[0]! };
      if (b < 0) return { unknown: range[1]! };
      for (let d = a; ; d = (d + 1) % 7) {
        set.add(d);
        if (d === b) break;
      }
    } else return { unknown: word };
  }
  return { days: [...set].sort((x, y) => x - y) };
}
