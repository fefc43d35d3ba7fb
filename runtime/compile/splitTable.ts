import type { Journey } from '../model/journey';
import { requireNodeKind } from '../../nodes/registry';
import type { KindExperiment } from '../../nodes/defineNodeKind';
import type { VariantWeight } from './variantAssignment';

/** Each experiment node of a journey (a kind with an `experiment` hook), in document order. */
export function experimentsOf(journey: Pick<Journey, 'nodes'>): { node: string; index: number; experiment: KindExperiment }[] {
  const out: { node: string; index: number; experiment: KindExperiment }[] = [];
  journey.nodes.forEach((n, index) => {
    const experiment = requireNodeKind(n.kind).sim?.experiment?.(n as never);
    if (experiment) out.push({ node: n.id, index, experiment });
  });
  return out;
}

/** What the default `variant` guard needs: per experiment node id, its variants and weights in document order. */
export type SplitTable = Record<string, VariantWeight[]>;

export function splitTableOf(journey: Pick<Journey, 'nodes'>): SplitTable {
  const table: SplitTable = Object.create(null) as SplitTable;
  for (const { node, experiment } of experimentsOf(journey)) table[node] = experiment.variants.map((v) => ({ id: v.id, weight: v.weight }));
  return table;
}
