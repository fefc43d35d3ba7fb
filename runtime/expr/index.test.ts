import { describe, expect, it } from 'vitest'
import * as api from './index'

describe('runtime/expr public API', () => {
  it('exports the documented functions', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CEL_LIMITS',
        'CelLimitError',
        'ExpressionError',
        'celEnvironmentFor',
        'checkExpression',
        'compileCel',
        'compileExpression',
        'compileGuard',
        'createCelEnvironment',
        'customerAttributeNames',
        'evaluateCel',
        'journeyVariableNames',
        'scopeSignature',
        'toPlainValue',
      ].sort(),
    )
  })

  it('works end to end: check, then compile and evaluate', () => {
    const scope: api.ExprScope = { customer: { income: 'number' }, vars: { reminders: 0 } }
    expect(api.checkExpression(scope, 'customer.income > 50000 && journey.reminders < 3', 'bool')).toEqual([])
    const guard = api.compileGuard(scope, 'customer.income > 50000 && journey.reminders < 3')
    const assign = api.compileExpression(scope, 'journey.reminders + 1')
    const ctx: api.ExprContext = { customer: { income: 60000, segment: 'a' }, journey: { reminders: 0 }, event: {} }
    expect(guard(ctx)).toBe(true)
    expect(assign(ctx)).toBe(1)
    const env = api.createCelEnvironment(scope)
    expect(api.evaluateCel(env, 'customer.segment', ctx)).toBe('a')
  })
})
