// `text.matches(pattern)` for journey CEL in linear time: RE2 (the syntax the CEL specification
// names), through re2js, instead of cel-js's backtracking JavaScript RegExp, which a pattern like
// `(a+)+$` keeps busy for longer than the universe is old. Plugged into every environment of the
// project by celEnvironment.ts (celRuntime's `matches` option).
import { RE2JS } from 're2js'

/** RE2 matches in time linear in the text times the pattern's program: both are bounded. */
export const REGEX_LIMITS = Object.freeze({ maxPatternLength: 1000, maxProgramSize: 10_000 })

const MAX_CACHED = 256
const compiled = new Map<string, RE2JS | string>()

function compile(pattern: string): RE2JS | string {
  const known = compiled.get(pattern)
  if (known !== undefined) return known
  let re: RE2JS | string
  if (pattern.length > REGEX_LIMITS.maxPatternLength) {
    re = `it is ${pattern.length} characters long, more than the ${REGEX_LIMITS.maxPatternLength} allowed`
  } else {
    try {
      re = RE2JS.compile(pattern)
      if (re.programSize() > REGEX_LIMITS.maxProgramSize) re = `it repeats too much (${re.programSize()} instructions, more than ${REGEX_LIMITS.maxProgramSize}): use smaller {n} counts`
    } catch (err) {
      re = (err instanceof Error ? err.message.split('\n')[0]! : String(err)).replace(/^error parsing regexp: /, '')
    }
  }
  if (compiled.size >= MAX_CACHED) compiled.clear()
  compiled.set(pattern, re)
  return re
}

/**
 * Why `pattern` cannot be used by `matches()`, in a sentence that says what to do, or undefined:
 * not RE2 syntax (lookaround and backreferences are not), longer than 1,000 characters, or
 * repeating into a program of more than 10,000 instructions.
 */
export function re2PatternProblem(pattern: string): string | undefined {
  const re = compile(pattern)
  return typeof re === 'string' ? `matches() pattern ${JSON.stringify(pattern.length > 60 ? `${pattern.slice(0, 60)}…` : pattern)} cannot be used: ${re}; write an RE2 regular expression (no lookahead, lookbehind or backreferences)` : undefined
}

/** Does `pattern` match somewhere in `text` (CEL `matches`)? Throws on a pattern re2PatternProblem refuses. */
export function re2Matches(text: string, pattern: string): boolean {
  const re = compile(pattern)
  if (typeof re === 'string') throw new Error(re2PatternProblem(pattern))
  return re.matcher(text).find()
}
