// Two proportions compared (DESIGN §5, the result's `experiments`): a variant's goal share against
// the holdout's (or the first variant's), with the normal approximations every A/B tool uses.
import { twoSidedP, Z_80, Z_975 } from './normalDistribution';

export interface TwoProportionComparison {
  /** p1 − p0. */
  diff: number;
  /** diff ± z₀.₉₇₅ · √(p1(1−p1)/n1 + p0(1−p0)/n0): the unpooled (Wald) 95% interval. */
  ci95: [number, number];
  /** Two-sided p-value of the pooled z-test: z = diff / √(p̄(1−p̄)(1/n1 + 1/n0)), p̄ = (x1 + x0)/(n1 + n0). 1 when it cannot be computed. */
  pValue: number;
  /** customersNeeded(p0, p1), null when the difference is 0. */
  customersNeeded: number | null;
}

/**
 * Customers per group to detect p1 against p0 with 80% power at α = 0.05 two-sided (the textbook
 * two-proportion formula, no continuity correction):
 * n = (z₀.₉₇₅ √(2 p̄ (1 − p̄)) + z₀.₈ √(p0 (1 − p0) + p1 (1 − p1)))² / (p1 − p0)², p̄ = (p0 + p1)/2,
 * rounded up. Null when p1 = p0 (no difference to detect).
 */
export function customersNeeded(p0: number, p1: number): number | null {
  const d = p1 - p0;
  if (d === 0 || !Number.isFinite(d)) return null;
  const pBar = (p0 + p1) / 2;
  const a = Z_975 * Math.sqrt(2 * pBar * (1 - pBar)) + Z_80 * Math.sqrt(p0 * (1 - p0) + p1 * (1 - p1));
  return Math.ceil((a * a) / (d * d));
}

/** x1 of n1 against x0 of n0 (counts of customers who reached the goal, and customers). */
export function compareProportions(x1: number, n1: number, x0: number, n0: number): TwoProportionComparison {
  const p1 = n1 > 0 ? x1 / n1 : 0;
  const p0 = n0 > 0 ? x0 / n0 : 0;
  const diff = p1 - p0;
  if (n1 === 0 || n0 === 0) return { diff, ci95: [diff, diff], pValue: 1, customersNeeded: customersNeeded(p0, p1) };
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p0 * (1 - p0)) / n0);
  const pooled = (x1 + x0) / (n1 + n0);
  const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0));
  const pValue = se0 > 0 ? twoSidedP(diff / se0) : 1;
  return { diff, ci95: [diff - Z_975 * se, diff + Z_975 * se], pValue, customersNeeded: customersNeeded(p0, p1) };
}
