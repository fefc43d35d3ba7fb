import { describe, expect, it } from 'vitest';
import { describeLoad, describeRun, parseCount, parseOver, parseRunForm, runFormFor } from './runForm';

describe('runForm', () => {
  it('defaults to the journey cohort, 1,000 customers, seed 1, 365 days, fast', () => {
    const form = runFormFor({ cohort: 'c.cohort.json' });
    expect(form).toEqual({ cohortPath: 'c.cohort.json', customers: '1,000', seed: '1', horizon: '365d', engine: 'fast', over: '' });
    expect(parseRunForm(form)).toEqual({ ok: true, cohortPath: 'c.cohort.json', settings: { customers: 1_000, seed: 1, engine: 'fast', horizonMs: 365 * 86_400_000 } });
  });

  it('reads counts as people type them', () => {
    expect(parseCount('2,000,000')).toBe(2_000_000);
    expect(parseCount('10 000')).toBe(10_000);
    expect(parseCount('100k')).toBe(100_000);
    expect(parseCount('1.5m')).toBe(1_500_000);
    expect(parseCount('12,34')).toBeUndefined();
    expect(parseCount('many')).toBeUndefined();
  });

  it('names the first wrong field in one line', () => {
    const form = runFormFor({ cohort: 'c.cohort.json' });
    expect(parseRunForm({ ...form, cohortPath: '' })).toMatchObject({ ok: false, field: 'cohortPath' });
    expect(parseRunForm({ ...form, customers: '0' })).toMatchObject({ ok: false, field: 'customers' });
    expect(parseRunForm({ ...form, customers: '20m' })).toMatchObject({ ok: false, field: 'customers' });
    expect(parseRunForm({ ...form, seed: '1.5' })).toMatchObject({ ok: false, field: 'seed' });
    const bad = parseRunForm({ ...form, horizon: 'soon' });
    expect(bad).toMatchObject({ ok: false, field: 'horizon' });
    expect(!bad.ok && bad.message).not.toContain('\n');
    expect(parseRunForm({ ...form, horizon: '90d' })).toMatchObject({ ok: true, settings: { horizonMs: 90 * 86_400_000 } });
  });

  it('describes a run', () => {
    expect(describeRun({ customers: 10_000, seed: 1, engine: 'fast', horizonMs: 365 * 86_400_000 })).toBe('10,000 customers for up to 365 days');
    expect(describeRun({ customers: 1, seed: 1, engine: 'fast', horizonMs: 36 * 3_600_000 })).toBe('1 customer for up to 36 hours');
  });

  it('reads Arrivals over: empty is the cohort’s, a duration overrides it, within the horizon', () => {
    const form = runFormFor({ cohort: 'c.cohort.json' });
    expect(parseOver('')).toBeUndefined();
    expect(parseOver('  ')).toBeUndefined();
    expect(parseOver('28d')).toBe(28 * 86_400_000);
    expect(parseOver('3600000')).toBe(3_600_000);
    expect(parseOver('0d')).toBeNull();
    expect(parseOver('a month')).toBeNull();
    expect(parseRunForm({ ...form, over: '28d' })).toMatchObject({ ok: true, settings: { overMs: 28 * 86_400_000 } });
    expect(parseRunForm(form)).toMatchObject({ ok: true });
    expect('overMs' in (parseRunForm(form) as { settings: object }).settings).toBe(false);
    const bad = parseRunForm({ ...form, over: 'soon' });
    expect(bad).toMatchObject({ ok: false, field: 'over' });
    expect(!bad.ok && bad.message).not.toContain('\n');
    expect(parseRunForm({ ...form, over: '400d' })).toMatchObject({ ok: false, field: 'over', message: expect.stringMatching(/within the horizon/) });
  });

  it('states the load in words: over how long, how many a day', () => {
    const weekly = { over: '28d', weekly: [1, 1, 1, 1, 1.2, 0.5, 0.2] };
    expect(describeLoad(8_000, undefined, weekly)).toEqual({ text: '8,000 customers over 28 days ≈ 286 a day', source: 'cohort', overMs: 28 * 86_400_000 });
    // The form's Arrivals over wins over the cohort's.
    expect(describeLoad(8_000, 7 * 86_400_000, weekly)).toMatchObject({ text: '8,000 customers over 7 days ≈ 1,143 a day', source: 'form' });
    expect(describeLoad(1_000, 7 * 86_400_000, undefined)).toMatchObject({ text: '1,000 customers over 7 days ≈ 143 a day', source: 'form' });
    // Within a day: an hourly rate; few customers: decimals.
    expect(describeLoad(600, 12 * 3_600_000, undefined).text).toBe('600 customers over 12 hours ≈ 50 an hour');
    expect(describeLoad(30, 28 * 86_400_000, undefined).text).toBe('30 customers over 28 days ≈ 1.1 a day');
    expect(describeLoad(1, 7 * 86_400_000, undefined).text).toBe('1 customer over 7 days ≈ 0.14 a day');
    expect(describeLoad(9, 2.5 * 86_400_000, undefined).text).toBe('9 customers over 2.5 days ≈ 3.6 a day');
  });

  it('says when everyone arrives at once, and that this floods the teams', () => {
    const load = describeLoad(8_000, undefined, undefined);
    expect(load.text).toBe('8,000 customers all at once (t = 0)');
    expect(load.source).toBe('none');
    expect(load.overMs).toBe(0);
    expect(load.hint).toMatch(/floods the teams/);
    expect(load.hint).toMatch(/Arrivals over/);
    expect(describeLoad(10, undefined, { over: 'later' }).text).toBe('10 customers all at once (t = 0)');
    expect(describeLoad(10, undefined, { over: '1w' }).hint).toBeUndefined();
  });
});
