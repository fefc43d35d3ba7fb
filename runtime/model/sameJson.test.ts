import { describe, expect, it } from 'vitest';
import { sameJson } from './sameJson';

describe('sameJson', () => {
  it('ignores key order and undefined keys, not array order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  it('skips ignored keys at the top level only', () => {
    const ignore = new Set(['position']);
    expect(sameJson({ id: 'a', position: { x: 1 } }, { id: 'a', position: { x: 2 } }, ignore)).toBe(true);
    expect(sameJson({ id: 'a', sub: { position: 1 } }, { id: 'a', sub: { position: 2 } }, ignore)).toBe(false);
  });
});
