import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArrivalList, rankOf } from './arrivalList';

describe('ArrivalList', () => {
  it('sorts by (time, rank) and keeps node and timer flags with their arrival', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(50), fc.nat(4), fc.nat(100_000)), { selector: ([, c, i]) => `${c}/${i}`, maxLength: 400 }), (items) => {
        const list = new ArrivalList();
        items.forEach(([t, c, i]) => list.push(t, rankOf(c, i), i % 70, i % 3 === 0));
        list.sort();
        const expected = [...items].sort((a, b) => a[0] - b[0] || rankOf(a[1], a[2]) - rankOf(b[1], b[2]));
        expected.forEach(([t, c, i], k) => {
          expect(list.timeAt(k)).toBe(t);
          expect(list.rankAt(k)).toBe(rankOf(c, i));
          expect(list.nodeAt(k)).toBe(i % 70);
          expect(list.timersAt(k)).toBe(i % 3 === 0);
        });
      }),
      { seed: 7 },
    );
  });
});
