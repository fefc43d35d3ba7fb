import type { CountShare } from './simulationResult';

/** One variant of a split in the result (DESIGN §5, `experiments`). */
export interface ExperimentVariantResult {
  /** The variant's weight, as the document sets it. */
  weight: number;
  /** The control group (the document's `holdout`). */
  holdout: boolean;
  /** Customers assigned to this variant (each counted once, however often it passed the split). */
  customers: number;
  /** Of those customers, the share that ended at the split's goal (0 when it has no customers). */
  goalShare: number;
  /** The outcome value of those customers / customers (0 when it has no customers). */
  valuePerCustomer: number;
  /** Where those customers ended, per outcome node in document order; shares of `customers`. */
  outcomes: Record<string, CountShare>;
}

/** A variant's goal share against the variant it is compared with: `diff` = variant − against. */
export interface ExperimentComparison {
  variant: string;
  against: string;
  /** Difference of goal shares (variant − against), a proportion (0.031 = 3.1 points). */
  diff: number;
  /** Its 95% confidence interval (unpooled normal approximation), [low, high]. */
  ci95: [number, number];
  /** Two-sided p-value of the pooled two-proportion z-test (1 when nobody is in either variant). */
  pValue: number;
  /**
   * Customers per variant for 80% power at α = 0.05 (two-sided) to detect this difference between
   * these two goal shares (two-proportion formula); null when the difference is 0.
   */
  customersNeeded: number | null;
}

/** One split's experiment. */
export interface ExperimentResult {
  /** The node's `goal`: an outcome id or a result (default `success`). */
  goal: string;
  /** Per variant, in document order. */
  variants: Record<string, ExperimentVariantResult>;
  /** Every variant but the reference against it, in document order: the reference is the holdout when there is one, else the first variant. */
  comparisons: ExperimentComparison[];
}

/** The result's `experiments` section: one entry per split node, in document order ({} without splits). */
export type ExperimentsResult = Record<string, ExperimentResult>;
