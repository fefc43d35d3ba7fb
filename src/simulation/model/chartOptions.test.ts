import type { BarSeriesOption, LineSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { ALL_CUSTOMERS, economicsChart, emotionByStageChart, outcomesBySegmentChart, queueWaitChart, teamLoadChart, timeToOutcomeChart } from './chartOptions';
import { sampleRun } from './testRuns';

const { journey, cohort, result } = sampleRun('mortgage-preapproval');
const segments = Object.keys(result.segments);
const bars = (option: { series?: unknown }) => option.series as BarSeriesOption[];
const category = (axis: unknown) => (axis as { data: string[] }).data;

describe('chart options', () => {
  it('outcomes by segment: shares of each scope, stacked, with what ended nowhere', () => {
    const { option, table } = outcomesBySegmentChart(journey, result, cohort);
    expect(category(option.yAxis)).toEqual([ALL_CUSTOMERS, 'First-time buyers', 'Home movers', 'Buy-to-let investors']);
    const series = bars(option);
    const outcomes = Object.entries(result.outcomes);
    expect(series.map((s) => s.name).slice(0, outcomes.length)).toEqual(outcomes.map(([id]) => journey.nodes.find((n) => n.id === id)!.label));
    outcomes.forEach(([, o], i) => {
      expect(series[i]!.data).toEqual([o.share, ...segments.map((g) => o.bySegment[g]!.share)]);
      expect(series[i]!.stack).toBe('outcomes');
    });
    // mortgage applicants give up in queues: the rest of each bar
    const none = series[outcomes.length]!;
    const noneAll = (result.customers - outcomes.reduce((s, [, o]) => s + o.count, 0)) / result.customers;
    expect(noneAll).toBeCloseTo(result.terminal.abandoned / result.customers, 12);
    expect((none.data as number[])[0]).toBe(noneAll);
    for (let i = 0; i < 4; i++) expect(series.reduce((sum, s) => sum + (s.data as number[])[i]!, 0)).toBeCloseTo(1, 5);
    expect(table.rows).toHaveLength(outcomes.length + 1);
    expect(table.columns.map((c) => c.label)).toEqual(['Outcome', 'Result', ALL_CUSTOMERS, 'First-time buyers', 'Home movers', 'Buy-to-let investors']);
    const opened = table.rows.find((r) => r.key === 'mortgage-opened')!;
    expect(opened.values.slice(2)).toEqual([result.outcomes['mortgage-opened']!.share, ...segments.map((g) => result.outcomes['mortgage-opened']!.bySegment[g]!.share)]);
    expect(opened.cells[2]).toMatch(/^\d+\.\d% \([\d,]+\)$/);
  });

  it('time to outcome: mean and quantiles in ms, with p50 and p90 lines', () => {
    const { option, table } = timeToOutcomeChart(result);
    const [series] = bars(option);
    const t = result.timeToOutcome;
    expect(series!.data).toEqual([t.meanMs, t.p50Ms, t.p90Ms, t.p99Ms]);
    expect(series!.markLine!.data).toEqual([{ name: 'p50', yAxis: t.p50Ms }, { name: 'p90', yAxis: t.p90Ms }]);
    expect(table.rows[0]!.values).toEqual(['count', t.count]);
    expect(table.rows.map((r) => r.values[1])).toEqual([t.count, t.meanMs, t.p50Ms, t.p90Ms, t.p99Ms]);
  });

  it('emotion by stage: all customers and each segment, in stage order', () => {
    const { option, table } = emotionByStageChart(journey, result, cohort);
    const stages = journey.stages!.map((s) => s.id);
    expect(category(option.xAxis)).toEqual(journey.stages!.map((s) => s.name));
    const series = option.series as LineSeriesOption[];
    expect(series[0]!.data).toEqual(stages.map((s) => result.emotion.byStage[s]!.mean));
    segments.forEach((g, i) => expect(series[i + 1]!.data).toEqual(stages.map((s) => result.emotion.byStage[s]!.bySegment[g])));
    expect(table.rows.map((r) => r.values[1])).toEqual(stages.map((s) => result.emotion.byStage[s]!.mean));
  });

  it('team utilisation and queue waits', () => {
    const teams = teamLoadChart(journey, result);
    expect(category(teams.option.xAxis)).toEqual(['Mortgage advisors', 'Underwriting']);
    expect(bars(teams.option)[0]!.data).toEqual([result.teams['advisors']!.utilization, result.teams['underwriters']!.utilization]);
    expect(teams.table.rows[0]!.values).toEqual(['Mortgage advisors', journey.teams!.find((t) => t.id === 'advisors')!.staff, result.teams['advisors']!.utilization, result.teams['advisors']!.busyHours, result.teams['advisors']!.served, 0, result.teams['advisors']!.cost]);

    const queues = queueWaitChart(journey, result);
    const ids = ['advisor-call', 'document-review'];
    expect(bars(queues.option).map((s) => s.data)).toEqual([ids.map((id) => result.nodes[id]!.queue!.meanWaitMs), ids.map((id) => result.nodes[id]!.queue!.p90WaitMs)]);
    expect(queues.table.rows.map((r) => r.values.slice(1, 4))).toEqual(ids.map((id) => [journey.nodes.find((n) => n.id === id)!.work!.team, result.nodes[id]!.queue!.served, result.nodes[id]!.abandoned]));
  });

  it('cost to serve against value, per customer', () => {
    const { option, table } = economicsChart(result, cohort);
    const e = result.economics;
    const [cost, value] = bars(option);
    expect(cost!.data).toEqual([e.costPerCustomer, ...segments.map((g) => e.bySegment[g]!.costPerCustomer)]);
    expect(value!.data).toEqual([e.valuePerCustomer, ...segments.map((g) => e.bySegment[g]!.valuePerCustomer)]);
    expect(table.rows.map((r) => r.values[1])).toEqual([result.customers, ...segments.map((g) => result.segments[g]!.customers)]);
    expect(table.rows[0]!.values[4]).toBe(e.valuePerCustomer - e.costPerCustomer);
  });

  it('copes with a run where nobody reaches an outcome', () => {
    const empty = { ...result, timeToOutcome: { count: 0, meanMs: null, p50Ms: null, p90Ms: null, p99Ms: null, histogram: [] } };
    const { option } = timeToOutcomeChart(empty);
    expect(bars(option)[0]!.data).toEqual([null, null, null, null]);
    expect(bars(option)[0]!.markLine!.data).toEqual([]);
    expect((option.title as { subtext: string }).subtext).toMatch(/No customer/);
  });
});
