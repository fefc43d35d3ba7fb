import { describe, expect, it } from 'vitest';
import { nextStaffChange, onDutyMs, staffAt, weeklyStaff } from './weeklyStaff';
import { formatWeekTime, hourOfWeek, MS_PER_DAY, MS_PER_HOUR, MS_PER_WEEK } from './weekCalendar';

const h = MS_PER_HOUR;
const office = weeklyStaff({
  staff: 9,
  schedule: [
    { days: 'mon-fri', from: '09:00', to: '17:00', staff: 4 },
    { days: 'mon-fri', from: '12:00', to: '14:00', staff: 1 },
    { days: 'sat', from: '10:00', to: '14:00', staff: 1 },
  ],
});

describe('staff on duty through the week', () => {
  it('follows the schedule; overlapping entries add up; nobody outside the entries', () => {
    expect(staffAt(office, 8 * h + 59 * 60_000)).toBe(0);
    expect(staffAt(office, 9 * h)).toBe(4);
    expect(staffAt(office, 12 * h + 30 * 60_000)).toBe(5);
    expect(staffAt(office, 17 * h)).toBe(0);
    expect(staffAt(office, 5 * MS_PER_DAY + 11 * h)).toBe(1);
    expect(staffAt(office, 6 * MS_PER_DAY + 11 * h)).toBe(0);
    expect(staffAt(office, 3 * MS_PER_WEEK + 9 * h)).toBe(4);
  });

  it('has `staff` around the clock without a schedule', () => {
    const w = weeklyStaff({ staff: 3 });
    expect(staffAt(w, 123_456_789)).toBe(3);
    expect(nextStaffChange(w, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(onDutyMs(w, 0, 2 * MS_PER_WEEK + 3 * h)).toBe(3 * (2 * 168 + 3) * h);
  });

  it('finds the next change, across the end of the week', () => {
    expect(nextStaffChange(office, 0)).toBe(9 * h);
    expect(nextStaffChange(office, 9 * h)).toBe(12 * h);
    expect(nextStaffChange(office, 5 * MS_PER_DAY + 14 * h)).toBe(MS_PER_WEEK + 9 * h);
  });

  it('integrates staff-hours on duty exactly, folded by hour of the week', () => {
    const week = (5 * (8 * 4 + 2) + 4) * h;
    const byHour = new Float64Array(168);
    expect(onDutyMs(office, 0, MS_PER_WEEK, byHour)).toBe(week);
    expect(byHour[9]).toBe(4 * h);
    expect(byHour[12]).toBe(5 * h);
    expect(byHour[5 * 24 + 10]).toBe(h);
    expect(byHour.reduce((a, b) => a + b, 0)).toBe(week);
    // Part of a week, starting and ending inside an hour.
    expect(onDutyMs(office, 9 * h + 30 * 60_000, 10 * h + 15 * 60_000)).toBe(4 * 45 * 60_000);
    expect(onDutyMs(office, 0, 10 * MS_PER_WEEK + 9 * h + 1000)).toBe(10 * week + 4 * 1000);
  });

  it('names hours of the week and times', () => {
    expect(hourOfWeek(0)).toBe(0);
    expect(hourOfWeek(MS_PER_WEEK + 25 * h)).toBe(25);
    expect(formatWeekTime(2 * MS_PER_DAY + 9 * h + 5 * 60_000)).toBe('Wed 09:05');
  });
});
