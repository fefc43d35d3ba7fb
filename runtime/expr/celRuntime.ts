// Self-contained CEL runtime for journeys. Its ONLY import is @marcbachmann/cel-js and it holds
// nothing project-specific, so its source can be inlined verbatim into an exported module.
// Only erasable TypeScript (annotations, `override`) is used; text is never turned into JS code.
import { Environment } from '@marcbachmann/cel-js'

const hasOwn = Object.prototype.hasOwnProperty
const EMPTY_EVENT: Record<string, unknown> = Object.freeze({})
const MAX_CACHED_PER_ENV = 2000

/**
 * The limits of journey CEL. Parsing (cel-js `limits`): nesting depth, size of the syntax tree,
 * elements of a list or map literal, arguments of a call. One evaluation: at most `maxSteps` steps
 * (one per element a comprehension — map, filter, all, exists, exists_one — visits, plus one per
 * element of each list or map an operation builds) and `maxCharacters` characters in the strings
 * it builds. The value an evaluation gives back (an assigned variable, an emotion…) holds at most
 * `maxElements` list and map elements, nested ones included, and `maxStringLength` characters (in
 * one string, or in all the strings of a list or map).
 */
export const CEL_LIMITS = Object.freeze({
  maxDepth: 32,
  maxAstNodes: 2000,
  maxListElements: 1000,
  maxMapEntries: 1000,
  maxCallArguments: 32,
  maxSteps: 1_000_000,
  maxCharacters: 10_000_000,
  maxElements: 100_000,
  maxStringLength: 1_000_000,
})

/** An evaluation went over CEL_LIMITS: thrown instead of growing without bound (never a plain CEL error). */
export class CelLimitError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CelLimitError'
  }
}

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const plainObject = (v: object): boolean => [Object.prototype, null].includes(Object.getPrototypeOf(v))

// The cost of the evaluation running now (one at a time: cel-js never re-enters), and its first
// budget error (kept: CEL may swallow an error, as in `x || true`).
let spent = 0
let characters = 0
let overrun: CelLimitError | undefined

function over(what: string): CelLimitError {
  return (overrun ??= new CelLimitError(`the expression ${what}: make it do less work (no map or filter over a big list inside another, no list or string that doubles)`))
}

const tooManySteps = (): CelLimitError => over(`takes more than ${grouped(CEL_LIMITS.maxSteps)} steps (elements visited by map, filter, all or exists, or put in a list or map)`)

/** Charges what an operation built: the characters of a string, the elements of a list or map. */
function charge(v: unknown): void {
  if (typeof v === 'string') {
    if ((characters += v.length) > CEL_LIMITS.maxCharacters) throw over(`builds strings of more than ${grouped(CEL_LIMITS.maxCharacters)} characters`)
    return
  }
  if (typeof v !== 'object' || v === null) return
  const n = Array.isArray(v) || v instanceof Uint8Array ? v.length : v instanceof Map || v instanceof Set ? v.size : plainObject(v) ? Object.keys(v).length : 0
  if ((spent += n) > CEL_LIMITS.maxSteps) throw tooManySteps()
}

type Evaluate = (ev: unknown, ast: unknown, ctx: unknown) => unknown
type TreeNode = { op: string; args: unknown; checkedType?: { name?: unknown }; evaluate: Evaluate; meta: { alternate?: unknown; macro?: { val?: unknown; exp?: unknown }; evaluate?: unknown } }
const isTreeNode = (v: unknown): v is TreeNode => typeof v === 'object' && v !== null && typeof (v as TreeNode).op === 'string' && typeof (v as TreeNode).meta === 'object'
/** Results that can be big; operations that build them (literals only inside a comprehension, where they repeat). */
const BIG = /^(list|map|string|bytes|dyn)\b/
const BUILDERS = new Set(['+', 'call', 'rcall', 'comprehension'])

/**
 * Meters a checked cel-js syntax tree: each comprehension step costs one step, each operation that
 * builds a list, map or string what it built. A metered node gets its own `evaluate` (cel-js calls
 * `node.evaluate(evaluator, node, ctx)` for every node). Returns false when nothing needs a meter.
 */
function meterTree(root: unknown): boolean {
  let metered = false
  const seen = new Set<unknown>()
  const meter = (node: TreeNode, step: boolean): void => {
    const inner = node.meta.evaluate
    if (typeof inner !== 'function' || node.meta.alternate !== undefined || node.meta.macro !== undefined) return
    metered = true
    node.evaluate = step
      ? function (this: unknown, ev, ast, ctx) {
          if (++spent > CEL_LIMITS.maxSteps) throw tooManySteps()
          return inner.call(this, ev, ast, ctx)
        }
      : function (this: unknown, ev, ast, ctx) {
          const v = inner.call(this, ev, ast, ctx)
          charge(v)
          return v
        }
  }
  const visit = (v: unknown, inBody: boolean): void => {
    if (Array.isArray(v)) return v.forEach((x) => visit(x, inBody))
    if (!isTreeNode(v) || seen.has(v)) return
    seen.add(v)
    const { alternate, macro } = v.meta
    // Evaluation goes to the expansion (macros like map, constants), never to the node's own args.
    if (alternate !== undefined) return visit(alternate, inBody)
    if (macro !== undefined) return visit([macro.val, macro.exp], inBody)
    const type = v.checkedType?.name
    if (typeof type === 'string' && BIG.test(type) && (BUILDERS.has(v.op) || (inBody && (v.op === 'list' || v.op === 'map')))) meter(v, false)
    if (v.op !== 'comprehension') return visit(v.args, inBody)
    const { iterable, init, step } = v.args as { iterable?: unknown; init?: unknown; step?: unknown }
    visit([iterable, init], inBody)
    visit(step, true)
    if (isTreeNode(step)) meter(step, true)
  }
  visit(root, false)
  return metered
}

