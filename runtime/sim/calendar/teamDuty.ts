// The on-duty rule (DESIGN §5.4): a team takes a customer only while fewer of its staff are busy
// than are on duty; at the end of a shift a staff member finishes the customer in hand, and that
// overtime counts as busy and on duty. So on-duty time = the schedule's staff-time + overtime, where
// overtime is the time busy staff exceed the schedule. Shift changes are marks in the global order
// of interactions (before anything else at the same moment); between two marks neither the busy
// count nor the schedule changes, so the overtime is integrated exactly.
import { nextStaffChange, staffAt, type WeeklyStaff } from '../../model/calendar/weeklyStaff';
import { addByHourOfWeek, HOURS_PER_WEEK } from '../../model/calendar/weekCalendar';

export class TeamDuty {
  /** Staff busy now, [team]. */
  readonly busy: Int32Array;
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

  /** A staff member of `team` is free to take a customer now. */
  canTake(team: number): boolean {
    return this.busy[team]! < this.scheduled[team]!;
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
      this.scheduled[team] = staffAt(this.weekly[team]!, t);
      this.nextChange[team] = nextStaffChange(this.weekly[team]!, t);
      if (this.scheduled[team]! > before) raised(team);
    }
    this.updateNext();
  }

  /** A staff member of `team` starts (+1) or stops (−1) being busy at `t`. */
  busyChange(team: number, t: number, delta: number): void {
    this.settle(team, t);
    this.busy[team] = this.busy[team]! + delta;
  }

  /** Any staff member busy beyond the schedule (the horizon must settle them). */
  get anyOvertime(): boolean {
    for (let team = 0; team < this.busy.length; team++) if (this.busy[team]! > this.scheduled[team]!) return true;
    return false;
  }

  private settle(team: number, t: number): void {
    const excess = this.busy[team]! - this.scheduled[team]!;
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
