import { beforeEach, describe, expect, it } from 'vitest';
import { initialLayout, useLayout } from '../state/layoutStore';
import { MAX_REMEMBERED_VIEWPORTS, rememberedViewport, rememberViewport } from './viewportMemory';

describe('viewportMemory', () => {
  beforeEach(() => useLayout.setState(initialLayout()));

  it('keeps each file’s viewport in the layout (UI state), apart', () => {
    rememberViewport('a', { x: 1, y: 2, zoom: 1.5 });
    rememberViewport('b', { x: -5, y: 0, zoom: 0.96 });
    expect(rememberedViewport('a')).toEqual({ x: 1, y: 2, zoom: 1.5 });
    expect(rememberedViewport('b')).toEqual({ x: -5, y: 0, zoom: 0.96 });
    expect(useLayout.getState().viewports.a).toEqual({ x: 1, y: 2, zoom: 1.5 });
    expect(rememberedViewport('c')).toBeUndefined();
  });

  it('ignores what is not a viewport (a hostile saved layout) and names from Object.prototype', () => {
    useLayout.setState({ viewports: { a: { x: Number.NaN, y: 0, zoom: 1 }, b: { x: 0, y: 0, zoom: 0 } } as never });
    expect(rememberedViewport('a')).toBeUndefined();
    expect(rememberedViewport('b')).toBeUndefined();
    expect(rememberedViewport('constructor')).toBeUndefined();
  });

  it('forgets the least recently moved files beyond its limit', () => {
    for (let i = 0; i <= MAX_REMEMBERED_VIEWPORTS; i++) rememberViewport(`f${i}`, { x: i, y: 0, zoom: 1 });
    expect(Object.keys(useLayout.getState().viewports)).toHaveLength(MAX_REMEMBERED_VIEWPORTS);
    expect(rememberedViewport('f0')).toBeUndefined();
    expect(rememberedViewport(`f${MAX_REMEMBERED_VIEWPORTS}`)).toBeDefined();
  });
});
