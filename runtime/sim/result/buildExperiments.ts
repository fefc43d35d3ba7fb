// The result's `experiments` section (DESIGN §5) from the per-variant metrics.
import type { SimulationMetrics } from '../core/metrics';
import { MONEY_UNIT, type SimPlan } from '../plan/simulationPlan';
import type { ExperimentComparison, ExperimentsResult, ExperimentVariantResult } from './experimentsResult';
import { round6 } from './round6';
import { compareProportions } from './twoProportion';

const ratio = (a: number, b: number): number => (b > 0 ? round6(a / b) : 0);

export function buildExperiments(plan: SimPlan, m: SimulationMetrics): ExperimentsResult {
  const O = plan.outcomes.length;
  const out: ExperimentsResult = {};
  for (const split of plan.experiments.splits) {
    // An outcome meets the goal when the goal is its id or its result.
    const meets = plan.outcomes.map((n) => plan.nodes[n]!.id === split.goal || plan.nodes[n]!.result === split.goal);
    const counts = split.variants.map((_, k) => {
      const v = split.firstVariant + k;
      const customers = m.variantCustomers[v]!;
      let goal = 0;
      let valueMicro = 0;
      for (let o = 0; o < O; o++) {
        const c = m.variantOutcomes[v * O + o]!;
        if (meets[o]) goal += c;
        valueMicro += c * plan.nodes[plan.outcomes[o]!]!.valueMicro;
      }
      return { customers, goal, value: valueMicro / MONEY_UNIT };
    });
    const variants: Record<string, ExperimentVariantResult> = {};
    split.variants.forEach((variant, k) => {
      const { customers, goal, value } = counts[k]!;
      const outcomes: ExperimentVariantResult['outcomes'] = {};
      plan.outcomes.forEach((n, o) => {
        const c = m.variantOutcomes[(split.firstVariant + k) * O + o]!;
        outcomes[plan.nodes[n]!.id] = { count: c, share: ratio(c, customers) };
      });
      variants[variant.id] = { weight: variant.weight, holdout: variant.holdout, customers, goalShare: ratio(goal, customers), valuePerCustomer: ratio(value, customers), outcomes };
    });
    // The reference: the holdout when there is one, else the first variant.
    const holdout = split.variants.findIndex((v) => v.holdout);
    const against = holdout >= 0 ? holdout : 0;
    const comparisons: ExperimentComparison[] = [];
    split.variants.forEach((variant, k) => {
      if (k === against) return;
      const a = counts[k]!;
      const b = counts[against]!;
      const c = compareProportions(a.goal, a.customers, b.goal, b.customers);
      comparisons.push({ variant: variant.id, against: split.variants[against]!.id, diff: round6(c.diff), ci95: [round6(c.ci95[0]), round6(c.ci95[1])], pValue: round6(c.pValue), customersNeeded: c.customersNeeded });
    });
    out[split.id] = { goal: split.goal, variants, comparisons };
  }
  return out;
}