/** Throws CelLimitError when `v`, a value an evaluation gives back, is over the size limits. */
function checkSize(v: unknown): void {
  const { maxElements, maxStringLength } = CEL_LIMITS
  let why: string | undefined
  if (typeof v === 'string' && v.length > maxStringLength) why = `it is a string of ${grouped(v.length)} characters, more than the ${grouped(maxStringLength)} allowed`
  let elements = 0
  let chars = 0
  for (const stack = [v]; why === undefined && stack.length > 0; ) {
    const x = stack.pop()
    if (typeof x === 'string') {
      if ((chars += x.length) > maxStringLength) why = `its strings hold more than the ${grouped(maxStringLength)} characters allowed`
    } else if (typeof x === 'object' && x !== null) {
      const items = Array.isArray(x) ? x : x instanceof Map || x instanceof Set ? [...x.values()] : plainObject(x) ? Object.values(x) : []
      if ((elements += items.length) > maxElements) why = `it holds more than the ${grouped(maxElements)} list and map elements allowed (nested ones included)`
      else for (const item of items) stack.push(item)
    }
  }
  if (why !== undefined) throw new CelLimitError(`the value is too big: ${why}; keep lists, maps and strings small (a variable that grows on every visit needs a bound)`)
}

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

/**
 * How `text.matches(pattern)` is answered. cel-js uses a JavaScript RegExp, which backtracks: a
 * pattern like `(a+)+$` takes exponential time on a long text. A host gives a linear-time engine
 * (RE2, as the CEL specification says) with `createCelEnvironment(decl, { matches })`.
 */
export type MatchesImplementation = (text: string, pattern: string) => boolean

/** Per-environment reusable activation: evaluation assigns fields instead of allocating. */
const slots: WeakMap<Environment, {
  customer: ScopeObject; journey: ScopeObject; cache: Map<string, (ctx: object) => unknown>
  activation: { customer: ScopeObject; journey: ScopeObject; event: Record<string, unknown> }
  matches: MatchesImplementation | undefined
}> = new WeakMap()

type CallNode = { op: string; args: unknown; handle?: (args: unknown, ev: unknown, ast: unknown) => unknown }

/**
 * Points every checked `x.matches(p)` call of the tree at `matches` (cel-js cannot replace a built-in
 * overload, but a checked call node keeps its handler in `handle`). Values that are not two strings
 * (a `dyn` receiver holding something else) keep cel-js's own handling and its error.
 */
function useMatches(root: unknown, matches: MatchesImplementation): void {
  const seen = new Set<unknown>()
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit)
    if (!isTreeNode(v) || seen.has(v)) return
    seen.add(v)
    const node = v as unknown as CallNode
    const original = node.handle
    if (node.op === 'rcall' && Array.isArray(node.args) && node.args[0] === 'matches' && typeof original === 'function') {
      node.handle = function (this: unknown, args, ev, ast) {
        if (Array.isArray(args) && typeof args[0] === 'string' && typeof args[1] === 'string') return matches(args[0], args[1])
        return original.call(this, args, ev, ast)
      }
    }
    const { alternate, macro } = v.meta
    if (alternate !== undefined) visit(alternate)
    if (macro !== undefined) visit([macro.val, macro.exp])
    visit(v.args)
  }
  visit(root)
}

/** CEL field types of `customer` (declared attributes + segment + id) and `journey` (vars), in declaration order. */
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
  // The customer's id (the simulator's: its index as a decimal string): always there, as segment.
  customer.id = 'string'
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

/** Creates a CEL environment: `customer`, `journey` typed objects, `event` a map<string, dyn>; `matches` as given (else cel-js's RegExp). */
export function createCelEnvironment(decl: { customer: Record<string, string>; vars: Record<string, unknown> }, options: { matches?: MatchesImplementation } = {}): Environment {
  const fields = celFieldTypes(decl)
  class Customer extends ScopeObject {}
  class Journey extends ScopeObject {}
  const { maxDepth, maxAstNodes, maxListElements, maxMapEntries, maxCallArguments } = CEL_LIMITS
  const limits = { maxDepth, maxAstNodes, maxListElements, maxMapEntries, maxCallArguments }
  const env = new Environment({ homogeneousAggregateLiterals: false, enableOptionalTypes: true, limits })
    .registerType('Customer', { ctor: Customer, fields: fields.customer })
    .registerType('Journey', { ctor: Journey, fields: fields.journey })
    .registerVariable('customer', 'Customer')
    .registerVariable('journey', 'Journey')
    .registerVariable('event', 'map<string, dyn>')
  registerMixedNumbers(env)
  const customer = new Customer()
  const journey = new Journey()
  slots.set(env, { customer, journey, activation: { customer, journey, event: EMPTY_EVENT }, cache: new Map(), matches: options.matches })
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
 * The evaluator throws cel-js EvaluationError (e.g. a missing event field), and CelLimitError when
 * the evaluation goes over CEL_LIMITS; results are plain JS.
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
  const metered = meterTree(program.ast)
  if (slot.matches !== undefined) useMatches(program.ast, slot.matches)
  return (ctx) => {
    customer.raw = ctx.customer
    journey.raw = ctx.journey
    activation.event = ctx.event ?? EMPTY_EVENT
    let out: unknown
    if (metered) {
      spent = 0
      characters = 0
      overrun = undefined
      try {
        out = program(activation)
      } catch (err) {
        throw overrun ?? err
      }
      if (overrun !== undefined) throw overrun
    } else out = program(activation)
    out = toPlainValue(out)
    if (typeof out === 'object' ? out !== null : typeof out === 'string' && out.length > CEL_LIMITS.maxStringLength) checkSize(out)
    return out
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
