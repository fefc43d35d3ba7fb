import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exactAdd, exactMerge, exactSums, exactValue } from './exactSum';

describe('exact sums', () => {
  it('any order, any split: the same bits, beyond 2^53 too', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 45 }), { maxLength: 300 }), fc.nat(), (xs, cut) => {
        const forward = exactSums(1);
        xs.forEach((x) => exactAdd(forward, 0, x));
        const backward = exactSums(1);
        [...xs].reverse().forEach((x) => exactAdd(backward, 0, x));
        const k = xs.length === 0 ? 0 : cut % xs.length;
        const left = exactSums(1);
        const right = exactSums(1);
        xs.slice(0, k).forEach((x) => exactAdd(left, 0, x));
        xs.slice(k).forEach((x) => exactAdd(right, 0, x));
        exactMerge(left, right);
        expect([...backward]).toEqual([...forward]);
        expect([...left]).toEqual([...forward]);
        expect(exactValue(forward, 0)).toBe(Number(xs.reduce((a, b) => a + BigInt(b), 0n)));
      }),
      { seed: 7 },
    );
  });
});
