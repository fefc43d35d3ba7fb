import { describe, expect, it } from 'vitest';
import { timeToOutcomeChart, outcomesBySegmentChart } from '../model/chartOptions';
import { serviceLevelChart } from '../model/teamCharts';
import { sampleRun, targetRun } from '../model/testRuns';
import { CATEGORY_LABEL_WIDTH, TWO_LINE_ROWS, cardOption, chartNote } from './cardOption';

describe('cardOption', () => {
  const { journey, result, cohort } = sampleRun('mortgage-preapproval');

  it('hides the chart title and moves the legend up', () => {
    const o = cardOption(outcomesBySegmentChart(journey, result, cohort).option);
    expect(o.title).toEqual({ show: false });
    expect((o.legend as { top: number }).top).toBe(0);
    expect((o.grid as { top: number; containLabel: boolean }).top).toBe(34);
    expect(o.series).toBeDefined();
  });

  it('keeps a chart note for the card', () => {
    const none = { ...result, timeToOutcome: { count: 0, meanMs: null, p50Ms: null, p90Ms: null, p99Ms: null, histogram: [] } };
    expect(chartNote(timeToOutcomeChart(none).option)).toBe('No customer reached an outcome');
    expect(chartNote(timeToOutcomeChart(result).option)).toBeUndefined();
  });

  it('bounds the row labels of horizontal bars and thins the value ticks, so the labels never collide', () => {
    const run = targetRun();
    const source = serviceLevelChart(run.journey, run.result).option;
    const o = cardOption(source);
    const y = o.yAxis as { type: string; data: string[]; axisLabel: Record<string, unknown>; tooltip: { show: boolean } };
    expect(y.type).toBe('category');
    expect(y.data).toEqual((source.yAxis as { data: string[] }).data);
    // Two teams, four rows: room for two lines each.
    expect(y.data.length).toBeLessThanOrEqual(TWO_LINE_ROWS);
    expect(y.axisLabel).toMatchObject({ width: CATEGORY_LABEL_WIDTH, overflow: 'break' });
    expect(y.tooltip.show).toBe(true);
    const x = o.xAxis as { min: number; max: number; interval: number; axisLabel: { hideOverlap: boolean; formatter: (v: number) => string } };
    expect([x.min, x.max, x.interval]).toEqual([0, 1, 0.25]);
    expect(x.axisLabel.hideOverlap).toBe(true);
    expect(x.axisLabel.formatter(0.5)).toBe('50%');
    expect((o.grid as { containLabel: boolean }).containLabel).toBe(true);
    // The source option is left as it was.
    expect((source.yAxis as { axisLabel?: unknown }).axisLabel).toBeUndefined();
  });

  it('cuts the labels with "…" when the rows are too many for two lines each', () => {
    const data = Array.from({ length: TWO_LINE_ROWS + 1 }, (_, i) => `A rather long team name ${i} · service level`);
    const o = cardOption({ xAxis: { type: 'value', min: 0, max: 1 }, yAxis: { type: 'category', data }, series: [{ type: 'bar', data: data.map(() => 0.5) }] });
    expect((o.yAxis as { axisLabel: Record<string, unknown> }).axisLabel).toMatchObject({ width: CATEGORY_LABEL_WIDTH, overflow: 'truncate', ellipsis: '…' });
    // Not a share axis: fewer ticks, not a fixed interval.
    const money = cardOption({ xAxis: { type: 'value' }, yAxis: { type: 'category', data }, series: [] });
    expect(money.xAxis).toMatchObject({ splitNumber: 4, axisLabel: { hideOverlap: true } });
  });

  it('ticks every 25 % on the outcome shares too (a 0…100 % axis without its own min)', () => {
    const o = cardOption(outcomesBySegmentChart(journey, result, cohort).option);
    expect(o.xAxis).toMatchObject({ type: 'value', max: 1, interval: 0.25, axisLabel: { hideOverlap: true } });
    expect((o.yAxis as { axisLabel: Record<string, unknown> }).axisLabel).toMatchObject({ width: CATEGORY_LABEL_WIDTH });
  });

  it('leaves vertical bars and lines alone', () => {
    const o = cardOption(timeToOutcomeChart(result).option);
    expect(o.xAxis).toEqual(timeToOutcomeChart(result).option.xAxis);
    expect((o.yAxis as { axisLabel: Record<string, unknown> }).axisLabel.width).toBeUndefined();
  });
});
