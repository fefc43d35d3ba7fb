// Static check of a journey expression (guard, assign): syntax, unknown names, operand types and
// the type of the result. Never evaluates anything.
import { celEnvironmentFor, customerAttributeNames, journeyVariableNames, type ExprScope } from './celEnvironment'
import {
  displayType,
  isAstNode,
  ownerOf,
  problemFromCelError,
  spanProblem,
  unknownFieldMessage,
  wholeProblem,
  type AstLike,
  type ExprProblem,
} from './exprProblem'
import { nestedComprehensionProblems } from './nestedComprehensions'
import { regexPatternProblems } from './regexPatterns'

export type { ExprProblem } from './exprProblem'

export type ExpectedType = 'bool' | 'number' | 'any'

/** Problems of `text` in `scope`; an empty array means the expression is valid. */
export function checkExpression(scope: ExprScope, text: string, expect: ExpectedType): ExprProblem[] {
  if (text.trim() === '') {
    const example = expect === 'bool' ? 'customer.segment == "gold"' : expect === 'number' ? 'journey.<var> + 1' : 'event.<field>'
    return [wholeProblem(`expression is empty: write a CEL expression, e.g. ${example}`, text)]
  }
  const env = celEnvironmentFor(scope)
  let program: ReturnType<typeof env.parse>
  try {
    program = env.parse(text)
  } catch (err) {
    return [problemFromCelError(err, text, scope, env)]
  }
  const result = program.check()
  if (!result.valid) return [problemFromCelError(result.error, text, scope, env)]

  // cel-js accepts undeclared fields inside has(...); a typo there would silently be false.
  const problems = undeclaredFieldProblems(scope, text, program.ast)
  if (problems.length > 0) return problems
  // A loop inside a loop: refused before it runs (evaluation has a budget too: CEL_LIMITS).
  const nested = nestedComprehensionProblems(text, program.ast)
  if (nested.length > 0) return nested
  // A matches() pattern RE2 refuses (lookaround, backreferences, too long): refused here, not at run time.
  const patterns = regexPatternProblems(text, program.ast)
  if (patterns.length > 0) return patterns

  const type = result.type ?? 'dyn'
  const mismatch = resultTypeMessage(expect, type)
  return mismatch === undefined ? [] : [wholeProblem(mismatch, text)]
}

function resultTypeMessage(expect: ExpectedType, type: string): string | undefined {
  if (expect === 'any' || type === 'dyn') return undefined
  if (expect === 'bool') {
    if (type === 'bool') return undefined
    const hint = type === 'string' ? 'e.g. ... == "value"' : type === 'double' || type === 'int' ? 'e.g. ... > 0' : 'e.g. size(...) > 0'
    return `guard must be a bool, got ${displayType(type)}: compare the value to make a condition, ${hint}`
  }
  if (type === 'double' || type === 'int') return undefined
  const hint = type === 'string' ? 'convert with double(...)' : type === 'bool' ? 'use a conditional, e.g. cond ? 1.0 : 0.0' : 'use size(...) or a numeric field'
  return `expression must be a number, got ${displayType(type)}: ${hint}`
}

/** `customer.x` / `journey.x` selections of undeclared names anywhere in the tree. */
function undeclaredFieldProblems(scope: ExprScope, text: string, root: unknown): ExprProblem[] {
  const declared = { customer: new Set(customerAttributeNames(scope)), journey: new Set(journeyVariableNames(scope)) }
  const problems: ExprProblem[] = []
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x)
      return
    }
    if (!isAstNode(v)) return
    const node: AstLike = v
    const owner = ownerOf(node)
    if (owner !== undefined && (node.op === '.' || node.op === '.?') && Array.isArray(node.args)) {
      const field: unknown = node.args[1]
      if (typeof field === 'string' && !declared[owner].has(field)) {
        problems.push(spanProblem(unknownFieldMessage(scope, owner, field), text, node.pos, node.end))
      }
    }
    visit(node.args)
  }
  visit(root)
  return problems
}
