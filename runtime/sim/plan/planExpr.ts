import { CelLimitError, compileExpression, type ExprContext, type ExprScope } from '../../expr';
import { ExprClass, exprClass } from './exprDependencies';

/** A numeric CEL expression of the document (an emotion, an event probability), compiled once. */
export interface PlanExpr {
  text: string;
  cls: ExprClass;
  /** The raw evaluation; throws when evaluation fails. */
  evaluate: (ctx: ExprContext) => unknown;
  /** For constant and per-segment expressions: the value for each segment, computed once. */
  bySegment: Float64Array | null;
}

const EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** The number an evaluation gives, or NaN when it fails or is not a finite number; throws CelLimitError (over CEL_LIMITS). */
export function numberOrNaN(evaluate: (ctx: ExprContext) => unknown, ctx: ExprContext): number {
  try {
    const v = evaluate(ctx);
    return typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN;
  } catch (err) {
    if (err instanceof CelLimitError) throw err;
    return Number.NaN;
  }
}

/** Compiles a numeric expression; `normalise` maps a raw number (or NaN) to the value used. */
export function planExpr(scope: ExprScope, text: string, segmentIds: readonly string[], normalise: (n: number) => number): PlanExpr {
  const evaluate = compileExpression(scope, text);
  const cls = exprClass(text);
  let bySegment: Float64Array | null = null;
  if (cls === ExprClass.constant || cls === ExprClass.segment) {
    bySegment = new Float64Array(segmentIds.length);
    segmentIds.forEach((segment, i) => {
      bySegment![i] = normalise(numberOrNaN(evaluate, { customer: { segment }, journey: EMPTY, event: EMPTY }));
    });
  }
  return { text, cls, evaluate, bySegment };
}

/** Emotions are on the −2…+2 scale: clipped to it; NaN (no emotion recorded) when not a number. */
export function clampEmotion(n: number): number {
  return Number.isNaN(n) ? n : n < -2 ? -2 : n > 2 ? 2 : n;
}

/** Event probabilities: a non-number or negative value emits nothing (0). */
export function probability(n: number): number {
  return n > 0 ? n : 0;
}
