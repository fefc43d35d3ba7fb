import { describe, expect, it } from 'vitest';
import { stronglyConnected } from './stronglyConnected';

describe('stronglyConnected', () => {
  it('groups cycles and orders components in reverse topological order', () => {
    const g: Record<string, string[]> = { a: ['b'], b: ['c', 'a'], c: ['d'], d: [] };
    const { component, count } = stronglyConnected(Object.keys(g), (id) => g[id]!);
    expect(count).toBe(3);
    expect(component.get('a')).toBe(component.get('b'));
    expect(component.get('c')).not.toBe(component.get('a'));
    expect(component.get('d')!).toBeLessThan(component.get('c')!);
    expect(component.get('c')!).toBeLessThan(component.get('a')!);
  });

  it('handles a 100,000-node chain without overflowing the stack', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const { count } = stronglyConnected(ids, (id) => {
      const i = Number(id.slice(1));
      return i + 1 < n ? [`n${i + 1}`] : [];
    });
    expect(count).toBe(n);
  });
});
