import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsLiteral } from './jsLiteral';
import { runModuleInSandbox } from '../../testing/runModuleInSandbox';

/** Keys and strings that look like `__proto__` keys, inside and outside strings. */
const key = fc.constantFrom('__proto__', 'constructor', 'toString', 'a', ', "__proto__": ', '{"__proto__": 1}', '\\', '"');
const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(key, fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 3 }),
    // Object.fromEntries defines its keys, as JSON.parse does: `__proto__` is an own key.
    fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((entries) => Object.fromEntries(entries)),
  ),
})).value;

/** The value a module gets from `export const value = <literal>`. */
const evaluated = (literal: string) => runModuleInSandbox(`export const value = ${literal}\n`, []).exports.value;

describe('jsLiteral', () => {
  it('is, as JS, the very data it was made from: "__proto__" keys stay keys', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 2), (v, indent) => {
        expect(JSON.stringify(evaluated(jsLiteral(v, indent)))).toBe(JSON.stringify(v));
      }),
      { numRuns: 100 },
    );
  });

  it('writes a "__proto__" key computed, so that an object literal defines it', () => {
    const data = JSON.parse('{"on": {"__proto__": [1], "constructor": [2]}}') as unknown;
    expect(jsLiteral(data)).toBe('{"on":{["__proto__"]:[1],"constructor":[2]}}');
    expect(Object.keys((evaluated(jsLiteral(data, 2)) as { on: object }).on)).toEqual(['__proto__', 'constructor']);
  });
});
