import type { Rect } from '@xyflow/react';

/**
 * Where to centre the view so that `bounds` (flow coordinates) is visible with a margin, keeping
 * the zoom; null when it already is (the view does not move for what the user can see).
 */
export function revealCenter(bounds: Rect, transform: readonly [number, number, number], width: number, height: number, marginPx = 72): { x: number; y: number } | null {
  const [tx, ty, zoom] = transform;
  const m = marginPx / zoom;
  const x0 = -tx / zoom;
  const y0 = -ty / zoom;
  const x1 = x0 + width / zoom;
  const y1 = y0 + height / zoom;
  const inside = bounds.x >= x0 + m && bounds.y >= y0 + m && bounds.x + bounds.width <= x1 - m && bounds.y + bounds.height <= y1 - m;
  return inside ? null : { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
}
