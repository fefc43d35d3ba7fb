import type { Cohort } from '../../../runtime/model/cohort';
import { useWorkspace } from '../../state/workspaceStore';
import type { HeatMode } from '../model/heatmap';
import type { SavedRun } from '../model/runRepository';
import { setHeatMode, setOverlayVisible, setSegment } from '../simulationActions';
import { HEAT_MODE_NAMES } from '../simulationOverlay';
import { useSimulation } from '../simulationStore';

const MODES: HeatMode[] = ['dropoff', 'queue', 'service', 'emotion'];

/** How the shown run is painted on the map: on or off, what colours the nodes, which segment. */
export function OverlayControls({ fileId, run }: { fileId: string; run: SavedRun & { kind: 'simulation' } }) {
  const visible = useSimulation((s) => !s.overlayHidden[fileId]);
  const mode = useSimulation((s) => s.heatMode);
  const segment = useSimulation((s) => s.segment);
  const cohort = useWorkspace((s) => Object.values(s.docs).find((d) => d.kind === 'cohort' && d.path === run.cohortPath)?.history?.present as Cohort | undefined);
  const segments = Object.keys(run.result.segments);
  const name = (id: string) => cohort?.segments.find((s) => s.id === id)?.name ?? id;
  const current = segment !== null && segments.includes(segment) ? segment : '';
  return (
    <div className="sv-overlay" data-testid="overlay-controls">
      <label className="sv-check">
        <input type="checkbox" checked={visible} data-testid="overlay-toggle" onChange={(e) => setOverlayVisible(fileId, e.target.checked)} />
        Show results on the map
      </label>
      <div className="sv-field sv-wide">
        <span className="sv-label">Colour steps by</span>
        <div className="ws-segmented sv-segmented" role="radiogroup" aria-label="Colour steps by">
          {MODES.map((m) => (
            <button key={m} type="button" role="radio" aria-checked={mode === m} className={mode === m ? 'ws-active' : ''} data-testid={`heat-mode-${m}`} disabled={!visible} onClick={() => setHeatMode(m)}>
              {HEAT_MODE_NAMES[m]}
            </button>
          ))}
        </div>
      </div>
      <label className="sv-field sv-wide">
        <span className="sv-label">Segment</span>
        <select className="sv-input" value={current} disabled={!visible} data-testid="overlay-segment" onChange={(e) => setSegment(e.target.value || null)}>
          <option value="">All customers ({run.result.customers.toLocaleString('en-US')})</option>
          {segments.map((g) => (
            <option key={g} value={g}>
              {name(g)} ({run.result.segments[g]!.customers.toLocaleString('en-US')})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
