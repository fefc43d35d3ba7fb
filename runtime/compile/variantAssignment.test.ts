import { describe, expect, it } from 'vitest';
import { assignVariant, fnv1a32, variantAt, variantBucket } from './variantAssignment';

describe('fnv1a32', () => {
  it('gives the published FNV-1a 32-bit test vectors', () => {
    // From the FNV reference test suite (Fowler, Noll, Vo): offset basis 0x811c9dc5, prime 0x01000193.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('b')).toBe(0xe70c2de5);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    expect(fnv1a32('chongo was here!\n')).toBe(0xd49930d5);
  });

  it('hashes the UTF-8 bytes, not UTF-16 code units', () => {
    // "é" is the two bytes C3 A9: the hash of those bytes, done by hand.
    let h = 0x811c9dc5;
    for (const b of [0xc3, 0xa9]) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    expect(fnv1a32('é')).toBe(h);
    expect(fnv1a32('é')).not.toBe(fnv1a32('\u00e9'.normalize('NFD')));
  });
});

describe('variant assignment', () => {
  const abh = [{ id: 'a', weight: 45 }, { id: 'b', weight: 45 }, { id: 'h', weight: 10 }];

  it('maps the bucket onto the cumulative weights in document order', () => {
    expect(variantAt(abh, 0)).toBe('a');
    expect(variantAt(abh, 0.4499)).toBe('a');
    expect(variantAt(abh, 0.45)).toBe('b');
    expect(variantAt(abh, 0.8999)).toBe('b');
    expect(variantAt(abh, 0.9)).toBe('h');
    expect(variantAt(abh, 0.999999)).toBe('h');
  });

  it('hashes "<customer.id>:<journey id>:<split id>" into [0, 1)', () => {
    expect(variantBucket('42', 'loans', 'callback-test')).toBe(fnv1a32('42:loans:callback-test') / 2 ** 32);
    expect(assignVariant(abh, '42', 'loans', 'callback-test')).toBe(variantAt(abh, fnv1a32('42:loans:callback-test') / 2 ** 32));
  });

  it('is sticky and splits customers by weight', () => {
    const counts: Record<string, number> = { a: 0, b: 0, h: 0 };
    for (let i = 0; i < 20_000; i++) {
      const v = assignVariant(abh, String(i), 'loans', 'exp')!;
      expect(assignVariant(abh, String(i), 'loans', 'exp')).toBe(v);
      counts[v]!++;
    }
    // Within 4 standard deviations of 20,000 × weight share.
    for (const [id, share] of [['a', 0.45], ['b', 0.45], ['h', 0.1]] as const) expect(Math.abs(counts[id]! - 20_000 * share)).toBeLessThan(4 * Math.sqrt(20_000 * share * (1 - share)));
  });
});
