import { useCohort, useCohortPaths } from '../cohortFiles';
import { useReplay } from './replayStore';
import { replayFormOf, setReplayForm, traceReplay } from './replayActions';
import { CohortSelect } from '../CohortSelect';

/** Which customer to replay: cohort, seed, run size, and a customer by number or a random one of a segment. */
export function ReplayForm({ fileId }: { fileId: string }) {
  const form = useReplay((s) => s.forms[fileId]) ?? replayFormOf(fileId);
  const busy = useReplay((s) => !!s.busy[fileId]);
  const cohorts = useCohortPaths();
  const cohort = useCohort(form.cohortPath);
  const segment = form.segment || cohort?.segments[0]?.id || '';
  const change = (patch: Parameters<typeof setReplayForm>[1]) => setReplayForm(fileId, patch);
  return (
    <form
      className="rp-form"
      data-testid="replay-form"
      onSubmit={(e) => {
        e.preventDefault();
        void traceReplay(fileId);
      }}
    >
      <label className="rp-field">
        <span>Cohort</span>
        <CohortSelect value={form.cohortPath} cohorts={cohorts} onChange={(cohortPath) => change({ cohortPath, segment: '' })} testId="replay-cohort" />
      </label>
      <label className="rp-field rp-narrow">
        <span>Seed</span>
        <input value={form.seed} onChange={(e) => change({ seed: e.target.value })} inputMode="numeric" data-testid="replay-seed" />
      </label>
      <label className="rp-field rp-narrow" title="The size of the run the customer is part of: it matters when customers meet in staff queues">
        <span>Run size</span>
        <input value={form.customers} onChange={(e) => change({ customers: e.target.value })} inputMode="numeric" data-testid="replay-customers" />
      </label>
      <div className="rp-field">
        <span>Customer</span>
        <div className="rp-inline">
          <div className="ws-segmented rp-segmented" role="radiogroup" aria-label="Choose the customer">
            <button type="button" role="radio" aria-checked={form.pick === 'index'} className={form.pick === 'index' ? 'ws-active' : ''} onClick={() => change({ pick: 'index' })} data-testid="replay-pick-index">
              Number
            </button>
            <button type="button" role="radio" aria-checked={form.pick === 'segment'} className={form.pick === 'segment' ? 'ws-active' : ''} onClick={() => change({ pick: 'segment' })} data-testid="replay-pick-segment">
              Random of segment
            </button>
          </div>
          {form.pick === 'index' ? (
            <input className="rp-index" value={form.index} onChange={(e) => change({ index: e.target.value })} inputMode="numeric" aria-label="Customer number" data-testid="replay-index" />
          ) : (
            <select value={segment} onChange={(e) => change({ segment: e.target.value })} aria-label="Segment" data-testid="replay-segment-select">
              {cohort?.segments.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </div>
      </div>
      <div className="rp-actions">
        <button type="submit" className="ws-button ws-primary" disabled={busy} data-testid="replay-start">
          {busy ? 'Tracing…' : 'Replay'}
        </button>
        {form.pick === 'segment' && (
          <button type="button" className="ws-button" disabled={busy} onClick={() => void traceReplay(fileId, { another: true })} title="The next customer of this segment" data-testid="replay-another">
            Another
          </button>
        )}
      </div>
    </form>
  );
}
