// Staff queues with exact answers: one staff member, fixed handle times, customers arriving together.
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { traceCustomer } from './traceCustomer';
import type { Engine } from './result/simulationResult';
import { oneSegment, singleDesk } from './testing/closedFormJourneys';

const MIN = 60_000;

describe.each(['fast', 'reference'] as Engine[])('staff queues (%s engine)', (engine) => {
  it('3 customers at t = 0, one clerk, 10m each: waits 0, 10m, 20m (mean 10m), 30m busy', () => {
    const r = simulate(singleDesk(1, '10m', { deskCost: 1 }), oneSegment(), { customers: 3, seed: 1, engine });
    const queue = { offered: 3, served: 3, abandoned: 0, abandonRate: 0, meanWaitMs: 10 * MIN, p90WaitMs: 20 * MIN, p99WaitMs: 20 * MIN, maxWaitMs: 20 * MIN, serviceLevel: null };
    expect(r.nodes.desk!.queue).toMatchObject(queue);
    expect(Math.abs(r.nodes.desk!.queue!.p50WaitMs! / (10 * MIN) - 1)).toBeLessThan(0.07);
    const { byHourOfWeek, ...team } = r.teams.clerks!;
    expect(team).toMatchObject({ staff: 1, utilization: 1, busyHours: 0.5, onDutyHours: 0.5, cost: 30, idleCost: 0, ...queue, target: { serviceLevel: null, withinMs: null, maxAbandon: null }, tasks: 0 });
    expect(byHourOfWeek.offered[0]).toBe(3);
    expect(byHourOfWeek.busyHours[0]).toBe(0.5);
    expect(byHourOfWeek.onDutyHours[0]).toBe(0.5);
    expect(byHourOfWeek.onDutyHours.slice(1).every((h) => h === 0)).toBe(true);
    expect(r.timeToOutcome).toMatchObject({ count: 3, meanMs: 20 * MIN, p90Ms: 30 * MIN, p99Ms: 30 * MIN });
    // Quantiles inside the range come from 6.25%-wide log buckets.
    expect(Math.abs(r.timeToOutcome.p50Ms! / (20 * MIN) - 1)).toBeLessThan(0.04);
    expect(r.outcomes.served!.count).toBe(3);
    expect(r.spanMs).toBe(30 * MIN);
    // 3 visits at 1 + 30 minutes of a 60/h clerk, over 3 customers.
    expect(r.economics).toEqual({ totalCost: 33, totalValue: 300, costPerCustomer: 11, valuePerCustomer: 100, bySegment: { all: { costPerCustomer: 11, valuePerCustomer: 100 } } });
  });

  it('with a fixed patience of 15m the third gives up at 15m; 20m busy', () => {
    const r = simulate(singleDesk(1, '10m'), oneSegment('15m'), { customers: 3, seed: 1, engine });
    expect(r.terminal).toEqual({ stalled: 0, abandoned: 1, inProgress: 0 });
    expect(r.nodes.desk!.abandoned).toBe(1);
    expect(r.nodes.desk!.queue).toMatchObject({ offered: 3, served: 2, abandoned: 1, abandonRate: 0.333333, meanWaitMs: 5 * MIN, p90WaitMs: 10 * MIN, maxWaitMs: 10 * MIN });
    expect(r.teams.clerks).toMatchObject({ offered: 3, served: 2, abandoned: 1, abandonRate: 0.333333 });
    expect(r.teams.clerks!.byHourOfWeek.abandoned[0]).toBe(1);
    expect(r.teams.clerks!.busyHours).toBe(0.333333);
    expect(r.outcomes.served!.count).toBe(2);
    const third = traceCustomer(singleDesk(1, '10m'), oneSegment('15m'), 1, 2, { customers: 3, engine });
    expect(third.steps.at(-2)).toEqual({ t: 15 * MIN, type: 'abandon', node: 'desk', team: 'clerks', waitMs: 15 * MIN });
    expect(third.steps.at(-1)).toEqual({ t: 15 * MIN, type: 'end', end: 'abandoned', node: 'desk' });
  });

  it('a wait exactly equal to the patience is served (the staff member frees first)', () => {
    const r = simulate(singleDesk(1, '10m'), oneSegment('10m'), { customers: 3, seed: 1, engine });
    expect(r.nodes.desk!.queue!.served).toBe(2);
    expect(r.terminal.abandoned).toBe(1);
  });

  it('two clerks serve in pairs; FIFO by customer index', () => {
    const r = simulate(singleDesk(2, '10m'), oneSegment(), { customers: 5, seed: 1, engine });
    // waits 0, 0, 10m, 10m, 20m
    expect(r.nodes.desk!.queue).toMatchObject({ offered: 5, served: 5, meanWaitMs: 8 * MIN, p90WaitMs: 20 * MIN, maxWaitMs: 20 * MIN });
    const last = traceCustomer(singleDesk(2, '10m'), oneSegment(), 1, 4, { customers: 5, engine });
    expect(last.steps.find((s) => s.type === 'serve')).toEqual({ t: 20 * MIN, type: 'serve', node: 'desk', team: 'clerks', waitMs: 20 * MIN, handleMs: 10 * MIN });
  });
});

describe('staff queues, many customers', () => {
  it('M/D/1 at t = 0: N customers, handle h: mean wait (N − 1)·h/2, busy N·h', () => {
    const N = 2000;
    const r = simulate(singleDesk(1, '1m'), oneSegment(), { customers: N, seed: 5 });
    expect(r.nodes.desk!.queue!.meanWaitMs).toBe(((N - 1) * MIN) / 2);
    expect(r.nodes.desk!.queue!.maxWaitMs).toBe((N - 1) * MIN);
    expect(r.teams.clerks!.busyHours).toBeCloseTo(N / 60, 6);
  });

  it('patience drawn per customer: who gives up is exactly who would wait longer than its patience', () => {
    const N = 500;
    const r = simulate(singleDesk(1, '1m'), oneSegment({ dist: 'exponential', mean: '2h' }), { customers: N, seed: 9 });
    expect(r.nodes.desk!.queue!.served + r.terminal.abandoned).toBe(N);
    expect(r.terminal.abandoned).toBeGreaterThan(0);
    expect(r.nodes.desk!.queue!.maxWaitMs!).toBeLessThanOrEqual((N - 1) * MIN);
  });
});
