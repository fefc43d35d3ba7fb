// Self-contained CEL runtime for journeys. Its ONLY import is @marcbachmann/cel-js and it holds
// nothing project-specific, so its source can be inlined verbatim into an exported module.
// Only erasable TypeScript (annotations, `override`) is used; text is never turned into JS code.
import { Environment } from '@marcbachmann/cel-js'

const hasOwn = Object.prototype.hasOwnProperty
const EMPTY_EVENT: Record<string, unknown> = Object.freeze({})
const MAX_CACHED_PER_ENV = 2000

/** Typed view over a plain record (`customer`, `journey`): reads own properties only, never prototypes. */
class ScopeObject extends Map<string, unknown> {
  raw: Record<string, unknown> | undefined = undefined
  override get(key: string): unknown {
    const raw = this.raw
    return raw != null && hasOwn.call(raw, key) ? raw[key] : undefined
  }
  override has(key: string): boolean {
    const raw = this.raw
    return raw != null && hasOwn.call(raw, key)
  }
}

/** Per-environment reusable activation: evaluation assigns fields instead of allocating. */
const slots: WeakMap<Environment, {
  customer: ScopeObject; journey: ScopeObject; cache: Map<string, (ctx: object) => unknown>
  activation: { customer: ScopeObject; journey: ScopeObject; event: Record<string, unknown> }
}> = new WeakMap()

/** CEL field types of `customer` (declared attributes + segment) and `journey` (vars), in declaration order. */
export function celFieldTypes(decl: { customer: Record<string, string>; vars: Record<string, unknown> }): {
  customer: Record<string, string>
  journey: Record<string, string>
} {
  const customer: Record<string, string> = Object.create(null)
  const journey: Record<string, string> = Object.create(null)
  // Declared attribute types: JSON numbers are CEL doubles.
  const attr: Record<string, string> = { number: 'double', bool: 'bool', string: 'string' }
  for (const k of Object.keys(decl.customer)) {
    const t = String(decl.customer[k])
    if (k !== '__proto__') customer[k] = hasOwn.call(attr, t) ? String(attr[t]) : 'dyn'
  }
  customer.segment = 'string'
  // Journey variables are typed by their initial value.
  const value: Record<string, string> = { number: 'double', boolean: 'bool', string: 'string' }
  for (const k of Object.keys(decl.vars)) if (k !== '__proto__') journey[k] = value[typeof decl.vars[k]] ?? 'dyn'
  return { customer, journey }
}

/** CEL forbids mixing int and double; documents only have doubles, literals like `1` are ints. */
function registerMixedNumbers(env: Environment): void {
  const n = Number
  env.registerOperator('double + int', (a, b) => a + n(b))
  env.registerOperator('int + double: double', (a, b) => n(a) + b)
  env.registerOperator('double - int', (a, b) => a - n(b))
  env.registerOperator('int - double: double', (a, b) => n(a) - b)
  env.registerOperator('double * int', (a, b) => a * n(b))
  env.registerOperator('int * double: double', (a, b) => n(a) * b)
  env.registerOperator('double / int', (a, b) => a / n(b))
  env.registerOperator('int / double: double', (a, b) => n(a) / b)
  env.registerOperator('double % double', (a, b) => a % b)
  env.registerOperator('double % int', (a, b) => a % n(b))
  env.registerOperator('int % double: double', (a, b) => n(a) % b)
  // Registers double == int, int == double and both != as well.
  env.registerOperator('double == int', (a, b) => a === n(b))
  // <, <=, >, >= between int and double are built into cel-js. `double in list<int>` is not added:
  // it would overlap with the built-in `V in list<V>` for dyn values at run time.
}

/** Creates a CEL environment: `customer`, `journey` typed objects, `event` a map<string, dyn>. */
export function createCelEnvironment(decl: { customer: Record<string, string>; vars: Record<string, unknown> }): Environment {
  const fields = celFieldTypes(decl)
  class Customer extends ScopeObject {}
  class Journey extends ScopeObject {}
  const env = new Environment({ homogeneousAggregateLiterals: false, enableOptionalTypes: true })
    .registerType('Customer', { ctor: Customer, fields: fields.customer })
    .registerType('Journey', { ctor: Journey, fields: fields.journey })
    .registerVariable('customer', 'Customer')
    .registerVariable('journey', 'Journey')
    .registerVariable('event', 'map<string, dyn>')
  registerMixedNumbers(env)
  const customer = new Customer()
  const journey = new Journey()
  slots.set(env, { customer, journey, activation: { customer, journey, event: EMPTY_EVENT }, cache: new Map() })
  return env
}

/** Converts an evaluation result to plain JS: BigInt (CEL int) -> number, scope views -> their records. */
export function toPlainValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v)
  if (typeof v !== 'object' || v === null) return v
  if (v instanceof ScopeObject) return v.raw
  if (Array.isArray(v)) {
    let out: unknown[] | undefined
    for (let i = 0; i < v.length; i++) {
      const p = toPlainValue(v[i])
      if (p !== v[i] && out === undefined) out = v.slice()
      if (out !== undefined) out[i] = p
    }
    return out ?? v
  }
  const proto = Object.getPrototypeOf(v)
  if (proto !== Object.prototype && proto !== null) return v
  let out: Record<string, unknown> | undefined
  for (const [k, x] of Object.entries(v)) {
    const p = toPlainValue(x)
    if (p !== x && out === undefined) out = Object.fromEntries(Object.entries(v))
    if (out !== undefined) out[k] = p
  }
  return out ?? v
}

/**
 * Parses and type-checks once (throws the cel-js ParseError / TypeError), returns a fast evaluator.
 * The evaluator throws cel-js EvaluationError (e.g. a missing event field); results are plain JS.
 */
export function compileCel(
  env: Environment,
  text: string,
): (ctx: { customer?: Record<string, unknown>; journey?: Record<string, unknown>; event?: Record<string, unknown> | null }) => unknown {
  const slot = slots.get(env)
  if (slot === undefined) throw new Error('compileCel: the environment must come from createCelEnvironment')
  const program = env.parse(text)
  const checked = program.check()
  if (!checked.valid) throw checked.error
  const { customer, journey, activation } = slot
  return (ctx) => {
    customer.raw = ctx.customer
    journey.raw = ctx.journey
    activation.event = ctx.event ?? EMPTY_EVENT
    return toPlainValue(program(activation))
  }
}

/** Evaluates `text` with a per-environment cache of compiled expressions. */
export function evaluateCel(
  env: Environment,
  text: string,
  ctx: { customer?: Record<string, unknown>; journey?: Record<string, unknown>; event?: Record<string, unknown> | null },
): unknown {
  const cache = slots.get(env)?.cache
  let fn = cache?.get(text)
  if (fn === undefined) {
    fn = compileCel(env, text)
    if (cache !== undefined && cache.size >= MAX_CACHED_PER_ENV) cache.clear()
    cache?.set(text, fn)
  }
  return fn(ctx)
}
