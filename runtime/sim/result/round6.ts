/** Rounds to 6 decimal places (the result's policy for every non-integer figure). */
export function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}
