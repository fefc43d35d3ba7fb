import { describe, expect, it } from 'vitest';
import { cleanName, colourFor, peersOf, presenceOf, validColour } from './presence';

describe('presence read from awareness', () => {
  it('reads a well-formed state', () => {
    const p = presenceOf({ user: { name: 'Ana', colour: '#E5534B' }, cursor: { x: 10, y: -4 }, selection: { nodes: ['a'], edges: ['e1'] }, drag: { a: { x: 1, y: 2 } } });
    expect(p).toEqual({ user: { name: 'Ana', colour: '#e5534b' }, cursor: { x: 10, y: -4 }, selection: { nodes: ['a'], edges: ['e1'] }, drag: { a: { x: 1, y: 2 } } });
  });

  it('treats a peer’s state as untrusted: bad colours, names, points and ids are dropped or capped', () => {
    const p = presenceOf({
      user: { name: `  ${'x'.repeat(100)}\u0007 `, colour: 'red;background:url(x)' },
      cursor: { x: Infinity, y: 0 },
      selection: { nodes: ['ok', 3, 'y'.repeat(500)], edges: 'e1' },
      drag: { a: { x: 'no', y: 1 }, b: { x: 1, y: 1 } },
    })!;
    expect(p.user.colour).toBe('#4f8cff');
    expect([...p.user.name]).toHaveLength(40);
    expect(p.cursor).toBeNull();
    expect(p.selection).toEqual({ nodes: ['ok'], edges: [] });
    expect(Object.keys(p.drag!)).toEqual(['b']);
    expect(validColour('#abc')).toBeUndefined();
    expect(cleanName('')).toBe('Someone');
    expect(presenceOf({ cursor: { x: 1, y: 1 } })).toBeUndefined();
    expect(presenceOf('junk')).toBeUndefined();
  });

  it('a drag over `__proto__` does not reach the prototype', () => {
    const p = presenceOf(JSON.parse('{"user":{"name":"M"},"drag":{"__proto__":{"x":1,"y":2}}}'))!;
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(p.drag?.['__proto__']).toEqual({ x: 1, y: 2 });
  });

  it('lists the others, never oneself, in a stable order', () => {
    const states = new Map<number, unknown>([
      [3, { user: { name: 'Zoe' } }],
      [1, { user: { name: 'Me' } }],
      [2, { user: { name: 'Ana' } }],
      [4, {}],
    ]);
    expect(peersOf(states, 1).map((p) => p.user.name)).toEqual(['Ana', 'Zoe']);
  });

  it('gives the same name the same offered colour', () => {
    expect(colourFor('Ana')).toBe(colourFor('Ana'));
    expect(validColour(colourFor('Bo'))).toBeDefined();
  });
});
