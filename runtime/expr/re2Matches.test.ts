import { describe, expect, it } from 'vitest';
import { compileExpression } from './compileExpression';
import { compileCel, createCelEnvironment } from './celRuntime';
import { re2Matches, re2PatternProblem, REGEX_LIMITS } from './re2Matches';

const scope = { customer: { name: 'string' as const }, vars: { s: '' } };
const run = (text: string, name: string) => compileExpression(scope, text)({ customer: { name, segment: 'a' }, journey: { s: '' }, event: {} });

describe('matches() in linear time (RE2)', () => {
  it('answers a pattern that makes a JavaScript RegExp backtrack for ever, at once', () => {
    const t0 = performance.now();
    expect(run('customer.name.matches("(a+)+$")', `${'a'.repeat(100_000)}!`)).toBe(false);
    expect(run('customer.name.matches("(a|aa)+$")', 'a'.repeat(50_000))).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('keeps CEL matches semantics: a match anywhere, RE2 syntax ((?i) flags), not JavaScript-only syntax', () => {
    expect(run('customer.name.matches("b")', 'abc')).toBe(true);
    expect(run('customer.name.matches("^b")', 'abc')).toBe(false);
    expect(run('customer.name.matches("(?i)ABC")', 'xabcx')).toBe(true);
    expect(() => run('customer.name.matches(journey.s + "(?=a)")', 'a')).toThrow(/matches\(\) pattern "\(\?=a\)" cannot be used: invalid or unsupported Perl syntax/);
  });

  it('refuses patterns over its limits instead of compiling them', () => {
    expect(re2PatternProblem('a'.repeat(REGEX_LIMITS.maxPatternLength))).toBeUndefined();
    expect(re2PatternProblem('a'.repeat(REGEX_LIMITS.maxPatternLength + 1))).toMatch(/is 1001 characters long, more than the 1000 allowed/);
    expect(re2PatternProblem('a{1000}'.repeat(20))).toMatch(/repeats too much \(\d+ instructions, more than 10000\)/);
    expect(re2PatternProblem('(a)\\1')).toMatch(/invalid escape sequence/);
    expect(() => re2Matches('a', '[')).toThrow(/missing closing \]/);
  });

  it('is an option of the inlinable runtime: without it cel-js answers with its RegExp', () => {
    const decl = { customer: { name: 'string' }, vars: {} };
    const seen: string[] = [];
    const env = createCelEnvironment(decl, { matches: (text, pattern) => (seen.push(`${text}~${pattern}`), true) });
    expect(compileCel(env, 'customer.name.matches("z")')({ customer: { name: 'abc' } })).toBe(true);
    expect(seen).toEqual(['abc~z']);
    expect(compileCel(createCelEnvironment(decl), 'customer.name.matches("z")')({ customer: { name: 'abc' } })).toBe(false);
  });
});
