import { describe, expect, it } from 'vitest';
import { hasName, ownValue } from './ownValue';

const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];

describe('lookups by document name', () => {
  it('see own keys only, never Object.prototype', () => {
    const plain: Record<string, number> = { a: 1 };
    for (const name of NAMES) {
      expect(ownValue(plain, name)).toBeUndefined();
      expect(hasName(plain, name)).toBe(false);
    }
    const own = JSON.parse('{"constructor": 2, "__proto__": 3}') as Record<string, number>;
    expect([ownValue(own, 'constructor'), ownValue(own, '__proto__'), ownValue(plain, 'a'), ownValue(undefined, 'a')]).toEqual([2, 3, 1, undefined]);
    expect([hasName(own, '__proto__'), hasName(plain, 'a'), hasName(undefined, 'a')]).toEqual([true, true, false]);
  });
});
