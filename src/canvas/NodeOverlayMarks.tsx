import type { NodeOverlay } from './canvasOverlay';

/** What an overlay puts on a node: a ring in its tone and a badge with its figure (tooltip: the details). */
export function NodeOverlayMarks({ overlay, nodeId }: { overlay: NodeOverlay; nodeId: string }) {
  const tone = overlay.tone ?? 'none';
  return (
    <>
      <div className={`jo-ring jo-tone-${tone}`} aria-hidden="true" />
      {overlay.badge ? (
        <div className={`jo-badge jo-tone-${tone}`} title={overlay.title} data-testid={`overlay-badge-${nodeId}`} data-tone={tone}>
          {overlay.badge}
        </div>
      ) : null}
    </>
  );
}
