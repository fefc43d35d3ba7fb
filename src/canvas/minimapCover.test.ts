import { describe, expect, it } from 'vitest';
import { MINIMAP_MARGIN, MINIMAP_SIZE, minimapCoversNodes } from './minimapCover';

const pane = { width: 800, height: 500 };

describe('minimapCoversNodes', () => {
  it('sees a node under the bottom-right corner', () => {
    const at = { x: pane.width - MINIMAP_MARGIN - MINIMAP_SIZE.width / 2, y: pane.height - MINIMAP_MARGIN - MINIMAP_SIZE.height / 2 };
    expect(minimapCoversNodes([at], [0, 0, 1], pane)).toBe(true);
  });

  it('sees no node when they are all elsewhere, or panned away', () => {
    expect(minimapCoversNodes([{ x: 10, y: 10 }], [0, 0, 1], pane)).toBe(false);
    const under = { x: 700, y: 420 };
    expect(minimapCoversNodes([under], [0, 0, 1], pane)).toBe(true);
    expect(minimapCoversNodes([under], [-600, 0, 1], pane)).toBe(false);
  });
});
