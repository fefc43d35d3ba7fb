import { describe, expect, it } from 'vitest'
import { expressionType } from './expressionType'

const scope = { customer: { income: 'number' as const, constructor: 'string' as const }, vars: { n: 0, toString: true } }

describe('expressionType', () => {
  it('is the type CEL infers, or undefined when the text does not check', () => {
    expect(['journey.n + 1', '1', '"a"', 'customer.constructor', 'journey.toString', 'event.x', '[1]'].map((t) => expressionType(scope, t))).toEqual(['double', 'int', 'string', 'string', 'bool', 'dyn', 'list<int>'])
    expect(expressionType(scope, 'customer.nope')).toBeUndefined()
    expect(expressionType(scope, '1 +')).toBeUndefined()
  })
})
