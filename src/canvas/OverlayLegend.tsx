import { memo } from 'react';
import type { CanvasOverlay, OverlayTone } from './canvasOverlay';

const TONE_NAMES: Record<OverlayTone, string> = {
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

/** The chip over the map saying what the overlay shows, with a key of its colours. */
export const OverlayLegend = memo(function OverlayLegend({ overlay, onDismiss }: { overlay: CanvasOverlay; onDismiss?: (() => void) | undefined }) {
  const tones = tonesOf(overlay);
  return (
    <div className={`jo-legend nodrag nopan jo-legend-${overlay.source}`} data-testid="overlay-legend" data-source={overlay.source} role="note">
      <span className="jo-legend-text">{overlay.legend}</span>
      {tones.length > 0 && (
        <span className="jo-legend-key">
          {tones.map((t) => (
            <span key={t} className="jo-key">
              <span className={`jo-swatch jo-tone-${t}`} />
              {overlay.toneNames?.[t] ?? TONE_NAMES[t]}
            </span>
          ))}
        </span>
      )}
      {onDismiss && (
        <button className="jo-legend-close" title="Hide from the map" aria-label="Hide the overlay" data-testid="overlay-legend-close" onClick={onDismiss}>
          <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
            <path d="M1.5 1.5l7 7M8.5 1.5l-7 7" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
          </svg>
        </button>
      )}
    </div>
  );
});
