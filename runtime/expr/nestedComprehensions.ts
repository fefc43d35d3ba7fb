// A comprehension (map, filter, all, exists, exists_one) inside the body of another runs once for
// every element the outer one visits: n × m steps, n × m × k with three, the shape that makes an
// expression explode. The check looks at the parsed cel-js tree (never evaluates anything).
import { isAstNode, spanProblem, type AstLike, type ExprProblem } from './exprProblem'

interface CallNode extends AstLike {
  meta?: { alternate?: { op?: unknown } }
}

/** `l.map(x, …)` and the like: a method call cel-js expanded into a comprehension. */
function comprehensionCall(node: CallNode): { name: string; receiver: unknown; body: unknown[] } | undefined {
  if (node.op !== 'rcall' || node.meta?.alternate?.op !== 'comprehension' || !Array.isArray(node.args)) return undefined
  const [name, receiver, args] = node.args as [unknown, unknown, unknown]
  if (typeof name !== 'string' || !Array.isArray(args)) return undefined
  return { name, receiver, body: args.slice(1) }
}

/** Problems (kind `nestedLoop`) for each comprehension inside the body of another, in `text`. */
export function nestedComprehensionProblems(text: string, root: unknown): ExprProblem[] {
  const problems: ExprProblem[] = []
  const visit = (v: unknown, outer: string | undefined): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x, outer)
      return
    }
    if (!isAstNode(v)) return
    const call = comprehensionCall(v)
    if (call === undefined) return visit(v.args, outer)
    if (outer !== undefined) {
      const message = `'${call.name}' inside the body of '${outer}' runs once for every element '${outer}' visits (n × m steps): test membership with 'in', or compute the inner list once, in an assign to a journey variable`
      problems.push({ ...spanProblem(message, text, v.start, v.end), kind: 'nestedLoop' })
    }
    visit(call.receiver, outer)
    visit(call.body, call.name)
  }
  visit(root, undefined)
  return problems
}
