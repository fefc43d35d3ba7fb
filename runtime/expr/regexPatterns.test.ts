import { describe, expect, it } from 'vitest';
import { checkExpression } from './checkExpression';

const scope = { customer: { name: 'string' as const }, vars: {} };

describe('matches() patterns are checked when the document is validated', () => {
  it('a literal pattern RE2 refuses is a problem at the pattern, of its own kind', () => {
    const text = 'customer.name.matches("a(?!b)") && true';
    expect(checkExpression(scope, text, 'bool')).toEqual([{ kind: 'badRegex', offset: text.indexOf('"a(?!b)"'), length: '"a(?!b)"'.length, message: expect.stringMatching(/^matches\(\) pattern "a\(\?!b\)" cannot be used: invalid or unsupported Perl syntax: `\(\?!`; write an RE2 regular expression/) }]);
  });

  it('catastrophic-looking RE2 patterns are fine (RE2 is linear); patterns not written as literals are checked when they run', () => {
    expect(checkExpression(scope, 'customer.name.matches("(a+)+$")', 'bool')).toEqual([]);
    expect(checkExpression(scope, 'customer.name.matches(customer.name)', 'bool')).toEqual([]);
  });
});
