import { diagnostic, type Diagnostic, type JsonPath } from '../../diagnostics/diagnostic';
import { checkExpression, type ExprScope } from '../../expr';
import type { LintContext } from '../lintContext';
import { idList } from '../idList';
import { RESERVED_NAME } from './reservedName';

/** The scope expressions of a journey are checked against. */
export function scopeOf(journey: LintContext['journey']): ExprScope {
  return { customer: journey.customer ?? {}, vars: journey.vars ?? {} };
}

/** The code of an expression problem: J050 over CEL's limits, J051 a loop inside a loop, else J025. */
const CODE_OF_KIND = { tooLarge: 'J050', nestedLoop: 'J051', badRegex: 'J039' } as const;

/** J025, J029, J050, J051: guards, assignments, emotion and probability expressions are valid, well-typed CEL within its limits. */
export function expressions(ctx: LintContext): Diagnostic[] {
  const scope = scopeOf(ctx.journey);
  const vars = Object.keys(ctx.journey.vars ?? {});
  const declared = new Set(vars);
  const out: Diagnostic[] = [];
  const check = (text: string, expect: 'bool' | 'number' | 'any', path: JsonPath, owner: { nodeId?: string; edgeId?: string }, what: string) => {
    for (const p of checkExpression(scope, text, expect)) {
      out.push(diagnostic(p.kind ? CODE_OF_KIND[p.kind] : 'J025', `${what}: ${p.message}`, { path, ...owner, exprOffset: p.offset }));
    }
  };
  const actions = (list: { type: string; var?: unknown; expr?: unknown }[] | undefined, base: JsonPath, owner: { nodeId?: string; edgeId?: string }, who: string) =>
    (list ?? []).forEach((a, i) => {
      if (a.type !== 'assign' || typeof a.var !== 'string' || typeof a.expr !== 'string') return;
      if (!declared.has(a.var) && a.var !== RESERVED_NAME) {
        out.push(diagnostic('J029', `${who} assigns to undeclared variable '${a.var}': declare it with an initial value in "vars"${vars.length ? ` or use one of ${idList(vars)}` : ''}`, { path: [...base, 'actions', i, 'var'], ...owner }));
      }
      check(a.expr, 'any', [...base, 'actions', i, 'expr'], owner, `${who} assigns ${a.var}`);
    });
  ctx.journey.nodes.forEach((n, i) => {
    const owner = { nodeId: n.id };
    if (typeof n.emotion === 'string') check(n.emotion, 'number', ['nodes', i, 'emotion'], owner, `emotion of '${n.id}'`);
    actions(n.actions, ['nodes', i], owner, `node '${n.id}'`);
  });
  ctx.journey.edges.forEach((e, i) => {
    const owner = { edgeId: e.id };
    if (e.guard !== undefined && e.guard.trim() !== '') check(e.guard, 'bool', ['edges', i, 'guard'], owner, `guard of edge '${e.id}'`);
    if (typeof e.sim?.p === 'string') check(e.sim.p, 'number', ['edges', i, 'sim', 'p'], owner, `sim p of edge '${e.id}'`);
    for (const [seg, o] of Object.entries(e.sim?.segments ?? {})) {
      if (typeof o.p === 'string') check(o.p, 'number', ['edges', i, 'sim', 'segments', seg, 'p'], owner, `sim p of edge '${e.id}' for '${seg}'`);
    }
    actions(e.actions, ['edges', i], owner, `edge '${e.id}'`);
  });
  return out;
}
