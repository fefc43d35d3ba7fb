import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import { hasTrait } from '../../../nodes/registry';
import type { LintContext } from '../lintContext';

/** J115: only the edges out of an experiment (a kind that assigns variants) carry `variant`. */
export function variantEdges(ctx: LintContext): Diagnostic[] {
  return ctx.journey.edges.flatMap((e, i) => {
    if (e.variant === undefined) return [];
    const from = ctx.graph.nodeById.get(e.from);
    if (from && hasTrait(from.kind, 'assigns-variants')) return [];
    return [diagnostic('J115', `edge '${e.id}' carries "variant": "${e.variant}" but leaves ${from ? `${from.kind} '${e.from}'` : `'${e.from}'`}, not an experiment: remove "variant", or draw the edge from a split node`, { path: ['edges', i, 'variant'], edgeId: e.id })];
  });
}
