// Compile once, evaluate many times: the simulator's hot path. Compiled functions are cached per
// (environment, text); environments are cached per scope (see celEnvironmentFor).
import type { Environment } from '@marcbachmann/cel-js'
import { celEnvironmentFor, type ExprScope } from './celEnvironment'
import { celClosure, FALLBACK } from './celClosure'
import { CelLimitError, celFieldTypes, compileCel } from './celRuntime'
import { checkExpression, type ExprProblem } from './checkExpression'

export type ExprContext = {
  customer: Record<string, unknown>
  journey: Record<string, unknown>
  event: Record<string, unknown>
}

/** Thrown at compile time (never at evaluation) when an expression does not check. */
export class ExpressionError extends Error {
  readonly text: string
  readonly problems: ExprProblem[]
  constructor(text: string, problems: ExprProblem[]) {
    super(`invalid expression \`${text}\`: ${problems.map((p) => p.message).join('; ')}`)
    this.name = 'ExpressionError'
    this.text = text
    this.problems = problems
  }
}

type Compiled = (ctx: ExprContext) => unknown
type CompiledGuard = (ctx: ExprContext) => boolean

const MAX_PER_ENV = 5000
const expressions = new WeakMap<Environment, Map<string, Compiled>>()
const guards = new WeakMap<Environment, Map<string, CompiledGuard>>()

function cached<F>(store: WeakMap<Environment, Map<string, F>>, env: Environment, text: string, make: () => F): F {
  let perEnv = store.get(env)
  if (perEnv === undefined) {
    perEnv = new Map()
    store.set(env, perEnv)
  }
  let fn = perEnv.get(text)
  if (fn === undefined) {
    fn = make()
    if (perEnv.size >= MAX_PER_ENV) perEnv.clear()
    perEnv.set(text, fn)
  }
  return fn
}

/** `slow` (cel-js), answered by a closure when the text is simple enough and its fields hold their types. */
function withClosure<R>(scope: ExprScope, env: Environment, text: string, slow: (ctx: ExprContext) => R, fastResult: (v: unknown) => R): (ctx: ExprContext) => R {
  const closure = celClosure((env.parse(text) as { ast?: unknown }).ast, celFieldTypes(scope))
  if (closure === null) return slow
  return (ctx) => {
    const v = closure(ctx)
    return v === FALLBACK ? slow(ctx) : fastResult(v)
  }
}

const asIs = (v: unknown): unknown => v
const isTrue = (v: unknown): boolean => v === true

/**
 * Compiles `text` for `scope`. Throws ExpressionError if it does not parse/type-check.
 * The returned function returns plain JS values (CEL ints become numbers) and THROWS the cel-js
 * EvaluationError when evaluation fails (e.g. `event.amount` on an event without `amount`).
 */
export function compileExpression(scope: ExprScope, text: string): (ctx: ExprContext) => unknown {
  const env = celEnvironmentFor(scope)
  return cached(expressions, env, text, () => {
    const problems = checkExpression(scope, text, 'any')
    if (problems.length > 0) throw new ExpressionError(text, problems)
    return withClosure(scope, env, text, compileCel(env, text), asIs)
  })
}

/**
 * Compiles a guard. Throws ExpressionError at compile time if it does not check or its static type
 * is not bool. The returned function throws only CelLimitError (the evaluation went over
 * CEL_LIMITS): a non-bool result (possible only through dyn values such as `event.flag`) is false,
 * and an evaluation error (missing event field, wrong value type, division by zero...) is false.
 */
export function compileGuard(scope: ExprScope, text: string): (ctx: ExprContext) => boolean {
  const env = celEnvironmentFor(scope)
  return cached(guards, env, text, () => {
    const problems = checkExpression(scope, text, 'bool')
    if (problems.length > 0) throw new ExpressionError(text, problems)
    const evaluate = compileCel(env, text)
    const slow = (ctx: ExprContext): boolean => {
      try {
        return evaluate(ctx) === true
      } catch (err) {
        if (err instanceof CelLimitError) throw err
        return false
      }
    }
    return withClosure(scope, env, text, slow, isTrue)
  })
}
