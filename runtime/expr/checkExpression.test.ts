import { describe, expect, it } from 'vitest'
import type { ExprScope } from './celEnvironment'
import { checkExpression, type ExprProblem } from './checkExpression'

const scope: ExprScope = { customer: { income: 'number', digital: 'bool' }, vars: { reminders: 0, x: 1.5, name: 'a', tags: [] } }

/** The text a problem points at. */
function marked(text: string, p: ExprProblem | undefined): string {
  if (p === undefined) throw new Error('expected a problem')
  return text.slice(p.offset, p.offset + p.length)
}

function only(text: string, want: 'bool' | 'number' | 'any' = 'any'): ExprProblem {
  const problems = checkExpression(scope, text, want)
  expect(problems).toHaveLength(1)
  return problems[0] as ExprProblem
}

describe('valid expressions', () => {
  it.each([
    ['customer.income > 50000 && customer.digital', 'bool'],
    ['customer.segment in ["gold", "silver"]', 'bool'],
    ['event.amount > 10.0', 'bool'],
    ['event.flag', 'bool'], // dyn is accepted for a guard
    ['has(event.amount) && event.amount > 10', 'bool'],
    ['journey.reminders + 1', 'number'],
    ['1 < journey.x', 'bool'],
    ['size(journey.tags)', 'number'],
    ['event.amount * 2', 'number'],
    ['customer.segment + "!"', 'any'],
    ['journey.name.startsWith("a") ? 1.0 : 2.0', 'number'],
  ] as const)('%s (%s)', (text, want) => {
    expect(checkExpression(scope, text, want)).toEqual([])
  })
})

describe('unknown names', () => {
  it('names the unknown customer attribute, lists the declared ones and points at it', () => {
    const text = 'customer.incme > 50000'
    const p = only(text, 'bool')
    expect(p.message).toBe('unknown attribute \'incme\' of customer: declare it in "customer" or use one of income, digital, segment, id')
    expect(p).toMatchObject({ offset: 9, length: 5 })
    expect(marked(text, p)).toBe('incme')
  })

  it('names the unknown journey variable and points at it, also with index syntax', () => {
    const text = 'journey.remindrs + 1'
    const p = only(text)
    expect(p.message).toBe('unknown variable \'remindrs\' of journey: declare it in "vars" or use one of reminders, x, name, tags')
    expect(marked(text, p)).toBe('remindrs')
    const indexed = '1 + journey["nme"]'
    expect(marked(indexed, only(indexed))).toBe('"nme"')
  })

  it('says when no journey variable is declared', () => {
    const [p] = checkExpression({ customer: {}, vars: {} }, 'journey.count > 1', 'bool')
    expect(p?.message).toBe('unknown variable \'count\' of journey: declare it in "vars" (no journey variables are declared yet)')
  })

  it('catches typos inside has(), which cel-js would silently accept', () => {
    const text = 'has(customer.incme) && has(journey.nme)'
    const problems = checkExpression(scope, text, 'bool')
    expect(problems.map((p) => marked(text, p))).toEqual(['incme', 'nme'])
    expect(problems[0]?.message).toMatch(/^unknown attribute 'incme' of customer/)
  })

  it('suggests journey.<var> / customer.<attr> for a bare name', () => {
    expect(only('reminders > 1', 'bool').message).toBe("unknown variable 'reminders': journey variables are read as journey.reminders")
    expect(only('income > 1', 'bool').message).toBe("unknown variable 'income': customer attributes are read as customer.income")
  })

  it('lists the available variables for other names and points at the name', () => {
    const text = '1 < foo.bar'
    const p = only(text, 'bool')
    expect(p.message).toBe("unknown variable 'foo': expressions can use customer, journey, event (e.g. customer.segment, journey.<var>, event.<field>)")
    expect(marked(text, p)).toBe('foo')
  })

  it('reports unknown functions', () => {
    const text = 'journey.x > lenght("a")'
    const p = only(text, 'bool')
    expect(p.message).toMatch(/^unknown function 'lenght': use a CEL function such as size\(\)/)
    expect(marked(text, p)).toBe('lenght("a")')
  })
})

