// Customers waiting for their first contact with staff when they arrive in no known order (the
// streaming run: a customer enters, runs ahead and is compacted only when too many are held in
// slots): the same 16 bytes as ArrivalList, in a binary min-heap by (time, rank) instead of a
// list sorted once.
import { doubled, packArrival, swapEntries, unpackNode, unpackRank, unpackTimers } from './arrivalList';

export class ArrivalHeap {
  private time = new Float64Array(256);
  private key = new Float64Array(256);
  size = 0;

  private less(i: number, j: number): boolean {
    const t = this.time;
    return t[i]! < t[j]! || (t[i] === t[j] && this.key[i]! < this.key[j]!);
  }

  private swap(i: number, j: number): void {
    swapEntries(this.time, this.key, i, j);
  }

  push(time: number, rank: number, node: number, timers: boolean): void {
    if (this.size === this.time.length) {
      this.time = doubled(this.time);
      this.key = doubled(this.key);
    }
    let i = this.size++;
    this.time[i] = time;
    this.key[i] = packArrival(rank, node, timers);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The earliest entry's fields (the heap must not be empty). */
  topTime(): number {
    return this.time[0]!;
  }

  topRank(): number {
    return unpackRank(this.key[0]!);
  }

  topNode(): number {
    return unpackNode(this.key[0]!);
  }

  topTimers(): boolean {
    return unpackTimers(this.key[0]!);
  }

  /** Removes the earliest entry. */
  pop(): void {
    const n = --this.size;
    if (n === 0) return;
    this.time[0] = this.time[n]!;
    this.key[0] = this.key[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.less(child + 1, child)) child++;
      if (!this.less(child, i)) break;
      this.swap(i, child);
      i = child;
    }
  }
}
