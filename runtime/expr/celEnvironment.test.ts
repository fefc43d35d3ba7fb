import { describe, expect, it } from 'vitest'
import {
  celEnvironmentFor,
  createCelEnvironment,
  customerAttributeNames,
  journeyVariableNames,
  scopeSignature,
  type ExprScope,
} from './celEnvironment'

const scope: ExprScope = { customer: { income: 'number', digital: 'bool' }, vars: { reminders: 0, x: 1.5, label: 'a', meta: {} } }

describe('createCelEnvironment', () => {
  const env = createCelEnvironment(scope)

  it('types customer and journey fields', () => {
    expect(env.check('customer.income').type).toBe('double')
    expect(env.check('customer.digital').type).toBe('bool')
    expect(env.check('customer.segment').type).toBe('string')
    expect(env.check('journey.reminders').type).toBe('double')
    expect(env.check('journey.label').type).toBe('string')
    expect(env.check('journey.meta').type).toBe('dyn')
  })

  it('makes an unknown field a type error naming the field', () => {
    const result = env.check('customer.incme > 1')
    expect(result.valid).toBe(false)
    expect(result.error?.message).toMatch(/No such key: incme/)
    expect(env.check('journey.remindrs').error?.message).toMatch(/No such key: remindrs/)
  })

  it('keeps event a dyn map so any field type-checks', () => {
    expect(env.check('event.amount > 10.0').valid).toBe(true)
    expect(env.check('event.anything.nested == "x"').valid).toBe(true)
  })

  it('allows mixed int/double arithmetic and comparison', () => {
    expect(env.check('journey.reminders + 1').type).toBe('double')
    expect(env.check('customer.income > 50000').type).toBe('bool')
    expect(env.check('1 < journey.x').type).toBe('bool')
    expect(env.check('journey.x == 1').type).toBe('bool')
  })

  it('does not know other variables', () => {
    expect(env.check('vars.x').error?.message).toMatch(/Unknown variable: vars/)
  })
})

describe('celEnvironmentFor', () => {
  it('returns the same environment for the same scope object', () => {
    expect(celEnvironmentFor(scope)).toBe(celEnvironmentFor(scope))
  })

  it('shares environments between scopes that declare the same types', () => {
    const same: ExprScope = { customer: { income: 'number', digital: 'bool' }, vars: { reminders: 7, x: 0, label: 'z', meta: [] } }
    expect(celEnvironmentFor(same)).toBe(celEnvironmentFor(scope))
  })

  it('separates scopes with different declarations', () => {
    const other: ExprScope = { customer: { income: 'string' }, vars: {} }
    const env = celEnvironmentFor(other)
    expect(env).not.toBe(celEnvironmentFor(scope))
    expect(env.check('customer.income').type).toBe('string')
  })
})

describe('scope helpers', () => {
  it('signature depends on types, not values', () => {
    expect(scopeSignature({ customer: {}, vars: { a: 1 } })).toBe(scopeSignature({ customer: {}, vars: { a: 2 } }))
    expect(scopeSignature({ customer: {}, vars: { a: 1 } })).not.toBe(scopeSignature({ customer: {}, vars: { a: '1' } }))
  })

  it('lists names in declaration order, segment and id last unless declared', () => {
    expect(customerAttributeNames(scope)).toEqual(['income', 'digital', 'segment', 'id'])
    expect(customerAttributeNames({ customer: { segment: 'string', a: 'bool' }, vars: {} })).toEqual(['segment', 'a', 'id'])
    expect(journeyVariableNames(scope)).toEqual(['reminders', 'x', 'label', 'meta'])
  })
})