describe('type errors', () => {
  it('a guard that is a number', () => {
    const p = only('journey.reminders', 'bool')
    expect(p.message).toMatch(/^guard must be a bool, got double: /)
    expect(p).toEqual({ message: p.message, offset: 0, length: 17 })
  })

  it('a number expression that is a string or bool', () => {
    expect(only('journey.name', 'number').message).toBe('expression must be a number, got string: convert with double(...)')
    expect(only('customer.digital', 'number').message).toMatch(/^expression must be a number, got bool/)
  })

  it('mismatched operands, pointing at the whole operation', () => {
    const text = 'customer.digital && customer.income > "50000"'
    const p = only(text, 'bool')
    expect(p.message).toMatch(/^operator '>' cannot combine double and string: /)
    expect(marked(text, p)).toBe('customer.income > "50000"')
  })

  it('non-bool operands of && / ||', () => {
    expect(only('customer.digital && journey.x', 'bool').message).toMatch(/^&& and \|\| need bool operands, got 'double'/)
  })

  it('ternary condition and branches', () => {
    const text = 'journey.x ? 1.0 : 2.0'
    const p = only(text)
    expect(p.message).toMatch(/^Ternary condition must be bool, got 'double'/)
    expect(marked(text, p)).toBe('journey.x')
    expect(only('customer.digital ? 1 : 2.5').message).toMatch(/write 1\.0 instead of 1/)
  })

  it('field access on a non-object, pointing at the field', () => {
    const text = 'journey.x.value > 1'
    const p = only(text, 'bool')
    expect(p.message).toMatch(/^cannot read a field of type 'double'/)
    expect(marked(text, p)).toBe('value')
  })

  it('explains double vs int lists for in', () => {
    expect(only('journey.x in [1, 2]', 'bool').message).toBe(
      "'in' cannot test double in list<int>: document numbers are doubles, write every number with a decimal point, e.g. [1.0, 2.0]",
    )
    expect(only('customer.segment in "gold"', 'bool').message).toMatch(/^'in' cannot test string in string: the right side must be a list or map/)
  })

  it('catches unknown fields behind optional selection', () => {
    const text = 'customer.?incme.orValue(0.0) > 1.0'
    expect(marked(text, only(text, 'bool'))).toBe('incme')
  })

  it('shows customer/journey as type names', () => {
    expect(only('customer + 1').message).toMatch(/cannot combine customer and int/)
  })
})

describe('syntax errors', () => {
  it('empty expression', () => {
    expect(checkExpression(scope, '  ', 'bool')).toEqual([
      { message: 'expression is empty: write a CEL expression, e.g. customer.segment == "gold"', offset: 0, length: 2 },
    ])
  })

  it('incomplete expression points at the end', () => {
    const p = only('customer.income >', 'bool')
    expect(p.message).toMatch(/^syntax error: the expression is incomplete/)
    expect(p).toMatchObject({ offset: 17, length: 0 })
  })

  it('missing closing parenthesis', () => {
    const p = only('(journey.x + 1')
    expect(p.message).toBe("syntax error: expected ')' but found the end of the expression; add ')'")
    expect(p.offset).toBe(14)
  })

  it('and / or / not / = written the SQL or Python way', () => {
    const and = 'customer.digital and journey.x > 1'
    expect(only(and, 'bool').message).toBe("syntax error: 'and' is not CEL; use && instead")
    expect(marked(and, only(and, 'bool'))).toBe('and')
    expect(only('customer.digital or true', 'bool').message).toBe("syntax error: 'or' is not CEL; use || instead")
    const not = 'not customer.digital'
    expect(only(not, 'bool').message).toMatch(/^syntax error: 'not' is not CEL; use ! instead/)
    expect(marked(not, only(not, 'bool'))).toBe('not')
    const eq = 'customer.segment = "gold"'
    expect(only(eq, 'bool').message).toMatch(/compare with ==/)
    expect(marked(eq, only(eq, 'bool'))).toBe('=')
  })

  it('unterminated string', () => {
    const text = 'customer.segment == "gold'
    const p = only(text, 'bool')
    expect(p.message).toBe('syntax error: the string is not closed; add the closing quote')
    expect(marked(text, p)).toBe('"gold')
  })

  it('offsets stay inside the text', () => {
    for (const text of ['1 +', '(', '"', 'a b', 'x.', '@', 'customer.', '[1, 2', '{"a": 1']) {
      const [p] = checkExpression(scope, text, 'any')
      expect(p, text).toBeDefined()
      expect(p!.offset).toBeGreaterThanOrEqual(0)
      expect(p!.offset + p!.length).toBeLessThanOrEqual(text.length)
    }
  })
})
