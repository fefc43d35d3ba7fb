import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SlotHeap } from './slotHeap';

describe('SlotHeap', () => {
  it('pops slots by (time, rank) whatever the order of sets, updates and removals', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(200), fc.nat(5), fc.nat(20), fc.boolean()), { maxLength: 200 }), (ops) => {
        const heap = new SlotHeap();
        const model = new Map<number, [number, number]>();
        for (const [slot, time, rank, remove] of ops) {
          if (remove) {
            heap.remove(slot);
            model.delete(slot);
          } else {
            heap.set(slot, time, rank * 1000 + slot);
            model.set(slot, [time, rank * 1000 + slot]);
          }
        }
        const expected = [...model.entries()].sort((a, b) => a[1][0] - b[1][0] || a[1][1] - b[1][1]).map(([s]) => s);
        const popped: number[] = [];
        while (heap.size > 0) popped.push(heap.pop());
        expect(popped).toEqual(expected);
      }),
      { seed: 7 },
    );
  });
});
