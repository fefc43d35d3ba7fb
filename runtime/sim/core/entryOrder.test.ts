import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arrivalProfile, drawArrival } from '../calendar/arrivalDraw';
import { entryOrder } from './entryOrder';

/** The order by definition: each customer's drawn time, sorted by (time, index). */
function byDefinition(profile: ReturnType<typeof arrivalProfile>, seed: number, from: number, to: number): [number, number][] {
  const scratch = new Int32Array(4);
  const all: [number, number][] = [];
  for (let i = from; i < to; i++) all.push([drawArrival(profile, seed, i, scratch), i]);
  return all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('entryOrder', () => {
  it('puts customers in order of entry time, then index, for any profile, span and range', () => {
    const weights = (n: number) => fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 50, noNaN: true })), { minLength: n, maxLength: n }).filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3e9 }), weights(7), weights(24), fc.nat(1000), fc.nat(700), fc.nat(1e6), (overMs, weekly, daily, from, count, seed) => {
        let profile;
        try {
          profile = arrivalProfile({ over: '1d', weekly, daily }, overMs);
        } catch {
          return; // no hour of the span has weight
        }
        const order = entryOrder(profile, seed, from, from + count);
        const expected = byDefinition(profile, seed, from, from + count);
        expect(order.length).toBe(count);
        expected.forEach(([t, i], k) => {
          expect(order.timeAt(k)).toBe(t);
          expect(order.indexAt(k)).toBe(i);
        });
      }),
      { seed: 11, numRuns: 150 },
    );
  });

  it('breaks ties of equal times by index when many customers share a millisecond', () => {
    const profile = arrivalProfile(undefined, 40);
    const order = entryOrder(profile, 3, 0, 3000);
    const expected = byDefinition(profile, 3, 0, 3000);
    expect(new Set(expected.map(([t]) => t)).size).toBeLessThanOrEqual(40);
    expected.forEach(([t, i], k) => {
      expect([order.timeAt(k), order.indexAt(k)]).toEqual([t, i]);
    });
  });

  it('stays linear with every customer in one hour of the week (the densest profile)', () => {
    const weekly = [1, 0, 0, 0, 0, 0, 0];
    const daily = Array.from({ length: 24 }, (_, h) => (h === 9 ? 1 : 0));
    const profile = arrivalProfile({ over: '28d', weekly, daily });
    const order = entryOrder(profile, 5, 0, 20_000);
    const expected = byDefinition(profile, 5, 0, 20_000);
    expect(order.timeAt(0)).toBe(expected[0]![0]);
    for (let k = 1; k < order.length; k++) {
      expect(order.timeAt(k) > order.timeAt(k - 1) || (order.timeAt(k) === order.timeAt(k - 1) && order.indexAt(k) > order.indexAt(k - 1))).toBe(true);
    }
    expect(order.indexAt(19_999)).toBe(expected[19_999]![1]);
  });
});
