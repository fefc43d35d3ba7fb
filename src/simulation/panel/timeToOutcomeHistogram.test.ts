import { describe, expect, it } from 'vitest';
import { sampleRun } from '../model/testRuns';
import { timeBins, timeToOutcomeHistogram } from './timeToOutcomeHistogram';

describe('timeToOutcomeHistogram', () => {
  const { result } = sampleRun('mortgage-preapproval');

  it('gathers the histogram into at most 24 bins, keeping every customer', () => {
    const buckets = result.timeToOutcome.histogram;
    const bins = timeBins(buckets);
    expect(bins.length).toBeLessThanOrEqual(24);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(buckets.reduce((n, b) => n + b.count, 0));
    for (let i = 1; i < bins.length; i++) expect(bins[i]!.fromMs).toBeGreaterThanOrEqual(bins[i - 1]!.fromMs);
    const many = Array.from({ length: 100 }, (_, i) => ({ fromMs: 1000 * 1.0625 ** i, toMs: 1000 * 1.0625 ** (i + 1), count: i + 1 }));
    const gathered = timeBins(many, 10);
    expect(gathered.length).toBeLessThanOrEqual(10);
    expect(gathered.reduce((n, b) => n + b.count, 0)).toBe(5050);
  });

  it('draws the bins with the median and p90 marked, and a table with cumulative shares', () => {
    const chart = timeToOutcomeHistogram(result)!;
    expect(chart.title).toBe('Time to outcome');
    const series = (chart.option.series as { markLine: { data: { name: string }[] } }[])[0]!;
    const names = series.markLine.data.map((d) => d.name).join(' · ');
    expect(names).toMatch(/^p50 .+ · p90 .+$/);
    expect((chart.option.title as { subtext: string }).subtext).toMatch(/median .+ · p90 .+/);
    const last = chart.table.rows[chart.table.rows.length - 1]!;
    expect(last.cells[3]).toBe('100.0%');
  });

  it('has nothing to draw without a histogram or an outcome', () => {
    expect(timeToOutcomeHistogram({ ...result, timeToOutcome: { ...result.timeToOutcome, count: 0, histogram: [] } })).toBeUndefined();
  });
});
