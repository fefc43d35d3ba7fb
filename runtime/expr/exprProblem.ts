// Turns cel-js ParseError / TypeError / EvaluationError into ExprProblems: a message that says how to
// fix the expression, and the offset/length of the offending text inside the expression string.
import type { Environment } from '@marcbachmann/cel-js'
import { customerAttributeNames, journeyVariableNames, type ExprScope } from './celEnvironment'

export interface ExprProblem {
  message: string
  /** Offset inside the expression string (0-based, UTF-16 code units). */
  offset: number
  /** Length of the offending text; 0 only when the problem is the end of the expression. */
  length: number
  /** Over a limit of CEL (CEL_LIMITS: depth, size), a comprehension nested in another, a matches() pattern RE2 refuses; else a plain CEL error. */
  kind?: 'tooLarge' | 'nestedLoop' | 'badRegex'
}

/** The parts of a cel-js error we read (duck-typed: cel-js errors keep them behind getters). */
interface CelErrorLike {
  name?: unknown
  code?: unknown
  summary?: unknown
  message?: unknown
  range?: { start: number; end: number }
  node?: AstLike
}

/** Minimal view of a cel-js AST node. */
export interface AstLike {
  op: string
  args: unknown
  pos: number
  start: number
  end: number
}

export function isAstNode(v: unknown): v is AstLike {
  return typeof v === 'object' && v !== null && 'op' in v && 'args' in v
}

const SCOPE_VARIABLES = ['customer', 'journey', 'event']

/** Display a CEL type name the way journey authors see it. */
export function displayType(type: string): string {
  return type.replace(/\bCustomer\b/g, 'customer').replace(/\bJourney\b/g, 'journey')
}

/** Clamp a range into the text; an empty range at a character becomes that character. */
export function spanProblem(message: string, text: string, start: number, end: number): ExprProblem {
  const offset = Math.max(0, Math.min(start, text.length))
  let length = Math.max(0, Math.min(end, text.length) - offset)
  if (length === 0 && offset < text.length) length = 1
  return { message, offset, length }
}

export function wholeProblem(message: string, text: string): ExprProblem {
  return { message, offset: 0, length: text.length }
}

/** Message for a field that `customer` / `journey` does not declare. */
export function unknownFieldMessage(scope: ExprScope, owner: 'customer' | 'journey', field: string): string {
  // The one name no document may declare (J045): declaring it is no way out.
  if (field === '__proto__') return `unknown ${owner === 'customer' ? 'attribute' : 'variable'} '__proto__' of ${owner}: no name can be "__proto__" (JavaScript's name for an object's prototype); rename it`
  if (owner === 'customer') {
    return `unknown attribute '${field}' of customer: declare it in "customer" or use one of ${customerAttributeNames(scope).join(', ')}`
  }
  const names = journeyVariableNames(scope)
  const choice = names.length > 0 ? `or use one of ${names.join(', ')}` : '(no journey variables are declared yet)'
  return `unknown variable '${field}' of journey: declare it in "vars" ${choice}`
}

const TOKEN_TEXT: Record<string, string> = {
  RPAREN: "')'",
  RBRACKET: "']'",
  RBRACE: "'}'",
  COLON: "':'",
  COMMA: "','",
  IDENTIFIER: 'a name',
  EOF: 'the end of the expression',
}

