import { describe, expect, it } from 'vitest';
import { timeToOutcomeChart, outcomesBySegmentChart } from '../model/chartOptions';
import { sampleRun } from '../model/testRuns';
import { cardOption, chartNote } from './cardOption';

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
});
