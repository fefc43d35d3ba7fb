// Invariants of the operations figures on random journeys with arrivals and schedules: the queue
// accounting adds up, the hour-of-week figures fold exactly onto the totals, staff are never busier
// than on duty, arrivals fall only in hours the profile gives weight, and shards join to one run.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { completeSimulation, simulate, simulateAdmissions } from './simulate';
import { arbitraryJourney } from './testing/arbitraryJourney';
import { durationMs } from '../model/duration';

const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-5 * Math.max(1, Math.abs(b)) + 168e-6;

describe('operations figures on random journeys with arrivals and schedules', () => {
  it('add up, fold onto the totals, and respect the schedule and the profile', () => {
    let scheduledRuns = 0;
    let arrivalRuns = 0;
    fc.assert(
      fc.property(arbitraryJourney, fc.integer({ min: 1, max: 10_000 }), ({ journey, cohort }, seed) => {
        const N = 400;
        const r = simulate(journey, cohort, { customers: N, seed, horizonMs: 30 * 86_400_000 });
        expect(sum(r.arrivals.byHourOfWeek)).toBe(N);
        if (cohort.arrivals) {
          arrivalRuns++;
          expect(r.arrivals.overMs).toBe(durationMs(cohort.arrivals.over));
          const weekly = cohort.arrivals.weekly ?? new Array(7).fill(1);
          const daily = cohort.arrivals.daily ?? new Array(24).fill(1);
          r.arrivals.byHourOfWeek.forEach((n, h) => {
            if (weekly[Math.floor(h / 24)] * daily[h % 24] === 0) expect(n, `hour ${h}`).toBe(0);
          });
        } else expect(r.arrivals.byHourOfWeek[0]).toBe(N);
        for (const team of journey.teams ?? []) {
          const t = r.teams[team.id]!;
          if (team.schedule) scheduledRuns++;
          expect(t.served + t.abandoned).toBeLessThanOrEqual(t.offered);
          expect(sum(t.byHourOfWeek.offered)).toBe(t.offered);
          expect(sum(t.byHourOfWeek.abandoned)).toBe(t.abandoned);
          expect(sum(t.byHourOfWeek.withinTarget)).toBeLessThanOrEqual(t.served);
          expect(close(sum(t.byHourOfWeek.busyHours), t.busyHours)).toBe(true);
          expect(close(sum(t.byHourOfWeek.onDutyHours), t.onDutyHours)).toBe(true);
          expect(t.busyHours).toBeLessThanOrEqual(t.onDutyHours + 1e-6);
          t.byHourOfWeek.busyHours.forEach((b, h) => expect(b, `hour ${h}`).toBeLessThanOrEqual(t.byHourOfWeek.onDutyHours[h]! + 1e-6));
          expect(t.utilization).toBeLessThanOrEqual(1);
          if (t.offered > 0) expect(t.abandonRate).toBeCloseTo(t.abandoned / t.offered, 5);
          if (team.serviceLevel && t.offered > 0) expect(t.serviceLevel).toBeCloseTo(sum(t.byHourOfWeek.withinTarget) / t.offered, 5);
          else expect(t.serviceLevel).toBeNull();
          const nodes = journey.nodes.filter((n) => n.work?.team === team.id).map((n) => r.nodes[n.id]!.queue!);
          expect(sum(nodes.map((q) => q.offered))).toBe(t.offered);
          expect(sum(nodes.map((q) => q.served))).toBe(t.served);
        }
      }),
      { numRuns: 60, seed: 20262 },
    );
    expect(scheduledRuns).toBeGreaterThan(10);
    expect(arrivalRuns).toBeGreaterThan(10);
  });

  it('admission shards join to the very same bytes with arrivals and schedules', () => {
    fc.assert(
      fc.property(arbitraryJourney, fc.integer({ min: 1, max: 10_000 }), ({ journey, cohort }, seed) => {
        const options = { customers: 300, seed, horizonMs: 30 * 86_400_000 };
        const single = JSON.stringify(simulate(journey, cohort, options));
        const shards = [simulateAdmissions(journey, cohort, { ...options, from: 170, to: 300 }), simulateAdmissions(journey, cohort, { ...options, from: 0, to: 170 })];
        expect(JSON.stringify(completeSimulation(journey, cohort, shards, options))).toBe(single);
      }),
      { numRuns: 30, seed: 20263 },
    );
  });
});
