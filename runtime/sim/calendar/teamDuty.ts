// The on-duty rule (DESIGN §5.4): a team takes a customer only while one of its staff on shift is
// free; at the end of a shift a staff member finishes the customer in hand, and that overtime counts
// as busy and on duty, while colleagues still on shift go on taking customers. Staff are positions
// (staffPositions): with S on duty, positions 1…S are on shift, and a busy position above S is in
// overtime. So on-duty time = the schedule's staff-time + overtime. Shift changes are marks in the
// global order of interactions (before anything else at the same moment); between two marks
// neither the overtime count nor the schedule changes, so the overtime is integrated exactly.
import { nextStaffChange, staffAt, type WeeklyStaff } from '../../model/calendar/weeklyStaff';
import { addByHourOfWeek, HOURS_PER_WEEK } from '../../model/calendar/weekCalendar';
import { StaffPositions } from './staffPositions';

export class TeamDuty {
  /** Staff with a customer in hand now, [team]. */
  readonly busy: Int32Array;
  /** Of those, how many are past their shift (positions above the staff on duty), [team]. */
  private readonly overtimeCount: Int32Array;
  private readonly positions: StaffPositions[];
  private readonly scheduled: Int32Array;
  private readonly mark: Float64Array;
  private readonly nextChange: Float64Array;
  private next = Number.POSITIVE_INFINITY;

  /**
   * `overtime` [team] and `overtimeByHour` [team × 168 + hour] receive the overtime (ms) as it is
   * settled: the run's metrics.
   */
  constructor(
    private readonly weekly: readonly WeeklyStaff[],
    private readonly overtime: Float64Array,
    private readonly overtimeByHour: Float64Array,
  ) {
    const T = weekly.length;
    this.busy = new Int32Array(T);
    this.overtimeCount = new Int32Array(T);
    this.positions = weekly.map((w) => new StaffPositions(w.byMinute.reduce((a, b) => Math.max(a, b), 0)));
    this.scheduled = new Int32Array(T);
    this.mark = new Float64Array(T);
    this.nextChange = new Float64Array(T);
    weekly.forEach((w, t) => {
      this.scheduled[t] = staffAt(w, 0);
      this.nextChange[t] = nextStaffChange(w, 0);
    });
    this.updateNext();
  }

  /** Staff on duty by the schedule now (not counting overtime). */
  onDuty(team: number): number {
    return this.scheduled[team]!;
  }

  /** A staff member of `team` on shift is free to take a customer now. */
  canTake(team: number): boolean {
    return this.busy[team]! - this.overtimeCount[team]! < this.scheduled[team]!;
  }

  /** The next shift change of any team (Infinity: none). */
  get nextChangeAt(): number {
    return this.next;
  }

  /** Applies the earliest shift change (of one or more teams); `raised` is told each team whose staff on duty went up. */
  applyNextChange(raised: (team: number) => void): void {
    const t = this.next;
    for (let team = 0; team < this.nextChange.length; team++) {
      if (this.nextChange[team] !== t) continue;
      this.settle(team, t);
      const before = this.scheduled[team]!;
      const after = staffAt(this.weekly[team]!, t);
      this.scheduled[team] = after;
      this.nextChange[team] = nextStaffChange(this.weekly[team]!, t);
      const positions = this.positions[team]!;
      // Staff going off with a customer in hand go into overtime; staff coming back on end theirs.
      if (after < before) this.overtimeCount[team] = this.overtimeCount[team]! + positions.busyIn(after, before);
      else this.overtimeCount[team] = this.overtimeCount[team]! - positions.busyIn(before, after);
      if (after > before) raised(team);
    }
    this.updateNext();
  }

  /** A free staff member of `team` on shift takes a customer at `t` (canTake must hold): its position. */
  take(team: number, t: number): number {
    this.settle(team, t);
    const p = this.positions[team]!.take();
    if (p === 0 || p > this.scheduled[team]!) throw new Error('team duty: a customer taken with nobody free on shift');
    this.busy[team]!++;
    return p;
  }

  /** The staff member at position `p` of `team` is free again at `t` (off duty if past its shift). */
  release(team: number, t: number, p: number): void {
    this.settle(team, t);
    this.positions[team]!.free(p);
    this.busy[team]!--;
    if (p > this.scheduled[team]!) this.overtimeCount[team]!--;
  }

  /** Any staff member busy past its shift (the horizon must settle them). */
  get anyOvertime(): boolean {
    for (let team = 0; team < this.busy.length; team++) if (this.overtimeCount[team]! > 0) return true;
    return false;
  }

  private settle(team: number, t: number): void {
    const excess = this.overtimeCount[team]!;
    if (excess > 0 && t > this.mark[team]!) {
      this.overtime[team] = this.overtime[team]! + excess * (t - this.mark[team]!);
      addByHourOfWeek(this.overtimeByHour, team * HOURS_PER_WEEK, this.mark[team]!, t, excess);
    }
    this.mark[team] = t;
  }

  private updateNext(): void {
    let next = Number.POSITIVE_INFINITY;
    for (let team = 0; team < this.nextChange.length; team++) next = Math.min(next, this.nextChange[team]!);
    this.next = next;
  }
}
