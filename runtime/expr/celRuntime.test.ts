import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileCel, createCelEnvironment, celFieldTypes, evaluateCel, toPlainValue } from './celRuntime'

const decl = { customer: { income: 'number', digital: 'bool' }, vars: { reminders: 0, x: 1.5, name: 'a', tags: [] } }
const ctx = {
  customer: { income: 60000, digital: true, segment: 'gold' },
  journey: { reminders: 2, x: 3.5, name: 'n', tags: ['a'] },
  event: { amount: 12, label: 'x' },
}

describe('celFieldTypes', () => {
  it('maps declarations to CEL types, JSON numbers to double, segment and id always string', () => {
    expect(celFieldTypes({ customer: { income: 'number', segment: 'number', vip: 'bool' }, vars: { n: 0, b: false, s: '', o: {}, l: [], z: null } })).toEqual({
      customer: { income: 'double', segment: 'string', vip: 'bool', id: 'string' },
      journey: { n: 'double', b: 'bool', s: 'string', o: 'dyn', l: 'dyn', z: 'dyn' },
    })
  })

  it('treats unknown attribute type names as dyn, even Object.prototype member names', () => {
    expect(celFieldTypes({ customer: { a: 'toString', b: 'int' }, vars: {} }).customer).toEqual({ a: 'dyn', b: 'dyn', segment: 'string', id: 'string' })
  })

  it('never declares __proto__', () => {
    const customer = JSON.parse('{"__proto__": "number", "a": "bool"}')
    expect(Object.keys(celFieldTypes({ customer, vars: {} }).customer)).toEqual(['a', 'segment', 'id'])
  })
})

describe('mixed int/double arithmetic', () => {
  const env = createCelEnvironment(decl)
  const cases: Array<[string, unknown]> = [
    ['journey.reminders + 1', 3],
    ['1 + journey.reminders', 3],
    ['journey.x - 1', 2.5],
    ['10 - journey.x', 6.5],
    ['journey.x * 2', 7],
    ['2 * journey.x', 7],
    ['journey.x / 2', 1.75],
    ['7 / journey.x', 2],
    ['journey.x % 2', 1.5],
    ['7 % journey.x', 0],
    ['journey.x % 2.0', 1.5],
    ['customer.income > 50000', true],
    ['1 < journey.x', true],
    ['journey.reminders == 2', true],
    ['2 == journey.reminders', true],
    ['journey.reminders != 2', false],
    ['3 != journey.reminders', true],
    ['journey.reminders in [1.0, 2.0]', true],
    ['journey.x in [3, 3.5]', true], // a mixed list is list<dyn>
    ['event.amount in [12, 13]', true], // dyn values compare numerically
    ['event.?missing.orValue(1) + journey.x', 4.5], // optional chaining is enabled
    ['event.amount + 1', 13],
    ['event.amount > 10.0', true],
    ['event.amount == 12', true],
    ['7 / 2', 3], // int / int stays integer division
    ['7.0 / 2', 3.5],
  ]
  it.each(cases)('%s = %s', (text, expected) => {
    expect(evaluateCel(env, text, ctx)).toBe(expected)
  })
})

describe('results are plain JS', () => {
  const env = createCelEnvironment(decl)
  it('converts CEL ints (BigInt) to numbers, also inside lists and maps', () => {
    expect(evaluateCel(env, '1 + 2', ctx)).toBe(3)
    expect(evaluateCel(env, 'size(journey.tags)', ctx)).toBe(1)
    expect(evaluateCel(env, '[1, 2.5, "x"]', ctx)).toEqual([1, 2.5, 'x'])
    expect(evaluateCel(env, '{"a": 1, "b": [2]}', ctx)).toEqual({ a: 1, b: [2] })
    expect(evaluateCel(env, 'int(journey.x)', ctx)).toBe(3)
  })

  it('returns the caller records for customer / journey, not internal views', () => {
    expect(evaluateCel(env, 'journey', ctx)).toBe(ctx.journey)
    expect(evaluateCel(env, '[customer]', ctx)).toEqual([ctx.customer])
  })

  it('toPlainValue keeps values that need no conversion identical', () => {
    const list = ['a', 1.5]
    const map = { a: 'x' }
    expect(toPlainValue(list)).toBe(list)
    expect(toPlainValue(map)).toBe(map)
    expect(toPlainValue(5n)).toBe(5)
    expect(toPlainValue([1n])).toEqual([1])
    expect(toPlainValue(null)).toBeNull()
  })
})

describe('compileCel / evaluateCel', () => {
  const env = createCelEnvironment(decl)

  it('throws cel-js errors at compile time', () => {
    expect(() => compileCel(env, '1 +')).toThrow(/Unexpected token/)
    expect(() => compileCel(env, 'customer.incme > 1')).toThrow(/No such key: incme/)
  })

  it('rejects environments it did not create', async () => {
    const { Environment } = await import('@marcbachmann/cel-js')
    expect(() => compileCel(new Environment(), '1')).toThrow(/createCelEnvironment/)
  })

  it('evaluates many contexts through one compiled function without mixing them up', () => {
    const guard = compileCel(env, 'customer.income > 50000 && journey.reminders < 3')
    const other = compileCel(env, 'journey.name')
    expect(guard(ctx)).toBe(true)
    expect(other({ ...ctx, journey: { ...ctx.journey, name: 'other' } })).toBe('other')
    expect(guard({ ...ctx, customer: { income: 1, digital: false, segment: 's' } })).toBe(false)
    expect(guard(ctx)).toBe(true)
  })

  it('treats a missing event as an empty one', () => {
    expect(evaluateCel(env, 'has(event.amount)', { customer: ctx.customer, journey: ctx.journey })).toBe(false)
    expect(evaluateCel(env, 'size(event)', { customer: ctx.customer, journey: ctx.journey, event: null })).toBe(0)
  })

  it('throws EvaluationError for missing fields at evaluation', () => {
    expect(() => evaluateCel(env, 'event.missing > 1', ctx)).toThrow(/No such key: missing/)
    expect(() => evaluateCel(env, 'journey.x > 1', { ...ctx, journey: {} })).toThrow(/No such key: x/)
  })

  it('reports a value of the wrong type at evaluation', () => {
    expect(() => evaluateCel(env, 'customer.income > 1', { ...ctx, customer: { income: 'lots' } })).toThrow(
      /Field 'income' is not of type 'double', got 'string'/,
    )
  })
})

describe('celRuntime.ts is self-contained', () => {
  const source = readFileSync(new URL('./celRuntime.ts', import.meta.url), 'utf8')
  it('imports only @marcbachmann/cel-js', () => {
    const imports = [...source.matchAll(/^\s*import\s.*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1])
    expect(imports).toEqual(['@marcbachmann/cel-js'])
    expect(source).not.toMatch(/\bimport\(/)
  })
  it('never evaluates text as code and stays small', () => {
    expect(source).not.toMatch(/\beval\s*\(|new\s+Function\b/)
    // CEL_LIMITS and its meter (the cost of an evaluation, the size of its value) take about 130
    // lines, the `matches` option (a linear-time regex engine given by the host) about 35.
    expect(source.split('\n').length).toBeLessThanOrEqual(340)
  })
})
