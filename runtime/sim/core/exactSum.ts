// Exact sums of integers in a Float64Array: entry i is the pair (lo, hi) at [2i, 2i+1] with
// value hi·2^32 + lo and 0 ≤ lo < 2^32. Adding integers below 2^52 in magnitude is exact whatever
// the total, so sums do not depend on the order of additions: shards merge to the very same bits.

const TWO_POW_32 = 4294967296;

export function exactSums(n: number): Float64Array {
  return new Float64Array(2 * n);
}

/** Adds the integer `x` (|x| < 2^52) to entry `i`. */
export function exactAdd(acc: Float64Array, i: number, x: number): void {
  const k = 2 * i;
  let lo = acc[k]! + x;
  if (lo >= TWO_POW_32 || lo < 0) {
    const carry = Math.floor(lo / TWO_POW_32);
    acc[k + 1] = acc[k + 1]! + carry;
    lo -= carry * TWO_POW_32;
  }
  acc[k] = lo;
}

/** The value of entry `i` (rounded to a double when beyond 2^53). */
export function exactValue(acc: Float64Array, i: number): number {
  return acc[2 * i + 1]! * TWO_POW_32 + acc[2 * i]!;
}

/** Adds every entry of `from` into `into`. */
export function exactMerge(into: Float64Array, from: Float64Array): void {
  for (let i = 0; i < into.length; i += 2) {
    into[i + 1] = into[i + 1]! + from[i + 1]!;
    exactAdd(into, i / 2, from[i]!);
  }
}
