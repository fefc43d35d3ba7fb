// The standard normal distribution, as far as the experiments' statistics need it.

/** z for a two-sided 95% interval and α = 0.05: Φ⁻¹(0.975). */
export const Z_975 = 1.959963984540054;
/** z for 80% power: Φ⁻¹(0.8). */
export const Z_80 = 0.8416212335729143;

/**
 * The complementary error function (Numerical Recipes' erfcc, a Chebyshev fit: fractional error
 * below 1.2e-7 everywhere).
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/** P(|Z| ≥ |z|) for a standard normal Z: the two-sided p-value of a z statistic. */
export function twoSidedP(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}
