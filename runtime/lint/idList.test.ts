import { describe, expect, it } from 'vitest';
import { idList } from './idList';

describe('idList', () => {
  it('lists up to 8 names, then an ellipsis', () => {
    expect(idList([])).toBe('');
    expect(idList(['a', 'b'])).toBe('a, b');
    const many = Array.from({ length: 9 }, (_, i) => `n${i}`);
    expect(idList(many)).toBe('n0, n1, n2, n3, n4, n5, n6, n7, …');
    expect(idList(many.slice(0, 8))).toBe('n0, n1, n2, n3, n4, n5, n6, n7');
  });

  it('takes no more names than it shows, from any iterable', () => {
    let taken = 0;
    function* endless() {
      for (;;) {
        taken++;
        yield 'x';
      }
    }
    expect(idList(endless(), 2)).toBe('x, x, …');
    expect(taken).toBe(3);
  });
});