function parseMessage(code: string, summary: string, text: string, start: number, end: number): string {
  const found = text.slice(start, end)
  switch (code) {
    case 'unexpected_token':
      if (/EOF$/.test(summary)) return 'syntax error: the expression is incomplete; add the missing value after the last operator'
      return `syntax error: ${summary}; check for a missing operator or value`
    case 'expected_token': {
      const m = /^Expected (\w+), got (\w+)$/.exec(summary)
      if (m === null) return `syntax error: ${summary}`
      const want = TOKEN_TEXT[m[1] ?? ''] ?? m[1]
      const got = TOKEN_TEXT[m[2] ?? ''] ?? m[2]
      return `syntax error: expected ${want} but found ${got}; add ${want}`
    }
    case 'unexpected_character': {
      if (/^(and|AND)$/.test(found)) return "syntax error: 'and' is not CEL; use && instead"
      if (/^(or|OR)$/.test(found)) return "syntax error: 'or' is not CEL; use || instead"
      if (found === 'not') return "syntax error: 'not' is not CEL; use ! instead, e.g. !customer.digital"
      if (found === '=') return "syntax error: unexpected '='; compare with == (assignments are not expressions)"
      return `syntax error: unexpected '${found}'; check for a missing operator (&&, ||, ==, +) or a missing quote`
    }
    case 'unterminated_string':
    case 'unterminated_triple_quoted_string':
      return 'syntax error: the string is not closed; add the closing quote'
    case 'reserved_identifier':
      return `syntax error: '${found}' is a reserved word in CEL and cannot be used as a name`
    case 'limit_exceeded':
      return `expression is ${limitText(summary)}; split it into simpler expressions (e.g. compute a part in an assign to a journey variable)`
    default:
      return `syntax error: ${summary}`
  }
}

/** cel-js's `Exceeded maxDepth (32)` in words. */
function limitText(summary: string): string {
  const m = /Exceeded (\w+) \((\d+)\)/.exec(summary)
  const n = m?.[2] ?? '?'
  switch (m?.[1]) {
    case 'maxDepth':
      return `nested more than ${n} levels deep (parentheses, calls, fields)`
    case 'maxAstNodes':
      return `too large: more than ${n} parts`
    case 'maxListElements':
      return `too large: a list of more than ${n} elements`
    case 'maxMapEntries':
      return `too large: a map of more than ${n} entries`
    case 'maxCallArguments':
      return `too large: a call with more than ${n} arguments`
    default:
      return `too large (${summary})`
  }
}

function typeMessage(
  err: CelErrorLike,
  code: string,
  summary: string,
  scope: ExprScope,
  knownFunctions: Set<string>,
): string {
  const node = err.node
  switch (code) {
    case 'unknown_variable': {
      const name = node !== undefined && typeof node.args === 'string' ? node.args : summary.replace(/^Unknown variable: /, '')
      if (journeyVariableNames(scope).includes(name)) return `unknown variable '${name}': journey variables are read as journey.${name}`
      if (customerAttributeNames(scope).includes(name)) return `unknown variable '${name}': customer attributes are read as customer.${name}`
      return `unknown variable '${name}': expressions can use ${SCOPE_VARIABLES.join(', ')} (e.g. customer.segment, journey.<var>, event.<field>)`
    }
    case 'no_such_key': {
      const key = summary.replace(/^No such key: /, '')
      const owner = ownerOf(node)
      if (owner !== undefined) return unknownFieldMessage(scope, owner, key)
      return `unknown field '${key}': check the spelling or guard it with has(...)`
    }
    case 'no_such_overload': {
      const op = node?.op ?? ''
      const types = summary.replace(/^no such overload: /, '')
      const at = types.indexOf(` ${op} `)
      const left = displayType(at >= 0 ? types.slice(0, at) : types)
      const right = displayType(at >= 0 ? types.slice(at + op.length + 2) : '')
      if (op === 'in' && ((left === 'double' && right === 'list<int>') || (left === 'int' && right === 'list<double>'))) {
        return `'in' cannot test ${left} in ${right}: document numbers are doubles, write every number with a decimal point, e.g. [1.0, 2.0]`
      }
      if (op === 'in') return `'in' cannot test ${left} in ${right}: the right side must be a list or map of the same type`
      return `operator '${op}' cannot combine ${left} and ${right}: make both sides the same kind of value (convert with double(...), int(...) or string(...))`
    }
    case 'no_matching_overload': {
      const m = /for '(?:([\w.<>, ]+)\.)?(\w+)\((.*)\)'$/.exec(summary)
      const fn = m?.[2] ?? ''
      if (m !== null && !knownFunctions.has(fn)) {
        return `unknown function '${fn}': use a CEL function such as size(), contains(), startsWith(), endsWith(), matches(), int(), double(), string()`
      }
      const receiver = m?.[1] !== undefined ? `${displayType(m[1])}.` : ''
      return `${receiver}${fn}() cannot be called with (${displayType(m?.[3] ?? '')}): check the argument types`
    }
    case 'invalid_logical_operand':
      return `${displayType(summary.replace(/^Logical operator requires bool operands/, '&& and || need bool operands'))}: turn the value into a condition, e.g. x > 0 or x == "gold"`
    case 'invalid_condition_type':
      return `${displayType(summary)}: the part before '?' must be a condition`
    case 'incompatible_ternary_branches':
      return `${displayType(summary)}: give both branches the same type (e.g. write 1.0 instead of 1)`
    case 'cannot_index_type':
      return `${displayType(summary).replace(/^Cannot index type/, 'cannot read a field of type')}: only customer, journey, event and maps have fields`
    case 'invalid_macro_argument':
      return 'has() needs a field selection, e.g. has(event.amount)'
    default:
      return displayType(summary)
  }
}

