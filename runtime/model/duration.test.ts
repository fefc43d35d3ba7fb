import { describe, expect, it } from 'vitest';
import { durationMs, formatDuration } from './duration';

describe('durationMs', () => {
  it.each([
    ['90s', 90_000], ['15m', 900_000], ['2h', 7_200_000], ['3d', 259_200_000], ['2w', 1_209_600_000], ['1.5h', 5_400_000], [250, 250], [0, 0],
  ])('%s is %d ms', (text, ms) => expect(durationMs(text)).toBe(ms));
  it.each([['3 days'], ['3x'], ['-1'], [-5], [''], [null], [{}], [Number.NaN], ['d3'], [Number.POSITIVE_INFINITY], [`${'9'.repeat(400)}w`]])('%s is not a duration', (bad) =>
    expect(durationMs(bad)).toBeUndefined());
});

describe('formatDuration', () => {
  it('prints the largest exact unit', () => {
    expect(formatDuration(259_200_000)).toBe('3d');
    expect(formatDuration(90_000)).toBe('90s');
    expect(formatDuration(1500)).toBe('1500ms');
  });
});
