import { describe, expect, it } from 'vitest';
import { PANEL_MIN_HEIGHT, panelHeightFor } from './panelHeight';

describe('panelHeightFor', () => {
  it('keeps the height asked for while it leaves the editors most of the column', () => {
    expect(panelHeightFor(160, 878)).toBe(160);
  });

  it('caps the results panel so that the editors keep at least 65% of the column (1280×720)', () => {
    const column = 698;
    const h = panelHeightFor(340, column);
    expect(h).toBeLessThan(340);
    expect(column - h).toBeGreaterThanOrEqual(column * 0.65);
  });

  it('never goes below its minimum, even in a tiny window', () => {
    expect(panelHeightFor(10, 900)).toBe(PANEL_MIN_HEIGHT);
    expect(panelHeightFor(300, 100)).toBe(PANEL_MIN_HEIGHT);
  });

  it('asks for nothing before the column is measured', () => {
    expect(panelHeightFor(340, 0)).toBe(340);
  });
});
