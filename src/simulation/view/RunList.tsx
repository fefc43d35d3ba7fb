import { relativeTime } from '../../history/HistoryView';
import { TrashIcon } from '../../shell/icons';
import type { RunSummary } from '../model/runRepository';
import { openRun, removeRun } from '../simulationActions';

/** The stored runs of a journey, newest first: click to show one, delete one. */
export function RunList({ fileId, runs, shownId, hash }: { fileId: string; runs: RunSummary[]; shownId: number | undefined; hash: string | undefined }) {
  if (!runs.some((r) => r.kind === 'simulation')) return <p className="ws-hint sv-pad">No stored runs of this journey yet.</p>;
  return (
    <ul className="sv-runs" data-testid="run-list">
      {runs
        .filter((r) => r.kind === 'simulation')
        .map((r) => {
          const changed = !!r.journeyHash && !!hash && r.journeyHash !== hash;
          return (
            <li key={r.id} className={`sv-run${r.id === shownId ? ' sv-shown' : ''}`} data-testid="run-item" data-run-id={r.id} aria-current={r.id === shownId ? 'true' : undefined}>
              <button className="sv-run-main" title="Show these results on the map and in the panel" onClick={() => void openRun(r.id)}>
                <span className="sv-run-headline">{r.headline ?? r.label}</span>
                <span className="sv-run-meta">
                  {r.label} · <span title={new Date(r.createdAt).toLocaleString()}>{relativeTime(r.createdAt)}</span>
                </span>
                {changed && (
                  <span className="sv-changed" data-testid="run-journey-changed" title="The journey was edited after this run">
                    journey changed since
                  </span>
                )}
              </button>
              <button className="ws-icon-button sv-run-delete" title="Delete this run" aria-label={`Delete run ${r.label}`} data-testid="run-delete" onClick={() => void removeRun(fileId, r.id)}>
                <TrashIcon />
              </button>
            </li>
          );
        })}
    </ul>
  );
}
