// The static type of a journey expression, as CEL's checker infers it. Never evaluates anything.
import { celEnvironmentFor, type ExprScope } from './celEnvironment'

/** The CEL type of `text` in `scope` (`double`, `int`, `string`, `bool`, `dyn`, `list<int>`…), or undefined when it does not check. */
export function expressionType(scope: ExprScope, text: string): string | undefined {
  try {
    const result = celEnvironmentFor(scope).parse(text).check()
    return result.valid ? (result.type ?? 'dyn') : undefined
  } catch {
    return undefined
  }
}
