// Expressions come from documents: they must never reach JS prototypes or run code.
import { describe, expect, it } from 'vitest'
import type { ExprScope } from './celEnvironment'
import { checkExpression } from './checkExpression'
import { compileExpression, compileGuard, type ExprContext } from './compileExpression'

const scope: ExprScope = { customer: { income: 'number' }, vars: { n: 0, meta: {} } }
const ctx: ExprContext = { customer: { income: 10, segment: 's' }, journey: { n: 1, meta: { a: 1 } }, event: { amount: 1 } }

describe('code-injection attempts are problems, not execution', () => {
  it.each([
    ['constructor.constructor("alert(1)")()', /^syntax error/],
    ['this.constructor', /^unknown variable 'this'/],
    ['constructor', /^unknown variable 'constructor'/],
    ['__proto__', /reserved word/],
    ['customer.__proto__', /^unknown attribute '__proto__' of customer/],
    ['customer.constructor', /^unknown attribute 'constructor' of customer/],
    ['customer["__proto__"]', /^unknown attribute '__proto__' of customer/],
    ['journey.__proto__.polluted', /^unknown variable '__proto__' of journey/],
    ['journey.constructor.prototype', /^unknown variable 'constructor' of journey/],
    ['has(customer.__proto__)', /^unknown attribute '__proto__' of customer/],
    ['globalThis', /^unknown variable 'globalThis'/],
    ['process.exit(1)', /^syntax error|^unknown/],
  ])('%s', (text, message) => {
    const problems = checkExpression(scope, text, 'any')
    expect(problems).toHaveLength(1)
    expect(problems[0]?.message).toMatch(message)
    expect(() => compileExpression(scope, text)).toThrow()
  })
})

describe('evaluation never reaches prototypes', () => {
  it.each(['event.constructor', 'event.__proto__', 'event["toString"]', 'event.hasOwnProperty', 'journey.meta.constructor', 'journey.meta["__proto__"]', '{}.constructor', '[1].map(v, event.valueOf)'])(
    '%s type-checks (dyn) but fails at evaluation',
    (text) => {
      expect(checkExpression(scope, text, 'any')).toEqual([])
      expect(() => compileExpression(scope, text)(ctx)).toThrow(/No such key/)
    },
  )

  it('has() sees own properties only', () => {
    expect(compileGuard(scope, 'has(event.constructor) || has(event.toString)')(ctx)).toBe(false)
    expect(compileGuard(scope, 'has(journey.meta.constructor)')(ctx)).toBe(false)
  })

  it('ignores inherited values in context records', () => {
    const inherited: ExprContext = {
      customer: Object.create({ income: 999999 }),
      journey: Object.create({ n: 5 }),
      event: Object.create({ amount: 5 }),
    }
    expect(compileGuard(scope, 'customer.income > 1')(inherited)).toBe(false)
    expect(compileGuard(scope, 'journey.n > 1')(inherited)).toBe(false)
    expect(compileGuard(scope, 'event.amount > 1')(inherited)).toBe(false)
    expect(compileGuard(scope, 'has(customer.income) || has(journey.n) || has(event.amount)')(inherited)).toBe(false)
  })

  it('map literals cannot pollute Object.prototype', () => {
    const value = compileExpression(scope, '{"__proto__": {"polluted": true}, "ok": 1}')(ctx)
    expect(value).toEqual({ ok: 1 })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
  })

  it('a JSON "__proto__" key in the data is plain data, not a prototype', () => {
    const event = JSON.parse('{"__proto__": {"amount": 50}}')
    expect(compileGuard(scope, 'event.amount > 1')({ ...ctx, event })).toBe(false)
  })
})
