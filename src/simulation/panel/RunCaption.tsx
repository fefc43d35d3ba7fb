import type { SavedRun } from '../model/runRepository';
import { formatDuration } from '../model/formatNumbers';
import { relativeTime } from '../../history/HistoryView';

/** What the shown run is: its headline, options, cohort and age, and whether the journey changed since. */
export function RunCaption({ run, changed }: { run: SavedRun; changed: boolean }) {
  return (
    <div className="sp-caption" data-testid="shown-run" data-run-id={run.id}>
      {run.headline && <strong className="sp-headline">{run.headline}</strong>}
      <span className="sp-meta">
        {run.label} · horizon {formatDuration(run.options.horizonMs)} · {run.cohortPath} · <span title={new Date(run.createdAt).toLocaleString()}>{relativeTime(run.createdAt)}</span>
      </span>
      {changed && (
        <span className="sp-changed" data-testid="journey-changed" title="The journey was edited after this run: run it again for current figures">
          journey changed since
        </span>
      )}
    </div>
  );
}
