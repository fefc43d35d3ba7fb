import { diagnostic, type Diagnostic, type JsonPath } from '../../diagnostics/diagnostic';
import { ownValue } from '../../model/ownValue';
import type { LintContext } from '../lintContext';
import { constantNumbers } from '../constantNumber';
import { scopeOf } from './expressionRules';

/**
 * J048: an event probability written as a CEL text that is the same for every customer (it reads
 * nothing, or only `customer.segment`) is checked as the number it stands for would be: within
 * 0…1 (the simulator computes it once, as planExpr does, and would drop a negative one or fail on a
 * sum above 1). A segment's own `p` is evaluated for that segment; with a cohort, a `p` reading
 * `customer.segment` is evaluated for each of its segments. (Constant emotions: constantEmotions, J041.)
 */
export function constantProbabilities(ctx: LintContext): Diagnostic[] {
  const constantNumber = constantNumbers(scopeOf(ctx.journey));
  const out: Diagnostic[] = [];
  const check = (text: string, path: JsonPath, edgeId: string, segments: readonly (string | undefined)[]) => {
    for (const segment of segments) {
      const p = constantNumber(text, segment);
      if (p === undefined || (p >= 0 && p <= 1)) continue;
      const forWhom = segment === undefined ? '' : ` for segment '${segment}'`;
      const gives = Number.isNaN(p) ? `gives no number${forWhom} (it fails, or is not finite)` : `gives ${p}${forWhom}`;
      out.push(diagnostic('J048', `sim p of edge '${edgeId}' is ${JSON.stringify(text)}, which ${gives}: a probability is from 0 to 1, as a number written there would have to be; change it (e.g. 0.2)`, { path, edgeId }));
      return;
    }
  };
  const everyone = [undefined, ...(ctx.cohort?.segments ?? []).map((s) => s.id)];
  ctx.journey.edges.forEach((e, i) => {
    const sim = e.sim;
    if (!sim) return;
    // A segment with a `p` of its own never uses the edge's.
    if (typeof sim.p === 'string') check(sim.p, ['edges', i, 'sim', 'p'], e.id, everyone.filter((s) => s === undefined || ownValue(sim.segments, s)?.p === undefined));
    for (const [segment, override] of Object.entries(sim.segments ?? {})) {
      if (typeof override.p === 'string') check(override.p, ['edges', i, 'sim', 'segments', segment, 'p'], e.id, [segment]);
    }
  });
  return out;
}
