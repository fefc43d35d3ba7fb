import { describe, expect, it } from 'vitest';
import { describeRun, parseCount, parseRunForm, runFormFor } from './runForm';

describe('runForm', () => {
  it('defaults to the journey cohort, 1,000 customers, seed 1, 365 days, fast', () => {
    const form = runFormFor({ cohort: 'c.cohort.json' });
    expect(form).toEqual({ cohortPath: 'c.cohort.json', customers: '1,000', seed: '1', horizon: '365d', engine: 'fast' });
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
});
