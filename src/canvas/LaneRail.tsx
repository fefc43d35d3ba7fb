import { memo } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { Grid } from './gridOf';
import { LANE_LABEL_WIDTH } from './nodeSize';

const transformOf = (s: ReactFlowState) => s.transform;

/**
 * Lane names pinned to the left edge of the canvas while the map's own lane labels are scrolled
 * out of view, so that a wide map always says which row is which.
 */
export const LaneRail = memo(function LaneRail({ grid }: { grid: Grid }) {
  const [tx, ty, zoom] = useStore(transformOf);
  const gutterRight = (grid.columns[0]?.x0 ?? 0) * zoom + tx;
  if (gutterRight > 8 || grid.rows.length === 0) return null;
  const labelsLeft = ((grid.columns[0]?.x0 ?? 0) - LANE_LABEL_WIDTH) * zoom + tx;
  return (
    <div className="jc-rail" aria-hidden="true" style={{ opacity: Math.min(1, (8 - gutterRight) / 40), visibility: labelsLeft < 0 ? 'visible' : 'hidden' }}>
      {grid.rows.map((r) => (
        <div key={r.laneId} className={`jc-rail-row jc-lane-${r.kind}`} style={{ top: r.y0 * zoom + ty, height: (r.y1 - r.y0) * zoom }} title={r.name}>
          <span>{r.name}</span>
        </div>
      ))}
    </div>
  );
});
