// The experiments of a journey for the simulator (DESIGN §5.7): each split node with its variants'
// cumulative weights, and each variant's place in the flat per-variant metrics.
import type { Journey } from '../../model/journey';
import { experimentsOf } from '../../compile/splitTable';

export interface PlanSplit {
  /** The split node's id and index. */
  id: string;
  node: number;
  goal: string;
  /** Variant ids, weights and holdout flags, in document order. */
  variants: { id: string; weight: number; holdout: boolean }[];
  /** Cumulative weights / total, the last exactly 1: variant k holds u < cumulative[k]. */
  cumulative: Float64Array;
  /** Index of the split's first variant among all variants of the journey (the per-variant metrics). */
  firstVariant: number;
}

export interface SplitPlan {
  splits: PlanSplit[];
  splitIndex: ReadonlyMap<string, number>;
  /** All variants of all splits. */
  variantCount: number;
  /** Per edge: the global index of the variant it leads (-1: an edge of no experiment). */
  edgeVariant: Int32Array;
  /** Per global variant: its split. */
  variantSplit: Int32Array;
}

export function planSplits(journey: Journey, nodeIndex: ReadonlyMap<string, number>): SplitPlan {
  const splits: PlanSplit[] = [];
  let variantCount = 0;
  for (const { node, index, experiment } of experimentsOf(journey)) {
    const variants = experiment.variants.map((v) => ({ id: v.id, weight: v.weight, holdout: v.holdout === true }));
    const total = variants.reduce((a, v) => a + (v.weight > 0 ? v.weight : 0), 0);
    const cumulative = new Float64Array(variants.length);
    let acc = 0;
    variants.forEach((v, k) => {
      acc += v.weight > 0 ? v.weight : 0;
      cumulative[k] = acc / total;
    });
    // The last variant with a weight ends at exactly 1 (and those after it, weightless, too).
    for (let k = variants.length - 1; k >= 0; k--) {
      cumulative[k] = 1;
      if (variants[k]!.weight > 0) break;
    }
    splits.push({ id: node, node: nodeIndex.get(node) ?? index, goal: experiment.goal, variants, cumulative, firstVariant: variantCount });
    variantCount += variants.length;
  }
  const splitIndex = new Map(splits.map((s, i) => [s.id, i]));
  const variantSplit = new Int32Array(variantCount);
  splits.forEach((s, i) => variantSplit.fill(i, s.firstVariant, s.firstVariant + s.variants.length));
  const edgeVariant = new Int32Array(journey.edges.length).fill(-1);
  journey.edges.forEach((e, i) => {
    if (e.variant === undefined) return;
    const s = splitIndex.get(e.from);
    if (s === undefined) return;
    const k = splits[s]!.variants.findIndex((v) => v.id === e.variant);
    if (k >= 0) edgeVariant[i] = splits[s]!.firstVariant + k;
  });
  return { splits, splitIndex, variantCount, edgeVariant, variantSplit };
}

/** The variant (index within its split) that a uniform draw `u` in [0, 1) picks. */
export function variantOfDraw(split: PlanSplit, u: number): number {
  const c = split.cumulative;
  for (let k = 0; k < c.length; k++) if (u < c[k]!) return k;
  return c.length - 1;
}
