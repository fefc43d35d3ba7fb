import { memo } from 'react';
import type { CanvasOverlay } from './canvasOverlay';
import { toneKey } from './overlayTones';

/** The chip over the map saying what the overlay shows, with a key of its colours. */
export const OverlayLegend = memo(function OverlayLegend({ overlay, onDismiss }: { overlay: CanvasOverlay; onDismiss?: (() => void) | undefined }) {
  const tones = toneKey(overlay);
  return (
    <div className={`jo-legend nodrag nopan jo-legend-${overlay.source}`} data-testid="overlay-legend" data-source={overlay.source} role="note">
      <span className="jo-legend-text">{overlay.legend}</span>
      {tones.length > 0 && (
        <span className="jo-legend-key">
          {tones.map(({ tone, name }) => (
            <span key={tone} className="jo-key">
              <span className={`jo-swatch jo-tone-${tone}`} />
              {name}
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
