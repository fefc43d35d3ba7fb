/** Browsers refuse canvases larger than this per side (Safari and older Chrome: 16,384 px)… */
export const MAX_PNG_SIDE = 16_384;
/** …or in area (iOS and low-memory devices refuse far less; this is what desktop browsers take). */
export const MAX_PNG_AREA = 16_384 * 8_192;

/** The scale a picture of this size can be drawn at: the one asked for, or less when the browser's limits say so. */
export function pngScale(width: number, height: number, wanted: number): number {
  const bySide = MAX_PNG_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_PNG_AREA / (width * height));
  const scale = Math.min(wanted, bySide, byArea);
  // A little under the limits, so that rounding to whole pixels stays within them.
  return scale >= wanted ? wanted : Math.floor(scale * 1000) / 1000;
}
