import { describe, expect, it } from 'vitest';
import type { BarSeriesOption } from 'echarts';
import { fixtureJourney, fixtureResult } from './dropOffFixture';
import { stageFunnel } from './stageFunnel';
import { clickedStage, reachedText, stageFunnelOption } from './stageFunnelChart';

const funnel = stageFunnel(fixtureJourney, fixtureResult);

describe('stageFunnelOption', () => {
  it('a column per stage in map order, stacked by what became of its customers, "reached" above it', () => {
    const option = stageFunnelOption(funnel);
    expect((option.xAxis as { data: string[] }).data).toEqual(['Discover', 'Apply', 'Decide']);
    const series = option.series as BarSeriesOption[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Moved on', [73, 45, 0]],
      ['Succeeded here', [0, 0, 30]],
      ['Left here', [27, 25, 15]],
      ['Still inside', [0, 3, 0]],
      ['Reached', [0, 0, 0]],
    ]);
    expect(series.every((s) => s.stack === 'stage')).toBe(true);
    const label = series.at(-1)!.label as { formatter: (p: { dataIndex: number }) => string };
    expect([0, 1, 2].map((i) => label.formatter({ dataIndex: i }))).toEqual(['100 · 100.0%', '73 · 73.0%', '45 · 45.0%']);
    expect(reachedText(funnel.stages[1]!)).toBe('73 · 73.0%');
  });

  it('finds the stage of a click on a column or on its name', () => {
    expect(clickedStage(funnel, { componentType: 'series', dataIndex: 2 })?.stageId).toBe('decide');
    expect(clickedStage(funnel, { componentType: 'xAxis', value: 'Apply' })?.entryNodeId).toBe('form');
    expect(clickedStage(funnel, { componentType: 'legend' })).toBeUndefined();
  });
});
