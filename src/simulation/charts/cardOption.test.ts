import { describe, expect, it } from 'vitest';
import { emotionByStageChart, timeToOutcomeChart, outcomesBySegmentChart } from '../model/chartOptions';
import { serviceLevelChart } from '../model/teamCharts';
import { sampleRun, targetRun } from '../model/testRuns';
import { CATEGORY_LABEL_WIDTH, TWO_LINE_ROWS, cardLegend, cardOption, chartNote } from './cardOption';
import { legendItems, SERIES_PALETTE } from './legendItems';

describe('cardOption', () => {
  const { journey, result, cohort } = sampleRun('mortgage-preapproval');

  it('hides the chart title and moves the legend up, wrapped on the rows it needs, never paging', () => {
    const option = emotionByStageChart(journey, result, cohort).option;
    const wide = cardOption(option, 900);
    expect(wide.title).toEqual({ show: false });
    expect(wide.legend).toMatchObject({ top: 0, type: 'plain' });
    expect((wide.grid as { top: number; containLabel: boolean }).top).toBe(34);
    // Four lines in 380 px: two rows, the plot below both.
    const narrow = cardOption(option, 380);
    expect(narrow.legend).toMatchObject({ type: 'plain' });
    expect((narrow.grid as { top: number }).top).toBe(56);
  });

  it('hides a legend that would take more than two rows: the card lists it (the outcomes, 8 items)', () => {
    const option = outcomesBySegmentChart(journey, result, cohort).option;
    expect(cardLegend(option, 700)).toEqual({ kind: 'list' });
    const o = cardOption(option, 700);
    expect(o.legend).toMatchObject({ show: false });
    expect((o.grid as { top: number }).top).toBe(12);
    expect(JSON.stringify(o.legend)).not.toContain('scroll');
    expect(legendItems(option).map((i) => i.name)).toHaveLength(8);
  });

  it('colours every series, so a listed legend shows the colours the chart draws', () => {
    const option = emotionByStageChart(journey, result, cohort).option;
    const series = cardOption(option).series as { itemStyle: { color: string }; lineStyle: { color: string } }[];
    expect(series.map((s) => s.itemStyle.color)).toEqual(SERIES_PALETTE.slice(0, series.length));
    expect(series.map((s) => s.lineStyle.color)).toEqual(SERIES_PALETTE.slice(0, series.length));
    expect(legendItems(option).map((i) => i.colour)).toEqual(SERIES_PALETTE.slice(0, series.length));
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

  it('shows every label of a few vertical columns, cut to its column with the whole text as a tooltip', () => {
    const o = cardOption(timeToOutcomeChart(result).option, 360);
    expect(o.xAxis).toMatchObject({ data: (timeToOutcomeChart(result).option.xAxis as { data: string[] }).data, tooltip: { show: true } });
    expect((o.xAxis as { axisLabel: Record<string, unknown> }).axisLabel).toEqual({ interval: 0, width: 69, overflow: 'truncate', ellipsis: '…' });
    expect((o.yAxis as { axisLabel: Record<string, unknown> }).axisLabel.width).toBeUndefined();
  });

  it('leaves many columns (a histogram, the week) to their own labels', () => {
    const data = Array.from({ length: 40 }, (_, i) => `${i}h`);
    const o = cardOption({ xAxis: { type: 'category', data, axisLabel: { hideOverlap: true } }, yAxis: { type: 'value' }, series: [] });
    expect(o.xAxis).toEqual({ type: 'category', data, axisLabel: { hideOverlap: true } });
  });
});
