import { describe, expect, it } from 'vitest';
import { describeArrivalPeak } from './arrivalPeak';

const flat = (n: number) => new Array<number>(n).fill(1);

describe('describeArrivalPeak', () => {
  it('says when everyone comes at once, or evenly', () => {
    expect(describeArrivalPeak(undefined)).toBe('Every customer enters at t = 0 (Monday 00:00).');
    expect(describeArrivalPeak({ over: '28d' })).toBe('Flat: customers arrive evenly over 4 weeks.');
  });

  it('names the busiest hour and how much busier it is than the average hour', () => {
    const weekly = [1, 1, 1, 1, 2, 1, 1];
    const daily = flat(24);
    daily[10] = 3;
    // the week's mass: 8 day-weights × (23 + 3) hour-weights over 168 hours; the peak is 2 × 3
    const ratio = (2 * 3) / ((8 * 26) / 168);
    expect(describeArrivalPeak({ over: '7d', weekly, daily })).toBe(`Peak: Friday 10:00–11:00 (${Number(ratio.toFixed(1))}× the average hour)`);
  });

  it('describes runs of hours and days', () => {
    const daily = [...new Array<number>(9).fill(0), ...new Array<number>(8).fill(1), ...new Array<number>(7).fill(0)];
    expect(describeArrivalPeak({ over: '7d', weekly: [1, 1, 1, 1, 1, 0, 0], daily })).toBe('Peak: Monday–Friday 09:00–17:00 (4.2× the average hour)');
    expect(describeArrivalPeak({ over: '7d', weekly: [1, 1, 1, 1, 1, 3, 1] })).toBe('Peak: Saturday, all day (2.3× the average hour)');
  });

  it('only counts the hours within "over" (t = 0 is a Monday)', () => {
    // two days: Saturday's weight never comes into play
    expect(describeArrivalPeak({ over: '2d', weekly: [1, 2, 1, 1, 1, 5, 1] })).toBe('Peak: Tuesday, all day (1.3× the average hour)');
  });

  it('says when no customer could arrive, and nothing for a bad "over"', () => {
    expect(describeArrivalPeak({ over: '7d', weekly: new Array<number>(7).fill(0) })).toMatch(/No customer can arrive/);
    expect(describeArrivalPeak({ over: 'soon' })).toBe('');
  });
});
