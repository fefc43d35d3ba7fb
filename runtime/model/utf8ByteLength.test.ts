import { describe, expect, it } from 'vitest';
import { utf8ByteLength } from './utf8ByteLength';

const encoded = (s: string) => new TextEncoder().encode(s).length;

describe('utf8ByteLength', () => {
  it('counts the bytes TextEncoder writes: ASCII, two-, three- and four-byte characters, lone surrogates', () => {
    for (const s of ['', 'abc', 'Café', '✓ €', '😀 and 𝄞', 'x\uD800y', '\uDC00', 'end\uD83D']) expect(utf8ByteLength(s)).toBe(encoded(s));
  });

  it('stops once past the limit, answering a number above it', () => {
    expect(utf8ByteLength('€€€€', 5)).toBeGreaterThan(5);
    expect(utf8ByteLength('x'.repeat(100), 10)).toBeGreaterThan(10);
    expect(utf8ByteLength('€€', 6)).toBe(6);
  });
});
