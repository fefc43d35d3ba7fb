import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../lintContext';
import { constantNumbers } from '../constantNumber';
import { scopeOf } from './expressionRules';

/** Emotions are on the −2…+2 scale (a number written there must be in it: the schema, J003). */
export const EMOTION_RANGE = { min: -2, max: 2 } as const;

/**
 * J041: an emotion written as a CEL text that is the same for every customer (it reads nothing, or
 * only `customer.segment`: then for each segment of the cohort) is checked as the number it stands
 * for would be: within −2…+2. Without the check the simulator would clip it silently (an emotion
 * of "10.0" would count as 2). An emotion that reads customer attributes or variables is still
 * clipped at run time: its range depends on the customers (runtime/sim/README.md).
 */
export function constantEmotions(ctx: LintContext): Diagnostic[] {
  const constantNumber = constantNumbers(scopeOf(ctx.journey));
  const segments = [undefined, ...(ctx.cohort?.segments ?? []).map((s) => s.id)];
  const out: Diagnostic[] = [];
  ctx.journey.nodes.forEach((n, i) => {
    if (typeof n.emotion !== 'string') return;
    for (const segment of segments) {
      const value = constantNumber(n.emotion, segment);
      if (value === undefined || (value >= EMOTION_RANGE.min && value <= EMOTION_RANGE.max)) continue;
      const forWhom = segment === undefined ? '' : ` for segment '${segment}'`;
      const gives = Number.isNaN(value) ? `gives no number${forWhom} (it fails, or is not finite)` : `gives ${value}${forWhom}`;
      out.push(diagnostic('J041', `emotion of '${n.id}' is ${JSON.stringify(n.emotion)}, which ${gives}: an emotion is from -2 (very negative) to +2 (very positive); change it (e.g. -1 or 1.5)`, { path: ['nodes', i, 'emotion'], nodeId: n.id }));
      return;
    }
  });
  return out;
}
