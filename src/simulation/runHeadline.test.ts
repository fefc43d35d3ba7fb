import { describe, expect, it } from 'vitest';
import { runHeadline } from './runHeadline';
import { sampleRun } from './model/testRuns';

describe('runHeadline', () => {
  it('names the most frequent success outcome with its share', () => {
    const { journey, result } = sampleRun('mortgage-preapproval');
    const [id, o] = Object.entries(result.outcomes)
      .filter(([, x]) => x.result === 'success')
      .sort((a, b) => b[1].count - a[1].count)[0]!;
    const label = journey.nodes.find((n) => n.id === id)!.label;
    expect(runHeadline(result, journey)).toBe(`${label} ${(o.share * 100).toFixed(1)}%`);
    expect(runHeadline(result)).toMatch(new RegExp(`^${id} \\d+\\.\\d%$`));
  });

  it('says so when nobody reached an outcome', () => {
    const { result } = sampleRun('mortgage-preapproval');
    const none = { ...result, outcomes: Object.fromEntries(Object.entries(result.outcomes).map(([k, o]) => [k, { ...o, count: 0, share: 0 }])) };
    expect(runHeadline(none)).toBe('No outcome reached');
  });
});
