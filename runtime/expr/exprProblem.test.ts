import { describe, expect, it } from 'vitest'
import { celEnvironmentFor } from './celEnvironment'
import { displayType, problemFromCelError, spanProblem, unknownFieldMessage, wholeProblem } from './exprProblem'

const scope = { customer: { income: 'number' as const }, vars: { n: 0 } }

describe('spanProblem', () => {
  it('clamps into the text and widens an empty range on a character to that character', () => {
    expect(spanProblem('m', 'abc', 1, 1)).toEqual({ message: 'm', offset: 1, length: 1 })
    expect(spanProblem('m', 'abc', 3, 3)).toEqual({ message: 'm', offset: 3, length: 0 })
    expect(spanProblem('m', 'abc', -2, 99)).toEqual({ message: 'm', offset: 0, length: 3 })
  })

  it('wholeProblem covers the whole text', () => {
    expect(wholeProblem('m', 'abcd')).toEqual({ message: 'm', offset: 0, length: 4 })
  })
})

describe('messages', () => {
  it('displays the internal type names as customer / journey', () => {
    expect(displayType('list<Customer>')).toBe('list<customer>')
    expect(displayType('Journey')).toBe('journey')
  })

  it('unknownFieldMessage', () => {
    expect(unknownFieldMessage(scope, 'customer', 'x')).toBe('unknown attribute \'x\' of customer: declare it in "customer" or use one of income, segment, id')
    expect(unknownFieldMessage(scope, 'journey', 'm')).toBe('unknown variable \'m\' of journey: declare it in "vars" or use one of n')
  })
})

describe('problemFromCelError', () => {
  const env = celEnvironmentFor(scope)
  it('uses offset 0 and the whole length when the error has no position', () => {
    expect(problemFromCelError(new Error('boom'), 'abc', scope, env)).toEqual({ message: 'boom', offset: 0, length: 3 })
    expect(problemFromCelError('weird', 'ab', scope, env)).toEqual({ message: 'weird', offset: 0, length: 2 })
  })

  it('reads the range of a cel-js error', () => {
    const error = env.check('1 + "a"').error
    expect(problemFromCelError(error, '1 + "a"', scope, env)).toMatchObject({ offset: 0, length: 7 })
  })
})
