import { describe, expect, it } from 'vitest';
import { createProgressReporter } from './progressReporter';

describe('createProgressReporter', () => {
  it('sends the first and last reports, and steps of at least 1% no closer than the interval', () => {
    let t = 0;
    const sent: number[] = [];
    const report = createProgressReporter((d) => sent.push(d), 1_000, () => t, 50);
    report(0);
    report(5); // < 1%
    t = 100;
    report(9);
    expect(sent).toEqual([0]);
    report(10); // 1%, 100 ms later
    t = 120;
    report(500); // too soon
    t = 170;
    report(600);
    report(1_000);
    report(1_000);
    expect(sent).toEqual([0, 10, 600, 1_000]);
  });

  it('never sends more than ~20 a second however fast the job goes', () => {
    let t = 0;
    const sent: number[] = [];
    const report = createProgressReporter((d) => sent.push(d), 1_000_000, () => t, 50);
    for (let d = 0; d <= 1_000_000; d += 1_000) {
      report(d);
      t += 1; // 1 ms per 0.1%: the whole job in one second
    }
    expect(sent.length).toBeLessThanOrEqual(22);
    expect(sent.at(-1)).toBe(1_000_000);
  });
});
