import { describe, expect, it } from 'vitest';
import { inMapOrder, nearestNodeInDirection, type PlacedNode } from './nearestNodeInDirection';

const at = (id: string, x: number, y: number): PlacedNode => ({ id, center: { x, y } });
//            a(0,0)      b(300,0)     c(600,20)
//            d(0,200)    e(280,210)
//                                     f(650,900)
const map = [at('a', 0, 0), at('b', 300, 0), at('c', 600, 20), at('d', 0, 200), at('e', 280, 210), at('f', 650, 900)];
const from = (id: string) => map.find((n) => n.id === id)!.center;

describe('nearestNodeInDirection', () => {
  it('moves to the nearest node that way, straight ahead before off to the side', () => {
    expect(nearestNodeInDirection(map, from('a'), 'right')).toBe('b');
    expect(nearestNodeInDirection(map, from('b'), 'right')).toBe('c');
    expect(nearestNodeInDirection(map, from('a'), 'down')).toBe('d');
    expect(nearestNodeInDirection(map, from('b'), 'down')).toBe('e');
    expect(nearestNodeInDirection(map, from('e'), 'up')).toBe('b');
    expect(nearestNodeInDirection(map, from('e'), 'left')).toBe('d');
    expect(nearestNodeInDirection(map, from('c'), 'left')).toBe('b');
  });

  it('prefers a node within 45° of the direction, even a farther one', () => {
    // right of d: e is 280 along and 10 across; c is 600 along, 180 across; b 300 along, 200 across
    expect(nearestNodeInDirection(map, from('d'), 'right')).toBe('e');
    // down from c: f is 880 below but only 50 across; e is 190 below but 320 across (outside the cone)
    expect(nearestNodeInDirection(map, from('c'), 'down')).toBe('f');
  });

  it('falls back to a node outside the cone when there is none inside', () => {
    expect(nearestNodeInDirection([at('x', 100, 300), at('y', 50, -400)], { x: 0, y: 0 }, 'right')).toBe('x');
  });

  it('is undefined at the edge of the map, and never the node itself', () => {
    expect(nearestNodeInDirection(map, from('a'), 'left')).toBeUndefined();
    expect(nearestNodeInDirection(map, from('a'), 'up')).toBeUndefined();
    expect(nearestNodeInDirection(map, from('f'), 'down')).toBeUndefined();
    expect(nearestNodeInDirection([at('x', 5, 5)], { x: 5, y: 5 }, 'right')).toBeUndefined();
  });

  it('breaks ties by map order (the earlier node)', () => {
    expect(nearestNodeInDirection([at('p', 100, -50), at('q', 100, 50)], { x: 0, y: 0 }, 'right')).toBe('p');
    expect(nearestNodeInDirection([at('q', 100, 50), at('p', 100, -50)], { x: 0, y: 0 }, 'right')).toBe('q');
  });

  it('orders nodes left to right, then top to bottom', () => {
    expect(inMapOrder(map).map((n) => n.id)).toEqual(['a', 'd', 'e', 'b', 'c', 'f']);
  });
});
