// Customers who do not reach an outcome: still inside at the horizon, stalled, events ignored.
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import type { Engine } from './result/simulationResult';
import { guardedEvent, longWait, maybeStall, oneSegment, twoSegments } from './testing/closedFormJourneys';

const DAY = 86_400_000;

describe.each(['fast', 'reference'] as Engine[])('terminal states (%s engine)', (engine) => {
  it('at the horizon, customers still inside are inProgress, where they are', () => {
    const r = simulate(longWait(), oneSegment(), { customers: 50, seed: 2, engine, horizonMs: 5 * DAY });
    expect(r.terminal).toEqual({ stalled: 0, abandoned: 0, inProgress: 50 });
    expect(r.nodes.waiting!.inProgress).toBe(50);
    expect(r.outcomes.done!.count).toBe(0);
    expect(r.spanMs).toBe(5 * DAY);
    expect(r.timeToOutcome).toEqual({ count: 0, meanMs: null, p50Ms: null, p90Ms: null, p99Ms: null, histogram: [] });
    const later = simulate(longWait(), oneSegment(), { customers: 50, seed: 2, engine, horizonMs: 10 * DAY });
    expect(later.outcomes.done!.count).toBe(50); // a timer exactly at the horizon still fires
  });

  it('a customer with no event coming and no timer left is stalled at its node', () => {
    const r = simulate(maybeStall(0.25), oneSegment(), { customers: 4000, seed: 3, engine });
    expect(r.terminal.stalled + r.outcomes.bought!.count).toBe(4000);
    expect(r.nodes.page!.stalled).toBe(r.terminal.stalled);
    expect(Math.abs(r.terminal.stalled / 4000 - 0.75)).toBeLessThan(3.3 * Math.sqrt(0.75 * 0.25 / 4000));
  });

  it('an event no transition accepts is ignored and counted (and the customer then stalls)', () => {
    const r = simulate(guardedEvent(), twoSegments(), { customers: 1000, seed: 4, engine });
    const a = r.segments.a!.customers;
    expect(r.events).toEqual({ emitted: 1000, ignored: a });
    expect(r.nodes.page!.ignored).toBe(a);
    expect(r.terminal.stalled).toBe(a);
    expect(r.outcomes.bought!.count).toBe(1000 - a);
  });
});
