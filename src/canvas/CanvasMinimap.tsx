import { useEffect, useRef, useState } from 'react';
import { MiniMap, useStore, type ReactFlowState } from '@xyflow/react';
import { useLayout } from '../state/layoutStore';
import type { Grid } from './gridOf';
import { minimapNodeColor } from './minimapNodeColor';
import { MINIMAP_COVER_CHECK_LIMIT, MINIMAP_SIZE, minimapCoversNodes } from './minimapCover';

/**
 * The minimap at the canvas's bottom-right corner, while it is shown (View: Toggle Minimap). It
 * never hides the map by itself: while it would cover a node it folds to a small button, which
 * brings it back (so does turning it on again from the toolbar).
 */
export function CanvasMinimap({ grid }: { grid: Grid }) {
  const open = useLayout((s) => s.minimapOpen);
  const [pinned, setPinned] = useState(false);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open && !wasOpen.current) setPinned(true); // turned on by the user: shown whatever it covers
    wasOpen.current = open;
  }, [open]);
  const covers = useStore((s: ReactFlowState) => open && !pinned && s.width > 0 && grid.positions.size <= MINIMAP_COVER_CHECK_LIMIT && minimapCoversNodes(grid.positions.values(), s.transform, s));
  if (!open) return null;
  if (covers)
    return (
      <button type="button" className="jc-minimap-peek nokey nodrag nopan" data-testid="minimap-folded" title="Show the minimap (it would cover part of the map here)" onClick={() => setPinned(true)}>
        Minimap
      </button>
    );
  return <MiniMap pannable zoomable nodeColor={minimapNodeColor} nodeStrokeWidth={0} className="jc-minimap" ariaLabel="Minimap" style={MINIMAP_SIZE} />;
}
