// Painting a team's week grid (DESIGN §2) without losing the shifts the user wrote. A schedule is
// more than the staff it puts on duty: two overlapping shifts (08–16 and 12–20) are how people
// work, and the staffing search works on them. So a paint changes only the entries it must:
// - an entry whose days × hours miss the painted cells stays as written (the same object, in place);
// - an entry that meets them is either kept as it is (when its staff fits under the painted count),
//   or trimmed around the painted cells: its other cells stay, as pieces of the entry with its own
//   fields (the days the paint misses keep the whole shift), and an entry painted over entirely goes;
// - what the kept entries lack in the painted cells is added after the untouched entries (at the
//   first trimmed one, if any), as the shortest entries for it: runs of equal staff, days that share
//   a run merged ("mon-fri"); a block that just continues a kept entry the paint met (same days and
//   staff, end to end; or same hours and staff, other days) stretches that entry instead.
// Of the ways to keep or trim the entries met, the one with the fewest entries, each trimmed entry
// counting twice, wins (ties: fewer trimmed, fewer entries, fewer dropped, fewer stretched, then
// earlier entries kept). Whatever the choice, outside the painted cells every slot keeps its staff
// and the shifts that make it up; inside, the staff is the painted count. Entries off the grid's
// slots (09:30 on an hourly grid) or with problems are never touched: the grid does not show them.
import type { ScheduleEntry } from '../journey';
import { clockMinutes, formatClock, parseDays } from './scheduleEntry';
import { DAYS_PER_WEEK, checkGridShape, daysValue, emptyGrid, entriesOfGrid, gridOfSchedule, isOnGrid, slotMinutes, type ScheduleGrid } from './scheduleGrid';

/** A cell of the week grid: day 0 = Monday … 6 = Sunday, slot of the day. */
export interface GridCell {
  day: number;
  slot: number;
}

/** One rectangle painted on the grid: the corners (either way round), the staff it paints, the grid's slots a day. */
export interface SchedulePaint {
  from: GridCell;
  to: GridCell;
  staff: number;
  slotsPerDay: number;
}

/** Cells by day and slot: true where painted. */
export type CellMask = readonly (readonly boolean[])[];

