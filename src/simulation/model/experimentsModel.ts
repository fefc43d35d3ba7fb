// The Experiments view's model: per split of the run (the result's `experiments`, DESIGN §5), its
// variants side by side and each comparison with its interval and its sentence, named as people
// read them (the split's label, where each variant leads, the goal's outcome label).
import { hasTrait } from '../../../nodes/registry';
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import type { ExperimentComparison, ExperimentsResult } from '../../../runtime/sim/result/experimentsResult';
import { DAY_MS, experimentSentence, type ExperimentSentence } from './experimentSentence';

export interface ExperimentVariantRow {
  id: string;
  /** "A" for a one-letter id, else the id as written. */
  name: string;
  /** The label of the node its edge leads to (undefined when the journey no longer has that edge). */
  leadsTo: string | undefined;
  weight: number;
  /** weight / the split's total weight. */
  weightShare: number;
  holdout: boolean;
  customers: number;
  goalShare: number;
  valuePerCustomer: number;
}

export interface ExperimentComparisonRow extends ExperimentComparison {
  variantName: string;
  againstName: string;
  againstIsHoldout: boolean;
  sentence: ExperimentSentence;
}

export interface ExperimentModel {
  splitId: string;
  /** The split node's label (its id when the journey no longer has it). */
  label: string;
  goal: string;
  /** The goal as the sentences say it: an outcome's label in quotes, or the result as a noun. */
  goalText: string;
  variants: ExperimentVariantRow[];
  comparisons: ExperimentComparisonRow[];
}

const RESULT_NOUNS: Record<string, string> = { success: 'success', failure: 'failure', churn: 'churn', abandoned: 'abandonment', neutral: 'neutral outcomes' };

/** "a" → "A"; any longer id as written. */
export const variantName = (id: string): string => (id.length === 1 ? id.toUpperCase() : id);

/** The experiments of a run (none for a run without splits, or one made before the result had them). */
export function experimentsOf(result: SimulationResult): ExperimentsResult {
  // a run stored before the result had experiments has none
  return (result as Omit<SimulationResult, 'experiments'> & { experiments?: ExperimentsResult }).experiments ?? {};
}

/** Whether a journey has an experiment (a node of a kind that assigns variants). */
export function journeyHasSplit(journey: Journey): boolean {
  return journey.nodes.some((n) => hasTrait(n.kind, 'assigns-variants'));
}

/** The model of every experiment of the run, in the result's (document) order. */
export function experimentsModel(journey: Journey, result: SimulationResult): ExperimentModel[] {
  const nodes = new Map(journey.nodes.map((n) => [n.id, n]));
  // a run stored before the result had arrivals reads as all at once
  const overMs = (result.arrivals as SimulationResult['arrivals'] | undefined)?.overMs ?? 0;
  return Object.entries(experimentsOf(result)).map(([splitId, experiment]) => {
    const ids = Object.keys(experiment.variants);
    const weights = ids.map((id) => experiment.variants[id]!.weight);
    const total = weights.reduce((s, w) => s + w, 0);
    const leadsTo = (variant: string) => {
      const edge = journey.edges.find((e) => e.from === splitId && (e as { variant?: string }).variant === variant);
      const to = edge && nodes.get(edge.to);
      return to ? to.label || to.id : undefined;
    };
    const variants: ExperimentVariantRow[] = ids.map((id) => {
      const v = experiment.variants[id]!;
      return { id, name: variantName(id), leadsTo: leadsTo(id), weight: v.weight, weightShare: total > 0 ? v.weight / total : 0, holdout: v.holdout, customers: v.customers, goalShare: v.goalShare, valuePerCustomer: v.valuePerCustomer };
    });
    const goalNode = nodes.get(experiment.goal);
    const goalText = goalNode ? `“${goalNode.label || goalNode.id}”` : (RESULT_NOUNS[experiment.goal] ?? experiment.goal);
    const reaching = variants.reduce((s, v) => s + v.customers, 0);
    const rate = overMs > 0 ? { arrivalsPerDay: (result.customers * DAY_MS) / overMs, reachingPerDay: (reaching * DAY_MS) / overMs } : undefined;
    const comparisons = experiment.comparisons.map((c): ExperimentComparisonRow => {
      const against = experiment.variants[c.against];
      const input = {
        comparison: c,
        variantName: variantName(c.variant),
        againstName: variantName(c.against),
        againstIsHoldout: against?.holdout ?? false,
        goal: goalText,
        weights: { all: weights, variant: experiment.variants[c.variant]?.weight ?? 0, against: against?.weight ?? 0 },
        ...(rate ? { rate } : {}),
      };
      return { ...c, variantName: input.variantName, againstName: input.againstName, againstIsHoldout: input.againstIsHoldout, sentence: experimentSentence(input) };
    });
    const node = nodes.get(splitId);
    return { splitId, label: node ? node.label || node.id : splitId, goal: experiment.goal, goalText, variants, comparisons };
  });
}
