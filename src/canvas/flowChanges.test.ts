import { describe, expect, it } from 'vitest';
import { draggedPositions, overlayPositions, selectionAfterChanges } from './flowChanges';

describe('selectionAfterChanges', () => {
  it('adds and removes selected nodes and edges', () => {
    const next = selectionAfterChanges(
      { nodes: ['a', 'b'], edges: ['x'] },
      [
        { type: 'select', id: 'b', selected: false },
        { type: 'select', id: 'c', selected: true },
        { type: 'position', id: 'a', position: { x: 1, y: 1 } },
      ],
      [{ type: 'select', id: 'x', selected: false }, { type: 'select', id: 'y', selected: true }],
    );
    expect(next).toEqual({ nodes: ['a', 'c'], edges: ['y'] });
  });
  it('ignores the stage headers and lane labels', () => {
    expect(selectionAfterChanges({ nodes: [], edges: [] }, [{ type: 'select', id: 'stage:x', selected: true }], [], (id) => !id.includes(':'))).toEqual({ nodes: [], edges: [] });
  });
});

describe('drag positions', () => {
  it('reads positions and lays them over the projected nodes', () => {
    const moved = draggedPositions([{ type: 'position', id: 'a', position: { x: 5, y: 6 }, dragging: true }, { type: 'select', id: 'b', selected: true }]);
    expect([...moved]).toEqual([['a', { x: 5, y: 6 }]]);
    const nodes = [{ id: 'a', position: { x: 0, y: 0 } }, { id: 'b', position: { x: 1, y: 1 } }];
    const out = overlayPositions(nodes, moved);
    expect(out[0]).toEqual({ id: 'a', position: { x: 5, y: 6 } });
    expect(out[1]).toBe(nodes[1]);
    expect(overlayPositions(nodes, new Map())).toBe(nodes);
  });
});
