import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArrivalHeap } from './arrivalHeap';
import { rankOf } from './arrivalList';

describe('ArrivalHeap', () => {
  it('gives back arrivals by (time, rank), pushes and pops interleaved, with their node and timer flag', () => {
    const item = fc.tuple(fc.nat(50), fc.nat(4), fc.nat(100_000));
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: ([, c, i]) => `${c}/${i}`, maxLength: 600 }), fc.array(fc.nat(3), { maxLength: 600 }), (items, pops) => {
        const heap = new ArrivalHeap();
        const model: [number, number, number][] = [];
        const popOne = () => {
          model.sort((a, b) => a[0] - b[0] || rankOf(a[1], a[2]) - rankOf(b[1], b[2]));
          const [t, c, i] = model.shift()!;
          expect([heap.topTime(), heap.topRank(), heap.topNode(), heap.topTimers()]).toEqual([t, rankOf(c, i), i % 70, i % 3 === 0]);
          heap.pop();
        };
        items.forEach(([t, c, i], k) => {
          heap.push(t, rankOf(c, i), i % 70, i % 3 === 0);
          model.push([t, c, i]);
          for (let p = 0; p < (pops[k] ?? 0) && model.length > 0; p++) popOne();
        });
        while (model.length > 0) popOne();
        expect(heap.size).toBe(0);
      }),
      { seed: 11 },
    );
  });
});
