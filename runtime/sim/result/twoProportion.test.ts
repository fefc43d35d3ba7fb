import { describe, expect, it } from 'vitest';
import { compareProportions, customersNeeded } from './twoProportion';
import { erfc, twoSidedP } from './normalDistribution';

/**
 * The textbook sample size per group for two proportions (Fleiss, Statistical Methods for Rates and
 * Proportions, without continuity correction), written out here with z values read from a table:
 * n = [z(1−α/2) √(2 p̄ q̄) + z(1−β) √(p1 q1 + p2 q2)]² / (p1 − p2)², α = 0.05, power 1 − β = 0.8.
 */
function textbookN(p1: number, p2: number): number {
  const zAlpha = 1.959964; // z(0.975)
  const zBeta = 0.841621; // z(0.80)
  const pBar = (p1 + p2) / 2;
  const root = zAlpha * Math.sqrt(2 * pBar * (1 - pBar)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil((root * root) / ((p1 - p2) * (p1 - p2)));
}

describe('customersNeeded (80% power, α = 0.05, two-sided)', () => {
  it('is the textbook two-proportion formula', () => {
    for (const [p0, p1] of [[0.05, 0.1], [0.1, 0.12], [0.2, 0.25], [0.5, 0.45], [0.01, 0.011], [0.3, 0.9]] as const) {
      expect(customersNeeded(p0, p1), `${p0} vs ${p1}`).toBe(textbookN(p0, p1));
    }
  });

  it('gives the published figures: 435 per group for 5% against 10%, 3,841 for 10% against 12%', () => {
    expect(customersNeeded(0.05, 0.1)).toBe(435);
    expect(customersNeeded(0.1, 0.12)).toBe(3841);
  });

  it('is symmetric, grows as the difference shrinks, and is null for no difference', () => {
    expect(customersNeeded(0.12, 0.1)).toBe(customersNeeded(0.1, 0.12));
    expect(customersNeeded(0.1, 0.11)!).toBeGreaterThan(customersNeeded(0.1, 0.12)!);
    expect(customersNeeded(0.2, 0.2)).toBeNull();
  });
});

describe('compareProportions', () => {
  it('60 of 200 against 40 of 200: diff 0.1, Wald interval, pooled z-test p = 0.0209', () => {
    const c = compareProportions(60, 200, 40, 200);
    expect(c.diff).toBeCloseTo(0.1, 12);
    const se = Math.sqrt((0.3 * 0.7) / 200 + (0.2 * 0.8) / 200);
    expect(c.ci95[0]).toBeCloseTo(0.1 - 1.959964 * se, 5);
    expect(c.ci95[1]).toBeCloseTo(0.1 + 1.959964 * se, 5);
    // z = 0.1 / √(0.25 · 0.75 · 2/200) = 2.3094; two-sided p from a normal table: 0.02092.
    expect(c.pValue).toBeCloseTo(0.020921, 5);
    expect(c.customersNeeded).toBe(textbookN(0.2, 0.3));
  });

  it('has p = 1 and a point interval when a group is empty or both shares are 0', () => {
    expect(compareProportions(0, 0, 5, 10)).toMatchObject({ pValue: 1, ci95: [-0.5, -0.5] });
    expect(compareProportions(0, 50, 0, 50)).toEqual({ diff: 0, ci95: [0, 0], pValue: 1, customersNeeded: null });
  });
});

describe('the normal distribution', () => {
  it('erfc and the two-sided p-value match tabulated values', () => {
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(1)).toBeCloseTo(0.157299207, 7);
    expect(erfc(-1)).toBeCloseTo(1.842700793, 7);
    expect(twoSidedP(1.959964)).toBeCloseTo(0.05, 6);
    expect(twoSidedP(2.575829)).toBeCloseTo(0.01, 6);
    expect(twoSidedP(0)).toBe(1);
  });
});
