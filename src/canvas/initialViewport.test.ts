import { describe, expect, it } from 'vitest';
import { gridOf } from './gridOf';
import { initialViewport, mapBounds, READABLE_ZOOM } from './initialViewport';
import { CARD_TITLE_PX } from './viewportFit';
import { mini, mortgage } from './testJourneys';

describe('initialViewport', () => {
  it('fits a small map, centred, never above 1:1', () => {
    const g = gridOf(mini());
    const v = initialViewport(g, 2000, 1200);
    expect(v.zoom).toBe(1);
    const b = mapBounds(g);
    expect(v.x + (b.x + b.width / 2) * v.zoom).toBeCloseTo(1000);
  });

  it('opens a large map at its start with its text readable (12 px or more on screen)', () => {
    const g = gridOf(mortgage());
    const v = initialViewport(g, 800, 300);
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v.zoom * CARD_TITLE_PX).toBeGreaterThanOrEqual(12 - 1e-9);
    const b = mapBounds(g);
    expect(v.x + b.x * v.zoom).toBeCloseTo(16);
    expect(v.y + b.y * v.zoom).toBeCloseTo(16);
  });

  it('opens below the strip left free at the top edge (the toolbar)', () => {
    const g = gridOf(mortgage());
    const v = initialViewport(g, 800, 300, 46);
    expect(v.y + mapBounds(g).y * v.zoom).toBeCloseTo(46 + 16);
  });
});
