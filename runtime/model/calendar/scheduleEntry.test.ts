import { describe, expect, it } from 'vitest';
import { clockMinutes, formatClock, parseDays } from './scheduleEntry';

describe('schedule entries', () => {
  it('reads days, ranges (also wrapping) and lists', () => {
    expect(parseDays('mon-fri')).toEqual({ days: [0, 1, 2, 3, 4] });
    expect(parseDays('sat')).toEqual({ days: [5] });
    expect(parseDays(['thu', 'mon'])).toEqual({ days: [0, 3] });
    expect(parseDays('fri-mon')).toEqual({ days: [0, 4, 5, 6] });
    expect(parseDays('Sun')).toEqual({ days: [6] });
  });

  it('names the first word that is not a day', () => {
    expect(parseDays('mon-fry')).toEqual({ unknown: 'fry' });
    expect(parseDays(['mon', 'weekend'])).toEqual({ unknown: 'weekend' });
    expect(parseDays([])).toEqual({ unknown: '[]' });
    expect(parseDays('mon-tue-wed')).toEqual({ unknown: 'mon-tue-wed' });
  });

  it('reads times of day from 00:00 to 24:00', () => {
    expect(clockMinutes('09:30')).toBe(570);
    expect(clockMinutes('24:00')).toBe(1440);
    expect(clockMinutes('24:01')).toBeUndefined();
    expect(clockMinutes('9:30')).toBeUndefined();
    expect(clockMinutes('12:60')).toBeUndefined();
    expect(formatClock(570)).toBe('09:30');
  });
});
