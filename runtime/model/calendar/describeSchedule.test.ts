import { describe, expect, it } from 'vitest';
import { dayLabel, describeSchedule } from './describeSchedule';

describe('a schedule in words', () => {
  it('says the shifts, grouped by days, and the staff-hours of a week', () => {
    const office = describeSchedule({
      staff: 9,
      schedule: [
        { days: 'mon-fri', from: '09:00', to: '17:00', staff: 4 },
        { days: 'sat', from: '10:00', to: '14:00', staff: 1 },
      ],
    });
    expect(office.text).toBe('Mon–Fri 09:00–17:00 · 4 staff; Sat 10:00–14:00 · 1 staff; 164 staff-hours a week');
    expect(office.staffHoursPerWeek).toBe(164);
  });

  it('says what is on duty, so overlapping entries read as their sum', () => {
    const d = describeSchedule({
      staff: 1,
      schedule: [
        { days: 'mon-fri', from: '09:00', to: '17:00', staff: 4 },
        { days: ['fri', 'mon', 'tue', 'wed', 'thu'], from: '12:00', to: '14:00', staff: 1 },
        { days: ['mon', 'thu'], from: '18:30', to: '19:00', staff: 2 },
      ],
    });
    expect(d.parts).toEqual(['Mon–Fri 09:00–12:00 · 4 staff, 12:00–14:00 · 5 staff, 14:00–17:00 · 4 staff', 'Mon, Thu 18:30–19:00 · 2 staff']);
    expect(d.staffHoursPerWeek).toBe(5 * 34 + 2);
  });

  it('around the clock, nobody on duty, and shifts left out', () => {
    expect(describeSchedule({ staff: 3 }).text).toBe('Around the clock · 3 staff; 504 staff-hours a week');
    expect(describeSchedule({ staff: 3, schedule: [] }).text).toBe('Nobody on duty; 0 staff-hours a week');
    const broken = describeSchedule({ staff: 1, schedule: [{ days: 'sun', from: '00:00', to: '24:00', staff: 1 }, { days: 'funday', from: '09:00', to: '10:00', staff: 2 }] });
    expect(broken.text).toBe('Sun 00:00–24:00 · 1 staff; 24 staff-hours a week; 1 shift with problems left out');
    expect(describeSchedule({ staff: 1, schedule: [{ days: 'mon', from: '09:00', to: '09:15', staff: 1 }] }).text).toBe('Mon 09:00–09:15 · 1 staff; 0.25 staff-hours a week');
  });

  it('names days', () => {
    expect(dayLabel('mon-sun')).toBe('Every day');
    expect(dayLabel('sat-sun')).toBe('Sat–Sun');
    expect(dayLabel(['thu', 'mon'])).toBe('Mon, Thu');
    expect(dayLabel('fri-mon')).toBe('Mon, Fri–Sun');
    expect(dayLabel(['mon', 'tue', 'thu', 'fri', 'sat', 'sun'])).toBe('Mon–Tue, Thu–Sun');
  });
});
