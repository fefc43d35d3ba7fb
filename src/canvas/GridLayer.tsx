import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { blueprintLines } from './blueprintLines';
import type { Grid } from './gridOf';
import { LANE_LABEL_WIDTH } from './nodeSize';

/**
 * The map's table behind the nodes: lane rows, stage columns and the blueprint's lines. It lives in
 * the viewport (pans and zooms with it) and never takes the pointer: the background is React Flow's
 * pane (pan, box selection, deselect, drop), the rows and columns are drawn behind it.
 */
export const GridLayer = memo(function GridLayer({ grid }: { grid: Grid }) {
  const top = grid.rows[0]?.y0 ?? 0;
  const bottom = grid.rows[grid.rows.length - 1]?.y1 ?? 0;
  const left = grid.columns[0]?.x0 ?? 0;
  const right = grid.columns[grid.columns.length - 1]?.x1 ?? 0;
  const lines = blueprintLines(grid.rows);
  return (
    <ViewportPortal>
      <div className="jc-grid" aria-hidden="true">
        {grid.rows.map((r, i) => (
          <div
            key={r.laneId}
            className={`jc-row jc-row-${r.kind}${i % 2 ? ' jc-row-odd' : ''}`}
            data-testid={`lane-${r.laneId}`}
            data-lane={r.laneId}
            style={{ left: left - LANE_LABEL_WIDTH, top: r.y0, width: right - left + LANE_LABEL_WIDTH, height: r.y1 - r.y0 }}
          />
        ))}
        {grid.columns.map((c, i) => (
          <div
            key={c.stageId ?? '~unstaged'}
            className={`jc-col${i % 2 ? ' jc-col-odd' : ''}${c.stageId === undefined ? ' jc-col-unstaged' : ''}`}
            {...(c.stageId !== undefined ? { 'data-testid': `stage-${c.stageId}`, 'data-stage': c.stageId } : {})}
            style={{ left: c.x0, top, width: c.x1 - c.x0, height: bottom - top }}
          />
        ))}
        {lines.map((l) => (
          <div key={l.kind} className={`jc-line jc-line-${l.kind}`} style={{ left: left - LANE_LABEL_WIDTH, top: grid.rows[l.afterRow]!.y1, width: right - left + LANE_LABEL_WIDTH }}>
            <span className="jc-line-label">{l.label}</span>
            <span className="jc-line-label jc-line-label-end">{l.label}</span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
});
