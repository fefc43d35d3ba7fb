import { diagnostic, type Diagnostic, type JsonPath } from '../../diagnostics/diagnostic';
import { expressionType } from '../../expr/expressionType';
import { displayType } from '../../expr/exprProblem';
import { ownValue } from '../../model/ownValue';
import type { LintContext } from '../lintContext';
import { scopeOf } from './expressionRules';

/** What a variable holds, by its initial value (as CEL types it), and the CEL types that fit it. */
const FITS: Record<string, { kind: string; types: readonly string[]; hint: (v: string) => string }> = {
  number: { kind: 'a number', types: ['double', 'int', 'uint'], hint: (v) => `assign a number, e.g. journey.${v} + 1 (double(...) converts text)` },
  boolean: { kind: 'a bool', types: ['bool'], hint: (v) => `assign a condition, e.g. journey.${v} || customer.segment == "gold"` },
  string: { kind: 'text', types: ['string'], hint: () => `assign text, e.g. "done" (string(...) converts a number)` },
};

/**
 * J047: an `assign` gives its variable a value of the variable's type, the type of its initial value
 * (number, bool, text; any other initial value takes anything). Guards read variables typed so: a
 * number variable holding text fails every comparison, for every customer. `dyn` (e.g. `event.x`)
 * is accepted, as the checker cannot know it. Invalid expressions are J025's.
 */
export function assignTypes(ctx: LintContext): Diagnostic[] {
  const scope = scopeOf(ctx.journey);
  const vars = ctx.journey.vars ?? {};
  const out: Diagnostic[] = [];
  const types = new Map<string, string | undefined>(); // one check per text (generated journeys repeat them)
  const typeOf = (text: string) => {
    if (!types.has(text)) types.set(text, expressionType(scope, text));
    return types.get(text);
  };
  const actions = (list: { type: string; var?: unknown; expr?: unknown }[] | undefined, base: JsonPath, owner: { nodeId?: string; edgeId?: string }, who: string) =>
    (list ?? []).forEach((a, i) => {
      if (a.type !== 'assign' || typeof a.var !== 'string' || typeof a.expr !== 'string') return;
      const initial = ownValue(vars, a.var);
      const fit = initial === undefined ? undefined : ownValue(FITS, typeof initial);
      if (fit === undefined) return;
      const type = typeOf(a.expr);
      if (type === undefined || type === 'dyn' || fit.types.includes(type)) return;
      out.push(diagnostic('J047', `${who} assigns ${displayType(type)} to journey.${a.var}, which holds ${fit.kind} (its initial value is ${JSON.stringify(initial)}): guards that read it would then fail for every customer; ${fit.hint(a.var)}`, { path: [...base, 'actions', i, 'expr'], ...owner }));
    });
  ctx.journey.nodes.forEach((n, i) => actions(n.actions, ['nodes', i], { nodeId: n.id }, `node '${n.id}'`));
  ctx.journey.edges.forEach((e, i) => actions(e.actions, ['edges', i], { edgeId: e.id }, `edge '${e.id}'`));
  return out;
}