/** `customer` / `journey` when `node` reads a field directly from that variable. */
export function ownerOf(node: AstLike | undefined): 'customer' | 'journey' | undefined {
  if (node === undefined || !Array.isArray(node.args)) return undefined
  const target: unknown = node.args[0]
  if (!isAstNode(target) || target.op !== 'id') return undefined
  return target.args === 'customer' || target.args === 'journey' ? target.args : undefined
}

/** Where to point: the field for `x.f`, the key for `x["f"]`, a whole ?: condition, a stray `not`, else the error's range. */
function errorSpan(err: CelErrorLike, code: string, text: string): { start: number; end: number } | undefined {
  const node = err.node
  if (code === 'invalid_condition_type' && node !== undefined) return { start: node.start, end: node.end }
  if (code === 'unexpected_character' && err.range !== undefined) {
    const not = /(^|\W)(not)\s*$/.exec(text.slice(0, err.range.start))
    if (not !== null) return { start: not.index + (not[1] ?? '').length, end: not.index + (not[1] ?? '').length + 3 }
  }
  if (code === 'no_such_key' && node !== undefined && Array.isArray(node.args)) {
    const key: unknown = node.args[1]
    if (node.op === '.' || node.op === '.?') return { start: node.pos, end: node.end }
    if (isAstNode(key)) return { start: key.start, end: key.end }
  }
  return err.range
}

const functionNames = new WeakMap<Environment, Set<string>>()
function knownFunctionsOf(env: Environment): Set<string> {
  let names = functionNames.get(env)
  if (names === undefined) {
    names = new Set(env.getDefinitions().functions.map((f) => f.name))
    functionNames.set(env, names)
  }
  return names
}

/** Converts anything thrown/returned by cel-js into a problem positioned inside `text`. */
export function problemFromCelError(err: unknown, text: string, scope: ExprScope, env: Environment): ExprProblem {
  if (typeof err !== 'object' || err === null) return wholeProblem(String(err), text)
  const e: CelErrorLike = err
  const code = typeof e.code === 'string' ? e.code : ''
  const summary = typeof e.summary === 'string' ? e.summary : typeof e.message === 'string' ? e.message : String(err)
  const span = errorSpan(e, code, text)
  const kind = e.name === 'ParseError' && code === 'limit_exceeded' ? { kind: 'tooLarge' as const } : {}
  const message =
    e.name === 'ParseError'
      ? parseMessage(code, summary, text, span?.start ?? 0, span?.end ?? text.length)
      : typeMessage(e, code, summary, scope, knownFunctionsOf(env))
  return { ...(span === undefined ? wholeProblem(message, text) : spanProblem(message, text, span.start, span.end)), ...kind }
}
