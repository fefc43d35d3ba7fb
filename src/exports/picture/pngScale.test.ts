import { describe, expect, it } from 'vitest';
import { MAX_PNG_AREA, MAX_PNG_SIDE, pngScale } from './pngScale';

describe('pngScale', () => {
  it('keeps the scale asked for when the browser can draw it', () => {
    expect(pngScale(4388, 1194, 2)).toBe(2);
  });

  it('lowers it to what browsers draw: the longest side, then the area', () => {
    const wide = pngScale(17788, 1834, 2);
    expect(wide).toBeLessThan(1);
    expect(Math.round(17788 * wide)).toBeLessThanOrEqual(MAX_PNG_SIDE);
    const big = pngScale(12000, 12000, 2);
    expect(Math.round(12000 * big) ** 2).toBeLessThanOrEqual(MAX_PNG_AREA);
  });
});
