import { memo } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { shallow } from 'zustand/shallow';
import type { Grid } from './gridOf';
import { stagesInView, stageVisibility, type ViewArea } from './viewportFit';
import './StageStrip.css';

const viewOf = (s: ReactFlowState) => [s.transform[0], s.transform[1], s.transform[2], s.width, s.height] as const;

/**
 * A slim bar over the map listing its stages by name (a named part: `stage-strip`): a click pans
 * to that stage's column at a readable zoom. The stages on screen are marked (aria-current for
 * the ones in view).
 */
export const StageStrip = memo(function StageStrip({ grid, top, onGo }: { grid: Grid; top: number; onGo: (index: number) => void }) {
  const [x, y, zoom, width, height] = useStore(viewOf, shallow);
  const area: ViewArea = { width, height, top };
  const seen = width > 0 ? stageVisibility(grid, { x, y, zoom }, area) : [];
  const inView = new Set(width > 0 ? stagesInView(grid, { x, y, zoom }, area) : []);
  if (grid.columns.length === 0) return null;
  return (
    <nav className="jc-stage-strip nokey" aria-label="Stages" data-testid="stage-strip">
      {grid.columns.map((c, i) => {
        const s = seen[i] ?? 0;
        const here = inView.has(i);
        return (
          <button
            key={c.stageId ?? `unstaged-${i}`}
            type="button"
            className={`jc-strip-stage${here ? ' jc-strip-here' : s > 0 ? ' jc-strip-part' : ''}`}
            data-testid="stage-strip-item"
            data-stage={c.stageId ?? ''}
            aria-current={here ? 'location' : undefined}
            title={`Go to stage ${i + 1}: ${c.name}`}
            onClick={() => onGo(i)}
          >
            <span className="jc-strip-index">{i + 1}</span>
            <span className="jc-strip-name">{c.name}</span>
          </button>
        );
      })}
    </nav>
  );
});
