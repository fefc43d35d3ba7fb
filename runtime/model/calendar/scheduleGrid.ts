// A team's schedule as a week grid and back (DESIGN §2): 7 rows (Monday first) of equal slots
// (24 an hour each, 48 half-hours, or 1440 minutes), each holding the staff on duty in that slot.
// The grid is what people paint; the entries are what the journey stores, kept short: each run of
// equal staff in a day is one shift, and days with the same shift share one entry ("mon-fri").
import type { ScheduleEntry } from '../journey';
import { clockMinutes, formatClock, parseDays } from './scheduleEntry';
import { DAY_NAMES } from './weekCalendar';

/** Staff on duty by day (0 = Monday … 6 = Sunday) and slot of the day; every row has the same length. */
export type ScheduleGrid = readonly (readonly number[])[];

export const MINUTES_PER_DAY = 1440;
export const DAYS_PER_WEEK = 7;

/** Minutes in one slot of a day cut into `slotsPerDay` equal slots (24 → 60, 48 → 30). */
export function slotMinutes(slotsPerDay: number): number {
  const size = MINUTES_PER_DAY / slotsPerDay;
  if (!Number.isInteger(slotsPerDay) || slotsPerDay < 1 || !Number.isInteger(size)) throw new Error(`a day cannot be cut into ${slotsPerDay} equal slots of whole minutes`);
  return size;
}

/** A week of `slotsPerDay` slots a day with nobody on duty. */
export function emptyGrid(slotsPerDay: number): number[][] {
  slotMinutes(slotsPerDay);
  return Array.from({ length: DAYS_PER_WEEK }, () => new Array<number>(slotsPerDay).fill(0));
}

/** The staff of an entry when it is a whole number ≥ 0, else undefined. */
function entryStaff(entry: ScheduleEntry): number | undefined {
  return Number.isInteger(entry.staff) && entry.staff >= 0 ? entry.staff : undefined;
}

/**
 * Does an entry fall on the grid: its days and staff are valid, and it starts and ends on slot
 * boundaries, start before end? (09:30 is on a half-hour grid, not on an hourly one.)
 */
export function isOnGrid(entry: ScheduleEntry, slotsPerDay: number): boolean {
  const size = slotMinutes(slotsPerDay);
  const from = clockMinutes(entry.from);
  const to = clockMinutes(entry.to);
  return 'days' in parseDays(entry.days) && entryStaff(entry) !== undefined && from !== undefined && to !== undefined && from < to && from % size === 0 && to % size === 0;
}

export interface GridOfSchedule {
  /** Staff by day and slot, from the entries that fall on the grid (overlapping entries add up). */
  grid: number[][];
  /**
   * Indices of the entries that do not fall on the grid (exact times off its slots, or entries the
   * linter reports): they are not in `grid`, and painting (schedulePaint.ts) keeps them as they are.
   */
  kept: number[];
}

/** The grid of a schedule at `slotsPerDay` slots a day, and the entries it cannot show exactly. */
export function gridOfSchedule(schedule: readonly ScheduleEntry[], slotsPerDay: number): GridOfSchedule {
  const size = slotMinutes(slotsPerDay);
  const grid = emptyGrid(slotsPerDay);
  const kept: number[] = [];
  schedule.forEach((entry, i) => {
    if (!isOnGrid(entry, slotsPerDay)) {
      kept.push(i);
      return;
    }
    const days = (parseDays(entry.days) as { days: number[] }).days;
    const from = clockMinutes(entry.from)! / size;
    const to = clockMinutes(entry.to)! / size;
    for (const d of days) for (let s = from; s < to; s++) grid[d]![s] = grid[d]![s]! + entry.staff;
  });
  return { grid, kept };
}

/** How days are written in an entry: "sat", a range "mon-fri", or a list ["mon","thu"]. */
export function daysValue(days: readonly number[]): ScheduleEntry['days'] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error('an entry needs at least one day');
  if (sorted.length === 1) return DAY_NAMES[sorted[0]!]!;
  const contiguous = sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  if (contiguous) return `${DAY_NAMES[sorted[0]!]!}-${DAY_NAMES[sorted[sorted.length - 1]!]!}`;
  return sorted.map((d) => DAY_NAMES[d]!);
}

/** The slots a day of a week grid: 7 rows of one length (a wrong shape is a programming error, thrown). */
export function checkGridShape(grid: ScheduleGrid): number {
  if (grid.length !== DAYS_PER_WEEK) throw new Error(`a week grid has 7 rows, not ${grid.length}`);
  const slots = grid[0]!.length;
  slotMinutes(slots);
  if (grid.some((row) => row.length !== slots)) throw new Error('every day of a week grid has the same number of slots');
  return slots;
}

/** A slot's staff as a whole number ≥ 0 (anything else counts as nobody). */
function cellStaff(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/**
 * The shortest entries of this form that put exactly the grid's staff on duty: each run of equal
 * staff > 0 within a day is one shift (so entries never overlap, and each says the headcount at
 * that time), and the days that share a shift are one entry. Entries come in order of their first
 * day, then of their start.
 */
export function entriesOfGrid(grid: ScheduleGrid): ScheduleEntry[] {
  const slots = checkGridShape(grid);
  const size = slotMinutes(slots);
  const shifts = new Map<string, { from: number; to: number; staff: number; days: number[] }>();
  grid.forEach((row, d) => {
    for (let s = 0; s < slots; ) {
      const staff = cellStaff(row[s]);
      let e = s + 1;
      while (e < slots && cellStaff(row[e]) === staff) e++;
      if (staff > 0) {
        const key = `${s}|${e}|${staff}`;
        const shift = shifts.get(key) ?? { from: s * size, to: e * size, staff, days: [] };
        shift.days.push(d);
        shifts.set(key, shift);
      }
      s = e;
    }
  });
  return [...shifts.values()].map((x) => ({ days: daysValue(x.days), from: formatClock(x.from), to: formatClock(x.to), staff: x.staff }));
}
