import { useState } from 'react';
import type { Journey } from '../../../runtime/model/journey';
import { useCohort, useCohortPaths } from '../cohortFiles';
import { declaredAttributes } from './customerDraft';
import { usePlay } from './playStore';
import { draftOf, sampleCustomer, setDraft, startPlay } from './playActions';
import { CohortSelect } from '../CohortSelect';

/** The customer to play: a segment of the cohort and the attributes the journey declares. */
export function CustomerForm({ fileId, journey }: { fileId: string; journey: Journey }) {
  const draft = usePlay((s) => s.drafts[fileId]) ?? draftOf(fileId);
  const playing = usePlay((s) => !!s.sessions[fileId]);
  const cohorts = useCohortPaths();
  const cohort = useCohort(draft.cohortPath);
  const [seed, setSeed] = useState(1);
  const setValue = (k: string, v: string | boolean) => setDraft(fileId, { ...draft, values: { ...draft.values, [k]: v } });
  return (
    <form
      className="rp-card rp-customer-form rp-play-form"
      data-testid="play-form"
      aria-label="Customer"
      onSubmit={(e) => {
        e.preventDefault();
        startPlay(fileId);
      }}
    >
      <div className="rp-grid">
        <label className="rp-field">
          <span>Cohort</span>
          <CohortSelect
            value={draft.cohortPath}
            cohorts={cohorts}
            placeholder="none"
            onChange={(cohortPath) => {
              setDraft(fileId, { ...draft, cohortPath });
              sampleCustomer(fileId, '', 1);
            }}
          />
        </label>
        <label className="rp-field">
          <span>Segment</span>
          {cohort ? (
            <select value={draft.segment} onChange={(e) => sampleCustomer(fileId, e.target.value, seed)} data-testid="play-segment">
              {cohort.segments.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          ) : (
            <input value={draft.segment} onChange={(e) => setDraft(fileId, { ...draft, segment: e.target.value })} data-testid="play-segment" />
          )}
        </label>
        {declaredAttributes(journey).map(([k, type]) =>
          type === 'bool' ? (
            <label key={k} className="rp-field rp-check">
              <input type="checkbox" checked={draft.values[k] === true} onChange={(e) => setValue(k, e.target.checked)} data-testid={`play-attr-${k}`} />
              <span>{k}</span>
            </label>
          ) : (
            <label key={k} className="rp-field">
              <span>{k}</span>
              <input value={String(draft.values[k] ?? '')} onChange={(e) => setValue(k, e.target.value)} inputMode={type === 'number' ? 'decimal' : 'text'} data-testid={`play-attr-${k}`} />
            </label>
          ),
        )}
      </div>
      <div className="rp-actions">
        <button type="submit" className="ws-button ws-primary" data-testid="play-start">
          {playing ? 'Start again' : 'Start'}
        </button>
        {cohort && (
          <button
            type="button"
            className="ws-button"
            title="Another customer of this segment, drawn from the cohort"
            onClick={() => {
              setSeed(seed + 1);
              sampleCustomer(fileId, draft.segment, seed + 1);
            }}
          >
            Another customer
          </button>
        )}
      </div>
    </form>
  );
}
