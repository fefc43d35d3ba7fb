import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import { MAX_NODES } from '../../sim/core/arrivalList';
import type { LintContext } from '../lintContext';

/**
 * J040: no more nodes than the simulator can hold (it packs a node's number in 16 bits). Checked
 * here, so that such a journey is refused when it is validated, at the first node beyond the
 * limit, not after a long run has been set up.
 */
export function nodeLimit(ctx: LintContext): Diagnostic[] {
  const { nodes } = ctx.journey;
  if (nodes.length <= MAX_NODES) return [];
  const first = nodes[MAX_NODES]!;
  return [diagnostic('J040', `the journey has ${nodes.length} nodes, more than the ${MAX_NODES} the simulator can hold (node '${first.id}' is the first beyond): split it into smaller journeys, e.g. one per stage or phase of the lifecycle, whose outcomes hand over to the next`, { path: ['nodes', MAX_NODES], nodeId: first.id })];
}
