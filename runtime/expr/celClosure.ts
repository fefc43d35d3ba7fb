// A faster evaluator for the simplest CEL texts, the ones the simulator evaluates most: comparisons
// and arithmetic over typed `customer` attributes and `journey` variables, with literals, joined
// by &&, ||, ! and ?:. The checked cel-js AST (never the text) is turned into nested JS closures.
// Every field read is checked to hold a value of its declared type; when all of them do, nothing in
// the text can fail and plain JS operators give what CEL gives (a side && or || skips decides the
// result whatever it holds, in CEL too). When one does not, the closure answers FALLBACK and the
// caller evaluates with cel-js. A text outside this subset gets no closure at all.
import type { ExprContext } from './compileExpression'

const hasOwn = Object.prototype.hasOwnProperty

/** The static kind of a sub-expression: a double, an int literal (only next to a double), a string, a bool. */
type Kind = 'double' | 'int' | 'string' | 'bool'
type Fn = (ctx: ExprContext) => unknown

interface Part {
  kind: Kind
  fn: Fn
  /** A field read (`customer.x`, `journey.x`). */
  field?: FieldRead
  /** A literal's value. */
  constant?: { value: unknown }
}

interface FieldRead {
  ofCustomer: boolean
  name: string
  type: string
}

/** The same comparison with its sides swapped (exact in IEEE arithmetic, NaN included). */
const SWAPPED: Record<string, string> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' }

/**
 * `field op value` as one closure (the commonest guard: no nested calls). One closure literal per
 * operator keeps each call site monomorphic.
 */
function fieldAgainstConstant(op: string, { ofCustomer, name, type }: FieldRead, value: unknown): Fn {
  const read = (ctx: ExprContext): unknown => {
    const record = ofCustomer ? ctx.customer : ctx.journey
    const v = record[name]
    if (typeof v !== type || !hasOwn.call(record, name)) misread = true
    return v
  }
  const c = value as number
  switch (op) {
    case '==':
      return (ctx) => read(ctx) === c
    case '!=':
      return (ctx) => read(ctx) !== c
    case '<':
      return (ctx) => (read(ctx) as number) < c
    case '<=':
      return (ctx) => (read(ctx) as number) <= c
    case '>':
      return (ctx) => (read(ctx) as number) > c
    default:
      return (ctx) => (read(ctx) as number) >= c
  }
}

interface AstNode {
  op: string
  args: unknown
}

/** What a closure answers when a field it read is missing or of another type. */
export const FALLBACK: unique symbol = Symbol('evaluate with cel-js')

/** A field read during this evaluation did not hold its declared type. */
let misread = false

const JS_TYPE = { double: 'number', string: 'string', bool: 'boolean' } as const
const MAX_SAFE = 2 ** 53

const isNode = (x: unknown): x is AstNode => typeof x === 'object' && x !== null && typeof (x as AstNode).op === 'string'

/**
 * The closure of a checked AST whose fields have these CEL types (`celFieldTypes`), or null when
 * the text uses anything outside the subset.
 */
