// The week grid's pure side: cells, rectangles painted by a gesture or a key, moves of the keyboard
// focus, and the names of cells. No React here, so that it is tested on its own.
import { weeklyStaff } from '../../../runtime/model/calendar/weeklyStaff';
import { formatClock } from '../../../runtime/model/calendar/scheduleEntry';
import { MINUTES_PER_DAY, slotMinutes, type ScheduleGrid } from '../../../runtime/model/calendar/scheduleGrid';
import { DAY_NAMES } from '../../../runtime/model/calendar/weekCalendar';
import type { ScheduleEntry } from '../../../runtime/model/journey';

/** A cell: day 0 = Monday … 6 = Sunday, slot of the day. */
export interface Cell {
  day: number;
  slot: number;
}

export const DAY_TITLES = DAY_NAMES.map((d) => d[0]!.toUpperCase() + d.slice(1));

/** Is the cell inside the rectangle whose corners are `a` and `b`? */
export function inRect(cell: Cell, a: Cell, b: Cell): boolean {
  return cell.day >= Math.min(a.day, b.day) && cell.day <= Math.max(a.day, b.day) && cell.slot >= Math.min(a.slot, b.slot) && cell.slot <= Math.max(a.slot, b.slot);
}

/** The grid with `staff` in every cell of the rectangle from `a` to `b`. */
export function paintRect(grid: ScheduleGrid, a: Cell, b: Cell, staff: number): number[][] {
  return grid.map((row, day) => row.map((v, slot) => (inRect({ day, slot }, a, b) ? staff : v)));
}

export function sameGrid(a: ScheduleGrid, b: ScheduleGrid): boolean {
  return a.length === b.length && a.every((row, d) => row.length === b[d]!.length && row.every((v, s) => v === b[d]![s]));
}

/** Where an arrow key (or Home, End) moves the focus; undefined for other keys. Stops at the edges. */
export function moveCell(cell: Cell, key: string, slots: number): Cell | undefined {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));
  switch (key) {
    case 'ArrowLeft':
      return { day: cell.day, slot: clamp(cell.slot - 1, slots - 1) };
    case 'ArrowRight':
      return { day: cell.day, slot: clamp(cell.slot + 1, slots - 1) };
    case 'ArrowUp':
      return { day: clamp(cell.day - 1, 6), slot: cell.slot };
    case 'ArrowDown':
      return { day: clamp(cell.day + 1, 6), slot: cell.slot };
    case 'Home':
      return { day: cell.day, slot: 0 };
    case 'End':
      return { day: cell.day, slot: slots - 1 };
    default:
      return undefined;
  }
}

/** "09:00–10:00": the times of a slot. */
export function slotTimes(slot: number, slots: number): string {
  const size = slotMinutes(slots);
  return `${formatClock(slot * size)}–${formatClock((slot + 1) * size)}`;
}

/** The hour a slot starts at, as the test ids say it: 9 for 09:00, 9.5 for 09:30. */
export function slotHour(slot: number, slots: number): number {
  return (slot * slotMinutes(slots)) / 60;
}

/**
 * The most staff the entries at `indices` (those off the grid) put on duty at any minute of each
 * slot: what a cell adds to its painted staff, shown marked because painting does not change it.
 */
export function keptStaff(schedule: readonly ScheduleEntry[], indices: readonly number[], slots: number): number[][] {
  const size = slotMinutes(slots);
  const byMinute = weeklyStaff({ staff: 0, schedule: indices.map((i) => schedule[i]!) }).byMinute;
  return Array.from({ length: 7 }, (_, d) =>
    Array.from({ length: slots }, (_, s) => {
      let max = 0;
      for (let m = d * MINUTES_PER_DAY + s * size; m < d * MINUTES_PER_DAY + (s + 1) * size; m++) max = Math.max(max, byMinute[m]!);
      return max;
    }),
  );
}
