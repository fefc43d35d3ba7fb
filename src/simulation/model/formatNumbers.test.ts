import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatEmotion, formatMoney, formatPercent, formatPoints } from './formatNumbers';

describe('formatNumbers', () => {
  it('counts, percents, points, money and emotion', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(-1234)).toBe('-1,234');
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPoints(0.021)).toBe('+2.1 pp');
    expect(formatPoints(-0.0004)).toBe('0.0 pp');
    expect(formatPoints(-0.05)).toBe('-5.0 pp');
    expect(formatMoney(1234.5)).toBe('1,234.50');
    expect(formatMoney(-0.001)).toBe('0.00');
    expect(formatEmotion(0.4567)).toBe('+0.46');
    expect(formatEmotion(-1)).toBe('-1.00');
    expect(formatEmotion(null)).toBe('–');
  });

  it('durations in two units', () => {
    expect(formatDuration(450)).toBe('450ms');
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(90_000)).toBe('1m 30s');
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(formatDuration(8_100_000)).toBe('2h 15m');
    expect(formatDuration(3_599_900)).toBe('1h');
    expect(formatDuration(86_400_000 * 3 + 3_600_000 * 4)).toBe('3d 4h');
    expect(formatDuration(86_400_000 * 10)).toBe('10d');
    expect(formatDuration(86_400_000 * 90)).toBe('12w 6d');
    expect(formatDuration(86_400_000 * 365)).toBe('365d');
    expect(formatDuration(null)).toBe('–');
  });
});
