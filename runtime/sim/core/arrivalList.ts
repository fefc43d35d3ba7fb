// Customers waiting for their first contact with staff, kept as 16 bytes: the time of the arrival
// and a packed key (class, customer index, whether timers run, the node with work). Until then a
// customer's path depends on nothing but its own random streams, so it is replayed from the start
// when its turn comes instead of being held in memory.

const CLASS_RANK = 4294967296;
const LOW = 131072; // 2^17: 16 bits of node, 1 bit of "timers running"

/** The most nodes a journey may have for the simulator (node ids are packed in 16 bits). */
export const MAX_NODES = 65536;

/** The global order of interactions at equal times: class, then customer index. */
export function rankOf(cls: number, index: number): number {
  return cls * CLASS_RANK + index;
}

export function indexOfRank(rank: number): number {
  return rank % CLASS_RANK;
}

/** The packed key of an arrival: rank, whether timers run, the node with work. */
export function packArrival(rank: number, node: number, timers: boolean): number {
  return rank * LOW + (timers ? 65536 : 0) + node;
}

export const unpackRank = (key: number) => Math.floor(key / LOW);
export const unpackNode = (key: number) => key % 65536;
export const unpackTimers = (key: number) => key % LOW >= 65536;

/** `a` in an array twice as long (the rest zero). */
export function doubled(a: Float64Array): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}

/** Swaps entries i and j of the parallel arrays of times and keys. */
export function swapEntries(t: Float64Array, k: Float64Array, i: number, j: number): void {
  const ti = t[i]!;
  t[i] = t[j]!;
  t[j] = ti;
  const ki = k[i]!;
  k[i] = k[j]!;
  k[j] = ki;
}

export class ArrivalList {
  private time = new Float64Array(1024);
  private key = new Float64Array(1024);
  length = 0;

  private add(time: number, key: number): void {
    if (this.length === this.time.length) {
      this.time = doubled(this.time);
      this.key = doubled(this.key);
    }
    this.time[this.length] = time;
    this.key[this.length] = key;
    this.length++;
  }

  push(time: number, rank: number, node: number, timers: boolean): void {
    this.add(time, packArrival(rank, node, timers));
  }

  /** Adds another list's entries (the admission phase of other customers). */
  append(times: Float64Array, keys: Float64Array): void {
    for (let i = 0; i < times.length; i++) this.add(times[i]!, keys[i]!);
  }

  /** The entries, trimmed (to hand over to another thread or shard). */
  entries(): { times: Float64Array; keys: Float64Array } {
    return { times: this.time.slice(0, this.length), keys: this.key.slice(0, this.length) };
  }

  /** Sorts by (time, rank) in place (ranks are unique: one entry per customer); no extra memory. */
  sort(): void {
    const t = this.time;
    const k = this.key;
    const less = (i: number, j: number) => t[i]! < t[j]! || (t[i] === t[j] && k[i]! < k[j]!);
    const swap = (i: number, j: number) => swapEntries(t, k, i, j);
    // Quicksort (median of three, the smaller side first so the stack stays O(log n)), insertion sort below 16.
    const stack: number[] = [0, this.length - 1];
    while (stack.length > 0) {
      let hi = stack.pop()!;
      let lo = stack.pop()!;
      while (hi - lo >= 16) {
        const mid = (lo + hi) >>> 1;
        if (less(mid, lo)) swap(mid, lo);
        if (less(hi, lo)) swap(hi, lo);
        if (less(hi, mid)) swap(hi, mid);
        swap(mid, hi - 1);
        const pivot = hi - 1;
        let i = lo;
        let j = hi - 1;
        for (;;) {
          while (less(++i, pivot));
          while (less(pivot, --j));
          if (i >= j) break;
          swap(i, j);
        }
        swap(i, hi - 1);
        if (i - lo < hi - i) {
          stack.push(i + 1, hi);
          hi = i - 1;
        } else {
          stack.push(lo, i - 1);
          lo = i + 1;
        }
      }
      for (let a = lo + 1; a <= hi; a++) for (let b = a; b > lo && less(b, b - 1); b--) swap(b, b - 1);
    }
  }

  timeAt(i: number): number {
    return this.time[i]!;
  }

  rankAt(i: number): number {
    return unpackRank(this.key[i]!);
  }

  nodeAt(i: number): number {
    return unpackNode(this.key[i]!);
  }

  timersAt(i: number): boolean {
    return unpackTimers(this.key[i]!);
  }
}
