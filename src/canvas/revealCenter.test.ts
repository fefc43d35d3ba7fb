import { describe, expect, it } from 'vitest';
import { revealCenter } from './revealCenter';

describe('revealCenter', () => {
  const node = { x: 100, y: 100, width: 200, height: 84 };
  it('leaves the view alone when the node is well inside', () => {
    expect(revealCenter(node, [0, 0, 1], 800, 600)).toBeNull();
  });
  it('centres on a node out of view or too close to the edge, at any zoom', () => {
    expect(revealCenter({ ...node, x: 2000 }, [0, 0, 1], 800, 600)).toEqual({ x: 2100, y: 142 });
    expect(revealCenter(node, [-80, 0, 1], 800, 600)).toEqual({ x: 200, y: 142 });
    expect(revealCenter(node, [100, 100, 0.5], 800, 600)).toBeNull();
    expect(revealCenter(node, [-100, -100, 2], 800, 600)).toBeNull();
    expect(revealCenter(node, [-300, -100, 2], 800, 600)).toEqual({ x: 200, y: 142 });
  });
});
