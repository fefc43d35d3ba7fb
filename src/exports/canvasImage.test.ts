import { describe, expect, it } from 'vitest';
import { gridOf } from '../canvas/gridOf';
import { LANE_LABEL_WIDTH, STAGE_HEADER_HEIGHT } from '../canvas/nodeSize';
import { mortgage } from '../canvas/testJourneys';
import { mapFrame } from './canvasImage';

describe('mapFrame', () => {
  it('frames the whole map: lane labels, stage headers, every lane and stage, with a margin', () => {
    const journey = mortgage();
    const grid = gridOf(journey);
    const { bounds, width, height, transform } = mapFrame(journey);
    const left = grid.columns[0]!.x0 - LANE_LABEL_WIDTH;
    const top = grid.rows[0]!.y0 - STAGE_HEADER_HEIGHT;
    expect(bounds.x).toBeLessThanOrEqual(left);
    expect(bounds.y).toBeLessThanOrEqual(top);
    expect(bounds.x + bounds.width).toBeGreaterThanOrEqual(grid.columns.at(-1)!.x1);
    expect(bounds.y + bounds.height).toBeGreaterThanOrEqual(grid.rows.at(-1)!.y1);
    expect(width).toBeGreaterThan(bounds.width);
    expect(height).toBeGreaterThan(bounds.height);
    // drawn at scale 1, the map's corner at the margin
    expect(transform).toBe(`translate(${32 - bounds.x}px, ${32 - bounds.y}px) scale(1)`);
  });
});
