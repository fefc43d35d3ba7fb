// A team's staff as positions 1…P (P: the most ever on duty). With S on duty, positions 1…S are on
// shift: when fewer come on duty, the highest positions go off first (the last to come on is the
// first to leave), and a customer is taken by the free staff member with the lowest position (the
// one with the most of the shift left). Free positions sit in a min-heap.

export class StaffPositions {
  /** 1 while the position's staff member has a customer in hand. */
  readonly busy: Uint8Array;
  private readonly heap: Int32Array;
  private size: number;

  constructor(readonly count: number) {
    this.busy = new Uint8Array(count + 1);
    this.heap = new Int32Array(Math.max(1, count));
    for (let p = 1; p <= count; p++) this.heap[p - 1] = p;
    this.size = count;
  }

  /** The free position with the lowest number (0 when none is free), now busy. */
  take(): number {
    if (this.size === 0) return 0;
    const h = this.heap;
    const top = h[0]!;
    const last = h[--this.size]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const c = l + 1 < this.size && h[l + 1]! < h[l]! ? l + 1 : l;
      if (h[c]! >= last) break;
      h[i] = h[c]!;
      i = c;
    }
    if (this.size > 0) h[i] = last;
    this.busy[top] = 1;
    return top;
  }

  /** Position `p` is free again. */
  free(p: number): void {
    this.busy[p] = 0;
    const h = this.heap;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent]! <= p) break;
      h[i] = h[parent]!;
      i = parent;
    }
    h[i] = p;
  }

  /** Busy positions in (from, to]. */
  busyIn(from: number, to: number): number {
    let n = 0;
    for (let p = from + 1; p <= Math.min(to, this.count); p++) n += this.busy[p]!;
    return n;
  }
}
