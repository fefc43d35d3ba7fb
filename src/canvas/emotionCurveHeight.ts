import { useSyncExternalStore } from 'react';

/** The curve's height: lower in a short window, so that the map keeps most of the room. */
export const CURVE_HEIGHT = 108;
export const CURVE_HEIGHT_SHORT = 92;
const SHORT_WINDOW = '(max-height: 760px)';

const query = () => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(SHORT_WINDOW) : undefined);

function subscribe(onChange: () => void): () => void {
  const q = query();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
}

/** The emotion curve's height for the window's height now (kept up to date). */
export function useEmotionCurveHeight(): number {
  const short = useSyncExternalStore(subscribe, () => query()?.matches ?? false, () => false);
  return short ? CURVE_HEIGHT_SHORT : CURVE_HEIGHT;
}
