import { describe, expect, it } from 'vitest';
import { fuzzyMatch } from './fuzzyMatch';

describe('fuzzyMatch', () => {
  it('matches everything with an empty query', () => {
    expect(fuzzyMatch('', 'Anything')).toEqual({ score: 0, positions: [] });
  });
  it('matches a substring, case-insensitively, and marks it', () => {
    expect(fuzzyMatch('theme', 'Preferences: Toggle Theme')?.positions).toEqual([20, 21, 22, 23, 24]);
  });
  it('matches characters in order across words', () => {
    expect(fuzzyMatch('tgth', 'Toggle Theme')).toBeDefined();
    expect(fuzzyMatch('xyz', 'Toggle Theme')).toBeUndefined();
  });
  it('ranks word starts and early matches higher', () => {
    const a = fuzzyMatch('new', 'File: New Journey')!.score;
    const b = fuzzyMatch('new', 'Renew everything')!.score;
    expect(a).toBeGreaterThan(b);
    expect(fuzzyMatch('mpa', 'mortgage-preapproval.journey.json')!.positions).toEqual([0, 9, 12]);
  });
});
