import { describe, expect, it } from 'vitest';
import { gridOf } from './gridOf';
import { initialViewport, mapBounds, READABLE_ZOOM } from './initialViewport';
import { mini, mortgage } from './testJourneys';

describe('initialViewport', () => {
  it('fits a small map, centred, never above 1:1', () => {
    const g = gridOf(mini());
    const v = initialViewport(g, 2000, 1200);
    expect(v.zoom).toBe(1);
    const b = mapBounds(g);
    expect(v.x + (b.x + b.width / 2) * v.zoom).toBeCloseTo(1000);
  });

  it('opens a large map at its start at a readable zoom', () => {
    const g = gridOf(mortgage());
    const v = initialViewport(g, 800, 300);
    expect(v.zoom).toBe(READABLE_ZOOM);
    const b = mapBounds(g);
    expect(v.x + b.x * v.zoom).toBe(16);
    expect(v.y + b.y * v.zoom).toBe(16);
  });
});
