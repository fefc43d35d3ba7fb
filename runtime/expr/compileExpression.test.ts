import { describe, expect, it } from 'vitest'
import type { ExprScope } from './celEnvironment'
import { compileExpression, compileGuard, ExpressionError, type ExprContext } from './compileExpression'

const scope: ExprScope = { customer: { income: 'number', digital: 'bool' }, vars: { reminders: 0, x: 1.5, name: 'a', tags: [] } }
const ctx: ExprContext = {
  customer: { income: 60000, digital: true, segment: 'gold' },
  journey: { reminders: 2, x: 3.5, name: 'n', tags: ['a', 'b'] },
  event: { amount: 12, kind: 'purchase' },
}

describe('compileExpression', () => {
  it('evaluates to plain JS values, CEL ints as numbers', () => {
    expect(compileExpression(scope, 'journey.reminders + 1')(ctx)).toBe(3)
    expect(compileExpression(scope, 'size(journey.tags)')(ctx)).toBe(2)
    expect(typeof compileExpression(scope, '2 * 3')(ctx)).toBe('number')
    expect(compileExpression(scope, 'customer.segment + "-" + event.kind')(ctx)).toBe('gold-purchase')
    expect(compileExpression(scope, 'journey.tags + ["c"]')(ctx)).toEqual(['a', 'b', 'c'])
    expect(compileExpression(scope, 'customer.income * 1.1 > 60000 ? 1 : 0')(ctx)).toBe(1)
  })

  it('is reusable across contexts', () => {
    const next = compileExpression(scope, 'journey.reminders + 1')
    const values = [0, 1, 2, 3].map((reminders) => next({ ...ctx, journey: { ...ctx.journey, reminders } }))
    expect(values).toEqual([1, 2, 3, 4])
  })

  it('caches per (scope, text)', () => {
    expect(compileExpression(scope, 'journey.x * 2')).toBe(compileExpression(scope, 'journey.x * 2'))
    expect(compileExpression(scope, 'journey.x * 2')).not.toBe(compileExpression(scope, 'journey.x * 3'))
    const otherScope: ExprScope = { customer: {}, vars: { x: 'text' } }
    expect(compileExpression(otherScope, 'journey.x + "!"')({ customer: {}, journey: { x: 'a' }, event: {} })).toBe('a!')
  })

  it('throws ExpressionError with positioned problems at compile time', () => {
    let error: unknown
    try {
      compileExpression(scope, 'customer.incme + 1')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ExpressionError)
    const problems = (error as ExpressionError).problems
    expect(problems).toEqual([{ message: expect.stringMatching(/^unknown attribute 'incme' of customer/), offset: 9, length: 5 }])
    expect((error as ExpressionError).message).toMatch(/^invalid expression `customer.incme \+ 1`: unknown attribute 'incme'/)
    expect(() => compileExpression(scope, '1 +')).toThrow(ExpressionError)
  })

  it('throws the cel-js EvaluationError when evaluation fails', () => {
    const read = compileExpression(scope, 'event.missing + 1')
    expect(() => read(ctx)).toThrow(expect.objectContaining({ name: 'EvaluationError', message: expect.stringMatching(/No such key: missing/) }))
    expect(() => compileExpression(scope, '1 / 0')(ctx)).toThrow(/division by zero/)
  })

  it('gives double division by zero as Infinity, like JS', () => {
    expect(compileExpression(scope, 'journey.x / 0')(ctx)).toBe(Infinity)
  })
})

describe('compileGuard', () => {
  it('returns the boolean result', () => {
    expect(compileGuard(scope, 'customer.income > 50000 && journey.reminders < 3')(ctx)).toBe(true)
    expect(compileGuard(scope, 'customer.segment == "silver"')(ctx)).toBe(false)
    expect(compileGuard(scope, 'event.amount > 10.0 && event.kind == "purchase"')(ctx)).toBe(true)
  })

  it('is false, never throwing, when evaluation fails', () => {
    expect(compileGuard(scope, 'event.missing > 1')(ctx)).toBe(false)
    expect(compileGuard(scope, '!(event.missing > 1)')(ctx)).toBe(false)
    expect(compileGuard(scope, 'journey.reminders > 1')({ ...ctx, journey: {} })).toBe(false)
    expect(compileGuard(scope, 'customer.income > 1')({ ...ctx, customer: { income: 'lots' } })).toBe(false)
    expect(compileGuard(scope, '1 / 0 == 1')(ctx)).toBe(false)
  })

  it('is false when a dyn value is not a bool', () => {
    const guard = compileGuard(scope, 'event.flag')
    expect(guard({ ...ctx, event: { flag: true } })).toBe(true)
    expect(guard({ ...ctx, event: { flag: 1 } })).toBe(false)
    expect(guard({ ...ctx, event: { flag: 'true' } })).toBe(false)
  })

  it('lets has() and || short-circuit around missing fields (CEL error absorption)', () => {
    expect(compileGuard(scope, 'has(event.missing) && event.missing > 1')(ctx)).toBe(false)
    expect(compileGuard(scope, 'event.missing > 1 || true')(ctx)).toBe(true)
  })

  it('throws ExpressionError at compile time for statically non-bool or invalid guards', () => {
    expect(() => compileGuard(scope, 'journey.reminders')).toThrow(/guard must be a bool, got double/)
    expect(() => compileGuard(scope, 'customer.incme > 1')).toThrow(ExpressionError)
  })

  it('caches per (scope, text)', () => {
    expect(compileGuard(scope, 'customer.digital')).toBe(compileGuard(scope, 'customer.digital'))
  })
})
