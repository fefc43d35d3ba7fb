import { describe, expect, it } from 'vitest';
import { minimalEdit } from './monacoAdapter';

const apply = (from: string, e: ReturnType<typeof minimalEdit>) => (e ? from.slice(0, e.start) + e.text + from.slice(e.end) : from);

describe('minimalEdit', () => {
  it('is nothing for equal texts', () => {
    expect(minimalEdit('abc', 'abc')).toBeUndefined();
  });
  it('touches only what changed', () => {
    const from = '{\n  "label": "Visit",\n  "x": 1\n}';
    const to = '{\n  "label": "Landing page",\n  "x": 1\n}';
    const e = minimalEdit(from, to)!;
    expect(e.text).toBe('Landing page');
    expect(apply(from, e)).toBe(to);
  });
  it('handles insertions, deletions and repeated characters', () => {
    for (const [a, b] of [['aaa', 'aaaa'], ['aaaa', 'aa'], ['', 'x'], ['x', ''], ['abcabc', 'abc']]) expect(apply(a!, minimalEdit(a!, b!))).toBe(b);
  });
});