/** A slot's staff as a whole number ≥ 0 (anything else counts as nobody). */
function cellStaff(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** The cells of the rectangle with corners `a` and `b` (clamped to the week). */
export function rectMask(slotsPerDay: number, a: GridCell, b: GridCell): boolean[][] {
  slotMinutes(slotsPerDay);
  const [d0, d1] = [Math.min(a.day, b.day), Math.max(a.day, b.day)];
  const [s0, s1] = [Math.min(a.slot, b.slot), Math.max(a.slot, b.slot)];
  return Array.from({ length: DAYS_PER_WEEK }, (_, d) => Array.from({ length: slotsPerDay }, (_, s) => d >= d0 && d <= d1 && s >= s0 && s <= s1));
}

/** An entry on the grid as slots: its days (sorted), first slot, slot after its last, staff. */
interface Shape {
  days: number[];
  from: number;
  to: number;
  staff: number;
}

function shapeOf(entry: ScheduleEntry, size: number): Shape {
  return { days: (parseDays(entry.days) as { days: number[] }).days, from: clockMinutes(entry.from)! / size, to: clockMinutes(entry.to)! / size, staff: entry.staff };
}

const covers = (shape: Shape, day: number, slot: number) => slot >= shape.from && slot < shape.to && shape.days.includes(day);
const sameDays = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** `entry` changed to `shape` (same staff): its other fields kept, and its own words where they still hold. */
function reshaped(entry: ScheduleEntry, was: Shape, shape: Shape, size: number): ScheduleEntry {
  return {
    ...entry,
    days: sameDays(was.days, shape.days) ? entry.days : daysValue(shape.days),
    from: was.from === shape.from ? entry.from : formatClock(shape.from * size),
    to: was.to === shape.to ? entry.to : formatClock(shape.to * size),
  };
}

/** The one shape of `a` and `b` together, when they are end to end on the same days or side by side at the same hours. */
function joined(a: Shape, b: Shape): Shape | undefined {
  if (a.staff !== b.staff) return undefined;
  if (sameDays(a.days, b.days) && (a.to === b.from || b.to === a.from)) return { ...a, from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
  if (a.from === b.from && a.to === b.to && !a.days.some((d) => b.days.includes(d))) return { ...a, days: [...a.days, ...b.days].sort((x, y) => x - y) };
  return undefined;
}

interface Candidate {
  schedule: ScheduleEntry[];
  score: number[];
}

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/** Past this many entries met by one paint, try keeping them greedily instead of every way. */
const EXHAUSTIVE = 8;

/**
 * The schedule with `target`'s staff in the `painted` cells of the grid (`slotsPerDay` slots a day)
 * and every other cell as it was (see the top of this file for how). The same array when no
 * painted cell changes.
 */
export function repaintSchedule(schedule: readonly ScheduleEntry[], slotsPerDay: number, painted: CellMask, target: ScheduleGrid): readonly ScheduleEntry[] {
  const size = slotMinutes(slotsPerDay);
  const cells: { day: number; slot: number; want: number }[] = [];
  painted.forEach((row, day) => row.forEach((on, slot) => on && cells.push({ day, slot, want: cellStaff(target[day]?.[slot]) })));
  const { grid } = gridOfSchedule(schedule, slotsPerDay);
  if (cells.every((c) => grid[c.day]?.[c.slot] === c.want)) return schedule;

  const shapes = schedule.map((e) => (isOnGrid(e, slotsPerDay) ? shapeOf(e, size) : undefined));
  const touched = shapes.flatMap((shape, i) => (shape && cells.some((c) => covers(shape, c.day, c.slot)) ? [i] : []));
  const isPainted = (d: number, s: number) => painted[d]?.[s] === true;
  // What is left of each met entry when trimmed around the painted cells (no entry: it is all painted).
  const pieces = new Map<number, ScheduleEntry[]>();
  for (const i of touched) {
    const shape = shapes[i]!;
    const left = emptyGrid(slotsPerDay);
    for (const d of shape.days) for (let s = shape.from; s < shape.to; s++) if (!isPainted(d, s)) left[d]![s] = 1;
    // In order of their start, then of their first day (so the whole shift on the days missed comes first).
    const rest = entriesOfGrid(left).map((p) => shapeOf(p, size));
    rest.sort((a, b) => a.from - b.from || a.days[0]! - b.days[0]!);
    pieces.set(i, rest.map((p) => reshaped(schedule[i]!, shape, p, size)));
  }

  // The painted cells (indices into `cells`) each met entry covers.
  const under = new Map(touched.map((i) => [i, cells.flatMap((c, k) => (covers(shapes[i]!, c.day, c.slot) ? [k] : []))]));

  const evaluate = (keep: ReadonlySet<number>): Candidate | undefined => {
    const left = cells.map((c) => c.want);
    for (const i of keep) for (const k of under.get(i)!) left[k] = left[k]! - shapes[i]!.staff;
    if (left.some((n) => n < 0)) return undefined;
    const need = emptyGrid(slotsPerDay);
    cells.forEach((c, k) => (need[c.day]![c.slot] = left[k]!));
    // New blocks that just extend a kept entry the paint met stretch that entry (again and again).
    const grown = new Map<number, Shape>();
    const blocks = entriesOfGrid(need).map((e) => ({ entry: e, shape: shapeOf(e, size) }));
    const joinOne = (): boolean => {
      for (const [b, block] of blocks.entries())
        for (const i of touched) {
          const both = keep.has(i) ? joined(grown.get(i) ?? shapes[i]!, block.shape) : undefined;
          if (!both) continue;
          grown.set(i, both);
          blocks.splice(b, 1);
          return true;
        }
      return false;
    };
    while (joinOne());
    const added = blocks.map((b) => b.entry);
    const out: ScheduleEntry[] = [];
    let trimmed = 0;
    let dropped = 0;
    let placed = false;
    schedule.forEach((entry, i) => {
      if (!pieces.has(i)) out.push(entry);
      else if (keep.has(i)) {
        const g = grown.get(i);
        out.push(g ? reshaped(entry, shapes[i]!, g, size) : entry);
      } else {
        const rest = pieces.get(i)!;
        if (rest.length > 0) trimmed++;
        else dropped++;
        out.push(...rest);
        if (!placed) out.push(...added);
        placed = true;
      }
    });
    if (!placed) out.push(...added);
    return { schedule: out, score: [out.length + trimmed, trimmed, out.length, dropped, grown.size] };
  };

  let best: Candidate | undefined;
  const consider = (keep: Set<number>) => {
    const c = evaluate(keep);
    if (c && (!best || better(c.score, best.score))) best = c;
  };
  const k = touched.length;
  if (k <= EXHAUSTIVE) {
    // From keeping all down to keeping none; the first entry the most significant bit, so ties keep earlier entries.
    for (let mask = (1 << k) - 1; mask >= 0; mask--) consider(new Set(touched.filter((_, j) => (mask >> (k - 1 - j)) & 1)));
  } else {
    const keep = new Set<number>();
    for (const i of touched) {
      keep.add(i);
      if (!evaluate(keep)) keep.delete(i);
    }
    consider(keep);
    consider(new Set());
  }
  // Trimming every entry met always works: the painted cells are then free.
  return best!.schedule;
}

/** The schedule with `paint.staff` in every cell of its rectangle (see repaintSchedule). */
export function paintRectangle(schedule: readonly ScheduleEntry[], paint: SchedulePaint): readonly ScheduleEntry[] {
  const mask = rectMask(paint.slotsPerDay, paint.from, paint.to);
  const staff = cellStaff(paint.staff);
  return repaintSchedule(schedule, paint.slotsPerDay, mask, mask.map((row) => row.map(() => staff)));
}

/**
 * The schedule that puts the grid's staff on duty: the cells where it differs from the schedule's
 * grid are painted (see repaintSchedule), so entries away from them stay as written, and entries
 * off the grid's slots are kept as they are (their staff still adds up with the grid's).
 */
export function scheduleWithGrid(schedule: readonly ScheduleEntry[], grid: ScheduleGrid): ScheduleEntry[] {
  const slots = checkGridShape(grid);
  const current = gridOfSchedule(schedule, slots).grid;
  const changed = current.map((row, d) => row.map((v, s) => cellStaff(grid[d]![s]) !== v));
  return [...repaintSchedule(schedule, slots, changed, grid)];
}
