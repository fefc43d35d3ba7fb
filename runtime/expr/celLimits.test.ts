// CEL_LIMITS: what parsing refuses, what validation refuses (a loop inside a loop), and what one
// evaluation may cost and give back. Over a limit is a CelLimitError, never a crash or a hang.
import { describe, expect, it } from 'vitest'
import { CEL_LIMITS, CelLimitError, compileCel, createCelEnvironment } from './celRuntime'
import { checkExpression } from './checkExpression'
import { compileExpression, compileGuard, ExpressionError } from './compileExpression'

const scope = { customer: {}, vars: { s: '', l: [] as unknown[], n: 0 } }
const env = createCelEnvironment(scope)
const evaluate = (text: string, journey: Record<string, unknown>) => compileCel(env, text)({ customer: { segment: 'a' }, journey, event: {} })
const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('parsing limits (cel-js limits)', () => {
  it('refuses an expression nested deeper than maxDepth, as too large', () => {
    const deep = `${'('.repeat(CEL_LIMITS.maxDepth + 1)}journey.n > 1${')'.repeat(CEL_LIMITS.maxDepth + 1)}`
    const [p, ...rest] = checkExpression(scope, deep, 'bool')
    expect(rest).toEqual([])
    expect(p).toMatchObject({ kind: 'tooLarge', message: expect.stringMatching(/^expression is nested more than 32 levels deep .*split it into simpler expressions/) })
    expect(checkExpression(scope, `${'('.repeat(20)}journey.n > 1${')'.repeat(20)}`, 'bool')).toEqual([])
  })

  it('refuses a list literal longer than maxListElements', () => {
    const [p] = checkExpression(scope, `journey.n in [${range(CEL_LIMITS.maxListElements + 1).join(', ')}]`, 'bool')
    expect(p).toMatchObject({ kind: 'tooLarge', message: expect.stringMatching(/a list of more than 1000 elements/) })
  })
})

describe('a comprehension inside the body of another', () => {
  it('is refused at the inner one, with how to avoid it', () => {
    const text = 'journey.l.exists(a, journey.l.map(b, b * 2).size() > 0)'
    const problems = checkExpression(scope, text, 'bool')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ kind: 'nestedLoop', offset: text.indexOf('journey.l.map'), message: expect.stringMatching(/^'map' inside the body of 'exists' runs once for every element .*'in'/) })
    expect(text.slice(problems[0]!.offset, problems[0]!.offset + problems[0]!.length)).toBe('journey.l.map(b, b * 2)')
    expect(() => compileGuard(scope, text)).toThrow(ExpressionError)
  })

  it('allows comprehensions one after another, and over the result of another', () => {
    expect(checkExpression(scope, 'journey.l.map(x, x * 2).filter(y, y > 1).exists(z, z == 4) && journey.l.all(v, v > 0)', 'bool')).toEqual([])
  })
})

describe('the cost of one evaluation', () => {
  it('stops a loop inside a loop at maxSteps, quickly', () => {
    const t0 = performance.now()
    expect(() => evaluate('journey.l.map(x, journey.l.map(y, y)).size() > 0', { l: range(2000) })).toThrow(/takes more than 1,000,000 steps/)
    expect(performance.now() - t0).toBeLessThan(5000)
  })

  it('stops a list that doubles (cel.bind) before it is built', () => {
    const binds = range(12).map((i) => `cel.bind(v${i + 1}, v${i} + v${i}, `).join('')
    const text = `cel.bind(v0, journey.l, ${binds}v12${')'.repeat(13)}.size() > 0`
    expect(() => evaluate(text, { l: range(1000) })).toThrow(CelLimitError)
    expect(evaluate(text, { l: range(2) })).toBe(true) // 2 × 2¹² elements: within the budget
  })

  it('stops strings that double at maxCharacters', () => {
    const binds = range(10).map((i) => `cel.bind(v${i + 1}, v${i} + v${i}, `).join('')
    const text = `cel.bind(v0, journey.s, ${binds}v10${')'.repeat(11)}.size() > 0`
    expect(() => evaluate(text, { s: 'x'.repeat(100_000) })).toThrow(/builds strings of more than 10,000,000 characters/)
  })

  it('is an error even where CEL would swallow it (x || true)', () => {
    expect(() => evaluate('journey.l.map(x, journey.l.map(y, y)).size() > 0 || true', { l: range(2000) })).toThrow(CelLimitError)
  })

  it('lets a guard fail loudly when over the budget, and false on any other error', () => {
    const over = compileGuard(scope, 'journey.l.map(x, [x, x, x]).size() > journey.n')
    expect(() => over({ customer: {}, journey: { l: range(400_000), n: 0 }, event: {} })).toThrow(CelLimitError)
    expect(over({ customer: {}, journey: { l: range(10), n: 0 }, event: {} })).toBe(true)
    expect(compileGuard(scope, 'event.missing > 1')({ customer: {}, journey: {}, event: {} })).toBe(false)
  })
})

describe('the size of a value an evaluation gives back', () => {
  it('stops a string that doubles on every visit at maxStringLength', () => {
    const twice = compileExpression(scope, 'journey.s + journey.s')
    let s = 'x'
    let visits = 0
    const grow = () => {
      for (;;) {
        s = twice({ customer: {}, journey: { s }, event: {} }) as string
        visits++
      }
    }
    expect(grow).toThrow(/^the value is too big: it is a string of 1,048,576 characters, more than the 1,000,000 allowed; keep/)
    expect(visits).toBe(19)
  })

  it('stops lists at maxElements, nested elements included', () => {
    expect(() => evaluate('journey.l + journey.l', { l: range(60_000) })).toThrow(/more than the 100,000 list and map elements allowed/)
    expect(() => evaluate('journey.l.map(x, journey.l)', { l: range(400) })).toThrow(/nested ones included/)
    expect(evaluate('journey.l.map(x, journey.l)', { l: range(300) })).toHaveLength(300)
    expect(() => evaluate('journey.l.map(x, journey.s)', { l: range(20), s: 'y'.repeat(60_000) })).toThrow(/its strings hold more than the 1,000,000 characters/)
  })
})
