// `matches()` takes an RE2 pattern (re2Matches): one written as a string literal is checked when
// the document is validated, so a pattern RE2 refuses is found at its place, not at run time.
import { isAstNode, spanProblem, type ExprProblem } from './exprProblem'
import { re2PatternProblem } from './re2Matches'

/** Problems (kind `badRegex`) for each `x.matches("literal")` whose pattern re2PatternProblem refuses. */
export function regexPatternProblems(text: string, root: unknown): ExprProblem[] {
  const problems: ExprProblem[] = []
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x)
      return
    }
    if (!isAstNode(v)) return
    if (v.op === 'rcall' && Array.isArray(v.args) && v.args[0] === 'matches' && Array.isArray(v.args[2])) {
      const pattern: unknown = v.args[2][0]
      if (isAstNode(pattern) && pattern.op === 'value' && typeof pattern.args === 'string') {
        const why = re2PatternProblem(pattern.args)
        if (why !== undefined) problems.push({ ...spanProblem(why, text, pattern.start, pattern.end), kind: 'badRegex' })
      }
    }
    visit(v.args)
  }
  visit(root)
  return problems
}
