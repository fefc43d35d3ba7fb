import type { CanvasOverlay, OverlayTone } from './canvasOverlay';

/** What each tone means unless the overlay names it otherwise. */
export const TONE_NAMES: Record<OverlayTone, string> = {
  good: 'fine',
  warn: 'watch',
  bad: 'problem',
  none: 'no data',
  current: 'now',
  visited: 'visited',
  added: 'added',
  changed: 'changed',
  removed: 'removed',
};
const TONE_ORDER = Object.keys(TONE_NAMES) as OverlayTone[];

/** The tones an overlay uses on nodes, in a fixed order (for the key). */
export function tonesOf(overlay: CanvasOverlay): OverlayTone[] {
  const used = new Set<OverlayTone>();
  for (const n of Object.values(overlay.nodes)) if (n.tone) used.add(n.tone);
  return TONE_ORDER.filter((t) => used.has(t));
}

/** The key of an overlay: each tone it uses with its name. */
export function toneKey(overlay: CanvasOverlay): { tone: OverlayTone; name: string }[] {
  return tonesOf(overlay).map((tone) => ({ tone, name: overlay.toneNames?.[tone] ?? TONE_NAMES[tone] }));
}
