import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstAbove } from './arrivalDraw';

/** By definition: the first index holding more than the target, the last if none. */
function linear(c: Float64Array, target: number): number {
  for (let k = 0; k < c.length; k++) if (c[k]! > target) return k;
  return c.length - 1;
}

describe('firstAbove', () => {
  it('finds the first entry above the target from any guess, over flat and steep stretches', () => {
    const cumulative = fc.array(fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 400 }).map((w) => {
      const c = new Float64Array(w.length);
      let acc = 0;
      w.forEach((x, i) => (c[i] = acc += x));
      return c;
    });
    fc.assert(
      fc.property(cumulative, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: -5, max: 500 }), (c, u, guess) => {
        const target = u * c[c.length - 1]!;
        expect(firstAbove(c, target, guess)).toBe(linear(c, target));
      }),
      { seed: 5, numRuns: 2000 },
    );
  });
});
