// The parts of a map picture's frame (grid, headers, lane names, title, key, the curve's axes) with
// the extent each draws in, so that a tile of the picture leaves out what its window misses: a
// tile far right needs neither the title block nor fourteen of fifteen stage headers, and every
// element costs the browser's decoding.
import type { Box } from './routeInWindow';

/**
 * Markup that draws only within `box` (in its group's coordinates; without a box, everywhere).
 * `inWindow` writes it for a window it meets, when only parts of it are in the window.
 */
export interface FramePiece {
  box?: Box;
  markup: string;
  inWindow?: (window: Box) => string;
}

export const boxesMeet = (a: Box, b: Box): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The whole frame's markup. */
export function writeFrame(pieces: readonly FramePiece[]): string {
  return pieces.map((p) => p.markup).join('');
}

/** The markup of what meets the window. */
export function writeFrameWithin(pieces: readonly FramePiece[], window: Box): string {
  let out = '';
  for (const p of pieces) if (!p.box || boxesMeet(p.box, window)) out += p.inWindow ? p.inWindow(window) : p.markup;
  return out;
}
