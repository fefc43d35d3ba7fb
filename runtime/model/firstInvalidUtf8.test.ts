import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstInvalidUtf8 } from './firstInvalidUtf8';

const strict = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('firstInvalidUtf8', () => {
  it('finds nothing in UTF-8, whatever the characters', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('plain, é, ✓, 𝄞, 😀 and a \u0000'))).toBeUndefined();
    expect(firstInvalidUtf8(new Uint8Array())).toBeUndefined();
  });

  it.each([
    ['a Latin-1 é', [0x61, 0xe9, 0x74, 0x65], 1, 1],
    ['a stray continuation byte', [0x61, 0x62, 0x80], 2, 1],
    ['C0 and C1 (overlong two-byte forms)', [0xc0, 0xaf], 0, 1],
    ['an overlong three-byte form', [0x20, 0xe0, 0x80, 0xaf], 1, 1],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0, 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0, 1],
    ['F5 and above', [0x41, 0xff], 1, 1],
    ['a sequence cut short by an ASCII byte', [0xe2, 0x82, 0x41], 0, 2],
    ['a sequence cut short by the end', [0x41, 0xf0, 0x9f, 0x98], 1, 3],
  ])('%s', (_what, bytes, offset, length) => {
    const b = new Uint8Array(bytes);
    expect(strict(b)).toBe(false);
    expect(firstInvalidUtf8(b)).toEqual({ offset, length });
  });

  it('agrees with TextDecoder\'s fatal mode on any bytes, and everything before the offset is UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 8 }), (noise, text) => {
        const bytes = new Uint8Array([...new TextEncoder().encode(text), ...noise]);
        const bad = firstInvalidUtf8(bytes);
        expect(bad === undefined).toBe(strict(bytes));
        if (bad) {
          expect(strict(bytes.subarray(0, bad.offset))).toBe(true);
          expect(strict(bytes.subarray(0, bad.offset + bad.length))).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
