// How a team's and a schedule entry's target is judged from the customers offered by hour of the week.
import { describe, expect, it } from 'vitest';
import type { Team } from '../../model/journey';
import { HOURS_PER_WEEK } from '../../model/calendar/weekCalendar';
import { entryHours, hasTarget, meets, misses, tallyOf, targetOf, type Target, type TeamCounts } from './judgeTargets';

const MON = 0;
const TUE = 24;

/** A team's counts: per hour of the week, [offered, served within the target time, abandoned]. */
function counts(byHour: Record<number, [number, number, number]>): TeamCounts {
  const zeros = () => Array.from({ length: HOURS_PER_WEEK }, () => 0);
  const by = { offered: zeros(), withinTarget: zeros(), abandoned: zeros() };
  for (const [h, [offered, within, abandoned]] of Object.entries(byHour)) {
    by.offered[Number(h)] = offered;
    by.withinTarget[Number(h)] = within;
    by.abandoned[Number(h)] = abandoned;
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { offered: sum(by.offered), abandoned: sum(by.abandoned), byHourOfWeek: by };
}

const eightyPercent: Target = { answer: 0.8, withinMs: 20_000, maxAbandon: null };

// A base shift Mon 09:00–17:00 and a peak shift Mon 12:00–14:00 that overlaps it.
const [base, peak] = entryHours([
  { days: 'mon', from: '09:00', to: '17:00', staff: 3 },
  { days: 'mon', from: '12:00', to: '14:00', staff: 1 },
]);

describe('judging a target from the customers offered by hour of the week', () => {
  it('judges an entry on the customers offered in its hours only', () => {
    // Mon 10:00: 10 offered, all in time; Tue 10:00 (nobody on duty): 10 offered, none in time.
    const stats = counts({ [MON + 10]: [10, 10, 0], [TUE + 10]: [10, 0, 0] });
    expect(tallyOf(stats, base!.own)).toEqual({ offered: 10, within: 10, abandoned: 0 });
    expect(meets(tallyOf(stats, base!.own), eightyPercent)).toBe(true);
    expect(tallyOf(stats)).toEqual({ offered: 20, within: 10, abandoned: 0 });
    expect(meets(tallyOf(stats), eightyPercent)).toBe(false);
  });

  it('counts the hours overlapping entries share for each of them', () => {
    // Mon 10:00 the base shift alone; Mon 12:00 both.
    const stats = counts({ [MON + 10]: [10, 10, 0], [MON + 12]: [10, 6, 0] });
    expect(tallyOf(stats, base!.own)).toEqual({ offered: 20, within: 16, abandoned: 0 });
    expect(tallyOf(stats, peak!.own)).toEqual({ offered: 10, within: 6, abandoned: 0 });
    expect(meets(tallyOf(stats, base!.own), eightyPercent)).toBe(true); // 16 of 20
    expect(meets(tallyOf(stats, peak!.own), eightyPercent)).toBe(false); // 6 of 10
  });

  it('counts customers offered while nobody is on duty only overall, and blames the shift they wait for', () => {
    // Mon 03:00: nobody on duty, 10 offered, none in time; each shift holds for its own customers.
    const stats = counts({ [MON + 3]: [10, 0, 0], [MON + 10]: [10, 10, 0], [MON + 12]: [10, 9, 0] });
    expect(meets(tallyOf(stats, base!.own), eightyPercent)).toBe(true); // 19 of 20
    expect(meets(tallyOf(stats, peak!.own), eightyPercent)).toBe(true); // 9 of 10
    expect(tallyOf(stats)).toEqual({ offered: 30, within: 19, abandoned: 0 });
    expect(meets(tallyOf(stats), eightyPercent)).toBe(false);
    // They wait for Monday 09:00's shift: the base shift serves them, the peak shift does not.
    expect(misses(tallyOf(stats, base!.serving), eightyPercent)).toBe(11);
    expect(misses(tallyOf(stats, peak!.serving), eightyPercent)).toBe(1);
  });

  it('holds trivially for nobody offered', () => {
    const stats = counts({ [TUE + 10]: [10, 0, 10] });
    expect(tallyOf(stats, peak!.own)).toEqual({ offered: 0, within: 0, abandoned: 0 });
    expect(meets(tallyOf(stats, peak!.own), { answer: 1, withinMs: 0, maxAbandon: 0 })).toBe(true);
    expect(meets(tallyOf(counts({})), { answer: 1, withinMs: 0, maxAbandon: 0 })).toBe(true);
  });

  it('compares exact counts, with a hair of tolerance for the float products', () => {
    const sl = (answer: number): Target => ({ answer, withinMs: 20_000, maxAbandon: null });
    const abandon = (maxAbandon: number): Target => ({ answer: null, withinMs: null, maxAbandon });
    expect(0.14 * 100).toBeGreaterThan(14); // 14.000000000000002
    expect(meets({ offered: 100, within: 14, abandoned: 0 }, sl(0.14))).toBe(true);
    expect(meets({ offered: 100, within: 13, abandoned: 0 }, sl(0.14))).toBe(false);
    expect(meets({ offered: 100, within: 100, abandoned: 5 }, abandon(0.05))).toBe(true);
    expect(meets({ offered: 100, within: 100, abandoned: 6 }, abandon(0.05))).toBe(false);
    // Both targets: each must hold.
    expect(meets({ offered: 10, within: 9, abandoned: 2 }, { answer: 0.8, withinMs: 20_000, maxAbandon: 0.1 })).toBe(false);
  });

  it('counts as missing the target who was not served in time, and who gave up, for the targets set', () => {
    const t = { offered: 10, within: 6, abandoned: 3 };
    expect(misses(t, { answer: 0.8, withinMs: 20_000, maxAbandon: null })).toBe(4);
    expect(misses(t, { answer: null, withinMs: null, maxAbandon: 0.1 })).toBe(3);
    expect(misses(t, { answer: 0.8, withinMs: 20_000, maxAbandon: 0.1 })).toBe(7);
  });
});

describe('targetOf', () => {
  const team = (extra: Partial<Team>): Team => ({ id: 'agents', name: 'Agents', staff: 1, costPerHour: 30, ...extra }) as Team;

  it('reads the service level and the abandonment target of a team', () => {
    expect(targetOf(team({ serviceLevel: { answer: 0.8, within: '20s' }, maxAbandon: 0.05 }))).toEqual({ answer: 0.8, withinMs: 20_000, maxAbandon: 0.05 });
    expect(hasTarget(targetOf(team({ maxAbandon: 0.05 })))).toBe(true);
  });

  it('has no target without either, nor for a service level whose time does not parse', () => {
    expect(hasTarget(targetOf(team({})))).toBe(false);
    expect(targetOf(team({ serviceLevel: { answer: 0.8, within: 'soon' } }))).toEqual({ answer: null, withinMs: null, maxAbandon: null });
  });
});