export function celClosure(ast: unknown, fieldTypes: { customer: Record<string, string>; journey: Record<string, string> }): ((ctx: ExprContext) => unknown) | null {
  const field = (root: 'customer' | 'journey', name: string): Part | null => {
    const types = fieldTypes[root]
    if (!hasOwn.call(types, name)) return null
    const t = types[name]
    if (t !== 'double' && t !== 'string' && t !== 'bool') return null
    const type = JS_TYPE[t]
    const ofCustomer = root === 'customer'
    return {
      kind: t,
      field: { ofCustomer, name, type },
      fn: (ctx) => {
        const record = ofCustomer ? ctx.customer : ctx.journey
        const v = record[name]
        if (typeof v !== type || !hasOwn.call(record, name)) misread = true
        return v
      },
    }
  }

  const literal = (v: unknown): Part | null => {
    if (typeof v === 'number') return { kind: 'double', fn: () => v, constant: { value: v } }
    if (typeof v === 'string') return { kind: 'string', fn: () => v, constant: { value: v } }
    if (typeof v === 'boolean') return { kind: 'bool', fn: () => v, constant: { value: v } }
    if (typeof v === 'bigint' && v <= BigInt(MAX_SAFE) && v >= -BigInt(MAX_SAFE)) {
      const n = Number(v)
      return { kind: 'int', fn: () => n, constant: { value: n } }
    }
    return null
  }

  /** Two operands that are doubles, or a double and an int literal (CEL's mixed operators). */
  const numeric = (a: Part, b: Part) => (a.kind === 'double' && (b.kind === 'double' || b.kind === 'int')) || (a.kind === 'int' && b.kind === 'double')

  const build = (node: unknown): Part | null => {
    if (!isNode(node)) return null
    const args = node.args
    switch (node.op) {
      case 'value':
        return literal(args)
      case '.': {
        const [target, name] = args as [unknown, unknown]
        if (!isNode(target) || target.op !== 'id' || typeof name !== 'string') return null
        if (target.args !== 'customer' && target.args !== 'journey') return null
        return field(target.args, name)
      }
      case '!_': {
        const a = build(args)
        if (a?.kind !== 'bool') return null
        const f = a.fn
        return { kind: 'bool', fn: (ctx) => !f(ctx) }
      }
      case '-_': {
        const a = build(args)
        if (a === null || (a.kind !== 'double' && a.kind !== 'int')) return null
        const f = a.fn
        return { kind: a.kind, fn: (ctx) => -(f(ctx) as number) }
      }
      case '&&':
      case '||': {
        const [l, r] = (args as unknown[]).map(build)
        if (l?.kind !== 'bool' || r?.kind !== 'bool') return null
        const f = l.fn
        const g = r.fn
        return { kind: 'bool', fn: node.op === '&&' ? (ctx) => (f(ctx) as boolean) && (g(ctx) as boolean) : (ctx) => (f(ctx) as boolean) || (g(ctx) as boolean) }
      }
      case '?:': {
        const [c, a, b] = (args as unknown[]).map(build)
        if (c?.kind !== 'bool' || !a || !b || a.kind !== b.kind || a.kind === 'int') return null
        const fc = c.fn
        const fa = a.fn
        const fb = b.fn
        return { kind: a.kind, fn: (ctx) => (fc(ctx) ? fa(ctx) : fb(ctx)) }
      }
      case '==':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=': {
        const [l, r] = (args as unknown[]).map(build)
        if (!l || !r) return null
        const ordered = node.op !== '==' && node.op !== '!='
        // Strings and bools only for equality (CEL orders strings by code point, JS by UTF-16 unit).
        if (!numeric(l, r) && (ordered || l.kind !== r.kind || l.kind === 'int')) return null
        if (l.field && r.constant) return { kind: 'bool', fn: fieldAgainstConstant(node.op, l.field, r.constant.value) }
        if (r.field && l.constant) return { kind: 'bool', fn: fieldAgainstConstant(SWAPPED[node.op]!, r.field, l.constant.value) }
        const f = l.fn as (ctx: ExprContext) => number
        const g = r.fn as (ctx: ExprContext) => number
        const compare: Record<string, Fn> = {
          '==': (ctx) => f(ctx) === g(ctx),
          '!=': (ctx) => f(ctx) !== g(ctx),
          '<': (ctx) => f(ctx) < g(ctx),
          '<=': (ctx) => f(ctx) <= g(ctx),
          '>': (ctx) => f(ctx) > g(ctx),
          '>=': (ctx) => f(ctx) >= g(ctx),
        }
        return { kind: 'bool', fn: compare[node.op]! }
      }
      case '+':
      case '-':
      case '*': {
        const [l, r] = (args as unknown[]).map(build)
        if (!l || !r || !numeric(l, r)) return null
        const f = l.fn as (ctx: ExprContext) => number
        const g = r.fn as (ctx: ExprContext) => number
        const arithmetic: Record<string, Fn> = {
          '+': (ctx) => f(ctx) + g(ctx),
          '-': (ctx) => f(ctx) - g(ctx),
          '*': (ctx) => f(ctx) * g(ctx),
        }
        return { kind: 'double', fn: arithmetic[node.op]! }
      }
      default:
        return null
    }
  }

  const root = build(ast)
  if (root === null || root.kind === 'int') return null
  const f = root.fn
  return (ctx) => {
    misread = false
    const v = f(ctx)
    return misread ? FALLBACK : v
  }
}
