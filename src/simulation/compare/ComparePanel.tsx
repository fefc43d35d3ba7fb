import { useActiveDocId } from '../../app/activeDocument';
import { journeyOf } from '../../state/documentState';
import { useWorkspace } from '../../state/workspaceStore';
import { formatCount } from '../model/formatNumbers';
import { CompareChanges } from './CompareChanges';
import { CompareSetup } from './CompareSetup';
import { CompareTable } from './CompareTable';
import { useCompare } from './compareStore';
import { clearComparison } from './compareActions';
import '../replay/replay.css';
import './compare.css';

/** The Compare tab of the panel: two journeys (or two versions) on the same customers, outcome by outcome. */
export function ComparePanel() {
  const fileId = useActiveDocId();
  const journey = journeyOf(useWorkspace((s) => (fileId ? s.docs[fileId] : undefined)));
  const result = useCompare((s) => (fileId ? s.results[fileId] : undefined));
  const error = useCompare((s) => (fileId ? s.errors[fileId] : undefined));
  if (!fileId || !journey) return <p className="ws-panel-empty">Open a journey to compare it with another one or with one of its saved versions.</p>;
  return (
    <div className="rp-root" data-testid="compare-panel">
      <CompareSetup fileId={fileId} />
      {error && (
        <p className="rp-error" role="alert" data-testid="compare-error">
          {error}
        </p>
      )}
      {result ? (
        <div className="cp-body">
          <div className="cp-main">
            <p className="cp-caption" data-testid="compare-caption">
              <span>
                <strong>A</strong> {result.aLabel}
              </span>
              <span aria-hidden="true">→</span>
              <span>
                <strong>B</strong> {result.bLabel}
              </span>
              <span className="rp-muted">
                {formatCount(result.model.customers)} customers · {result.cohortPath} · seed {result.model.seed}
              </span>
              <button className="ws-button ws-small" onClick={() => clearComparison(fileId)} data-testid="compare-clear" title="Clear the result and the map">
                Clear
              </button>
            </p>
            <CompareTable rows={result.model.rows} aLabel={result.aLabel} bLabel={result.bLabel} customers={result.model.customers} />
          </div>
          <CompareChanges highlights={result.model.highlights} nodeLabels={result.nodeLabels} />
        </div>
      ) : (
        !error && <p className="rp-hint">The same synthetic customers go through A and B (common random numbers): per outcome, the difference of shares with its 95% confidence interval. The changes show on the map.</p>
      )}
    </div>
  );
}
