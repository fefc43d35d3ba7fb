// An indexed binary min-heap of customer slots, ordered by (time, rank): each live customer is in
// it at most once, keyed by its next interaction. Keys and positions live in typed arrays indexed
// by slot, so updates and removals are O(log n) without allocation.

export class SlotHeap {
  private heap = new Int32Array(64);
  private pos = new Int32Array(64).fill(-1);
  private time = new Float64Array(64);
  private rank = new Float64Array(64);
  size = 0;

  private ensureSlot(slot: number): void {
    if (slot < this.pos.length) return;
    let n = this.pos.length;
    while (n <= slot) n *= 2;
    const pos = new Int32Array(n).fill(-1);
    pos.set(this.pos);
    this.pos = pos;
    const time = new Float64Array(n);
    time.set(this.time);
    this.time = time;
    const rank = new Float64Array(n);
    rank.set(this.rank);
    this.rank = rank;
  }

  private less(a: number, b: number): boolean {
    const ta = this.time[a]!;
    const tb = this.time[b]!;
    return ta < tb || (ta === tb && this.rank[a]! < this.rank[b]!);
  }

  private place(i: number, slot: number): void {
    this.heap[i] = slot;
    this.pos[slot] = i;
  }

  private up(i: number): void {
    const slot = this.heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = this.heap[parent]!;
      if (!this.less(slot, p)) break;
      this.place(i, p);
      i = parent;
    }
    this.place(i, slot);
  }

  private down(i: number): void {
    const slot = this.heap[i]!;
    const n = this.size;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.less(this.heap[right]!, this.heap[child]!)) child = right;
      const c = this.heap[child]!;
      if (!this.less(c, slot)) break;
      this.place(i, c);
      i = child;
    }
    this.place(i, slot);
  }

  /** Inserts `slot`, or moves it to its new key. */
  set(slot: number, time: number, rank: number): void {
    this.ensureSlot(slot);
    this.time[slot] = time;
    this.rank[slot] = rank;
    const at = this.pos[slot]!;
    if (at >= 0) {
      this.up(at);
      this.down(this.pos[slot]!);
      return;
    }
    if (this.size === this.heap.length) {
      const heap = new Int32Array(this.heap.length * 2);
      heap.set(this.heap);
      this.heap = heap;
    }
    this.size++;
    this.place(this.size - 1, slot);
    this.up(this.size - 1);
  }

  has(slot: number): boolean {
    return slot < this.pos.length && this.pos[slot]! >= 0;
  }

  remove(slot: number): void {
    if (!this.has(slot)) return;
    const at = this.pos[slot]!;
    this.pos[slot] = -1;
    this.size--;
    if (at === this.size) return;
    const last = this.heap[this.size]!;
    this.place(at, last);
    this.up(at);
    this.down(this.pos[last]!);
  }

  /** The slot with the smallest key, or -1. */
  peek(): number {
    return this.size > 0 ? this.heap[0]! : -1;
  }

  peekTime(): number {
    return this.size > 0 ? this.time[this.heap[0]!]! : Number.POSITIVE_INFINITY;
  }

  peekRank(): number {
    return this.size > 0 ? this.rank[this.heap[0]!]! : Number.POSITIVE_INFINITY;
  }

  pop(): number {
    const slot = this.peek();
    if (slot >= 0) this.remove(slot);
    return slot;
  }
}
