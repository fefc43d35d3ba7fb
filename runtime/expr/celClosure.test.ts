import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { celEnvironmentFor, type ExprScope } from './celEnvironment'
import { celClosure, FALLBACK } from './celClosure'
import { celFieldTypes, compileCel } from './celRuntime'
import { compileExpression, compileGuard, ExpressionError, type ExprContext } from './compileExpression'

const scope: ExprScope = { customer: { score: 'number', tier: 'string', vip: 'bool', income: 'number' }, vars: { count: 0, flag: false, label: 'a', rate: 1.5 } }
const types = celFieldTypes(scope)
const astOf = (text: string) => (celEnvironmentFor(scope).parse(text) as { ast?: unknown }).ast

const numberField = fc.constantFrom('customer.score', 'customer.income', 'journey.count', 'journey.rate')
const doubleLiteral = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => (Number.isInteger(v) ? `${v}.0` : `${v}`)).map((s) => (s.includes('e') ? '2.5' : s))
const numberLeaf = fc.oneof(numberField, doubleLiteral, fc.integer({ min: -5, max: 700 }).map(String), fc.constantFrom('600.0', '3', '0.0', '-0.0'))

/** Type-correct CEL texts of the subset and a little beyond, by static type. */
const texts = fc.letrec((tie) => ({
  num: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('customer.score', 'customer.income', 'journey.count', 'journey.rate'),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => (Number.isInteger(v) ? `${v}.0` : `${v}`)).map((s) => (s.includes('e') ? '2.5' : s)),
    fc.tuple(tie('num'), fc.constantFrom('+', '-', '*', '/'), fc.oneof(tie('num'), fc.integer({ min: -20, max: 20 }).map(String))).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('num').map((a) => `-${a}`),
    fc.tuple(tie('bool'), tie('num'), tie('num')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
  ),
  str: fc.oneof(fc.constantFrom('customer.tier', 'customer.segment', 'journey.label', '"gold"', '"a"', '""', '"é"')),
  bool: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('customer.vip', 'journey.flag', 'true', 'false'),
    fc.tuple(numberLeaf, fc.constantFrom('<', '<=', '>', '>=', '==', '!='), numberLeaf).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(tie('num'), fc.constantFrom('<', '<=', '>', '>=', '==', '!='), fc.oneof(tie('num'), fc.integer({ min: -5, max: 700 }).map(String))).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(tie('str'), fc.constantFrom('==', '!=', '<'), tie('str')).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(tie('bool'), fc.constantFrom('&&', '||', '==', '!='), tie('bool')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('bool').map((a) => `!${a}`),
  ),
}))

/** Records that hold each field with its type, another type, or not at all. */
const value = (typical: fc.Arbitrary<unknown>) => fc.oneof({ weight: 8, arbitrary: typical }, { weight: 1, arbitrary: fc.constantFrom<unknown>('7', 7, true, null, undefined, Number.NaN, -0) })
const contexts = fc.record({
  customer: fc.record({ score: value(fc.double({ min: 300, max: 850, noNaN: true })), tier: value(fc.constantFrom('gold', 'a', '')), vip: value(fc.boolean()), income: value(fc.integer({ min: 0, max: 90000 })), segment: fc.constantFrom('gold', 'a') }, { requiredKeys: ['segment'] }),
  journey: fc.record({ count: value(fc.integer({ min: 0, max: 5 })), flag: value(fc.boolean()), label: value(fc.constantFrom('a', 'b')), rate: value(fc.double({ min: -2, max: 2, noNaN: true })) }),
})
const withoutUndefined = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))

/** What evaluating gives: its value, or that it failed. */
function outcome(f: () => unknown): { value: unknown } | { failed: true } {
  try {
    return { value: f() }
  } catch {
    return { failed: true }
  }
}

describe('celClosure', () => {
  it('gives exactly what cel-js gives, for every text and every record (fields missing or of other types too)', () => {
    let fast = 0
    fc.assert(
      fc.property(fc.oneof(texts.num, texts.bool), contexts, (text, c) => {
        let compiled: (ctx: ExprContext) => unknown
        let guard: (ctx: ExprContext) => boolean
        try {
          compiled = compileExpression(scope, text)
          guard = compileGuard(scope, text.includes('<') || text.includes('=') || text.includes('!') ? text : `${text} > 0.0`)
        } catch (err) {
          if (err instanceof ExpressionError) return // not type-correct after all
          throw err
        }
        const ctx: ExprContext = { customer: withoutUndefined(c.customer), journey: withoutUndefined(c.journey), event: {} }
        const slow = compileCel(celEnvironmentFor(scope), text)
        const closure = celClosure(astOf(text), types)
        if (closure !== null && closure(ctx) !== FALLBACK) fast++
        expect(outcome(() => compiled(ctx))).toEqual(outcome(() => slow(ctx)))
        expect(typeof guard(ctx)).toBe('boolean')
      }),
      { seed: 3, numRuns: 3000 },
    )
    // Most draws take the closure: the property is about it, not only the fallback.
    expect(fast).toBeGreaterThan(1000)
  })

  it('answers the simulator’s usual guards and assignments without cel-js', () => {
    const ctx: ExprContext = { customer: { score: 580, tier: 'gold', vip: true, income: 30000, segment: 'a' }, journey: { count: 2, flag: false, label: 'a', rate: 1.5 }, event: {} }
    for (const [text, expected] of [
      ['customer.score < 600.0', true],
      ['customer.score < 620.0 || (customer.tier == "self-employed" && customer.income < 40000.0)', true],
      ['journey.count + 1', 3],
      ['journey.count >= 3', false],
      ['!customer.vip', false],
      ['customer.vip ? journey.rate * 2.0 : 0.0', 3],
    ] as const) {
      const closure = celClosure(astOf(text), types)
      expect(closure, text).not.toBeNull()
      expect(closure!(ctx)).toBe(expected)
    }
  })

  it('leaves to cel-js what it does not cover: division, strings in order, functions, events, lists, maps', () => {
    for (const text of ['journey.rate / 2.0', 'customer.tier < "b"', 'size(customer.tier) > 1', 'event.amount > 1.0', '1 + 2', 'customer.tier + "x"', '[1.0, 2.0][0] > 0.0', 'customer.score in [1.0]']) {
      expect(celClosure(astOf(text), types), text).toBeNull()
    }
  })

  it('falls back when a field is missing or holds another type', () => {
    const closure = celClosure(astOf('customer.score < 600.0 || journey.flag'), types)!
    const journey = { flag: false }
    expect(closure({ customer: { score: 500 }, journey, event: {} })).toBe(true)
    expect(closure({ customer: { score: 700 }, journey, event: {} })).toBe(false)
    expect(closure({ customer: {}, journey, event: {} })).toBe(FALLBACK)
    expect(closure({ customer: { score: '500' }, journey, event: {} })).toBe(FALLBACK)
    expect(closure({ customer: Object.create({ score: 500 }) as Record<string, unknown>, journey, event: {} })).toBe(FALLBACK)
    expect(closure({ customer: { score: 700 }, journey: { flag: 'yes' }, event: {} })).toBe(FALLBACK)
    // A side that || skips decides nothing: no fallback for it.
    expect(closure({ customer: { score: 500 }, journey: {}, event: {} })).toBe(true)
  })
})
