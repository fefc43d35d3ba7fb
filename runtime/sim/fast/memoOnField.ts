// A CEL text that reads one field and nothing else (a journey variable, or a customer attribute) is
// a pure function of that value: the `fast` engine remembers its results by value (the counters of
// reminder loops, a yes/no or categorical attribute take a handful of values), so most evaluations
// of such guards and `assign` expressions are a map lookup.
import type { ExprContext } from '../../expr';

const hasOwn = Object.prototype.hasOwnProperty;
/** Distinct values remembered per expression; past this, it is evaluated every time. */
const MAX_VALUES = 256;
/** Look-ups of a full memory between checks that it still answers at least a quarter of them. */
const CHECK_EVERY = 4096;

type Primitive = number | string | boolean | null;

const isPrimitive = (v: unknown): v is Primitive => v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';

/** `f`, answering from memory for a primitive value of `ctx[root][name]` (results that are primitives only). */
export function memoOnField<R>(root: 'journey' | 'customer', name: string, f: (ctx: ExprContext) => R): (ctx: ExprContext) => R {
  const memo = new Map<Primitive, R>();
  // A field of many values (a continuous attribute) fills the memory: from then on, only what it
  // holds is answered from it. Results kept are primitives other than undefined: get() says it all.
  let full = false;
  // Once full, look-ups that seldom find anything are given up for good.
  let bypass = false;
  let lookups = 0;
  let hits = 0;
  return (ctx) => {
    if (bypass) return f(ctx);
    const record = ctx[root];
    const v = hasOwn.call(record, name) ? record[name] : undefined;
    // -0 and 0 share a Map key but not every result (1.0 / x).
    if (!isPrimitive(v) || Object.is(v, -0)) return f(ctx);
    const known = memo.get(v);
    if (full && ++lookups % CHECK_EVERY === 0) bypass = hits * 4 < lookups;
    if (known !== undefined) {
      if (full) hits++;
      return known;
    }
    const r = f(ctx);
    if (!full && isPrimitive(r)) {
      memo.set(v, r);
      full = memo.size >= MAX_VALUES;
    }
    return r;
  };
}
