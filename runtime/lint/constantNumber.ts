import { checkExpression, compileExpression, type ExprScope } from '../expr';
import { ExprClass, exprClass } from '../sim/plan/exprDependencies';

const EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** The number a numeric CEL text stands for, when it is the same for every customer of `segment` (see constantNumbers). */
export type ConstantNumber = (text: string, segment?: string) => number | undefined;

function evaluated(scope: ExprScope, text: string, segment: string | undefined): number | undefined {
  if (checkExpression(scope, text, 'number').length > 0) return undefined;
  try {
    const v = compileExpression(scope, text)({ customer: { segment: segment ?? '' }, journey: EMPTY, event: EMPTY });
    return typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * For one lint run over `scope`: the number a numeric CEL text (an event probability) stands for
 * when it is the same for every customer, found as the simulator finds it (planExpr): a constant,
 * reading nothing, or, given a segment, a text reading only `customer.segment`. Undefined when it
 * reads more or does not check (J025 says why); NaN when it fails to evaluate or gives no finite
 * number. Each text is checked and evaluated once (per segment when it reads the segment).
 */
export function constantNumbers(scope: ExprScope): ConstantNumber {
  const known = new Map<string, number | undefined>();
  return (text, segment) => {
    const cls = exprClass(text);
    if (cls !== ExprClass.constant && !(cls === ExprClass.segment && segment !== undefined)) return undefined;
    const forSegment = cls === ExprClass.constant ? undefined : segment;
    const key = forSegment === undefined ? `\u0000${text}` : `${forSegment}\u0000${text}`;
    if (!known.has(key)) known.set(key, evaluated(scope, text, forSegment));
    return known.get(key);
  };
}
