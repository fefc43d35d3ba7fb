import { useEffect } from 'react';
import { useCohortPaths } from '../cohortFiles';
import { formatCount } from '../model/formatNumbers';
import { CURRENT, versionRef, useSourceOptions, type SourceOption } from './compareSources';
import { useCompare } from './compareStore';
import { cancelComparison, compareFormOf, runComparison, setCompareForm } from './compareActions';
import { CohortSelect } from '../CohortSelect';

function SourceSelect({ value, options, onChange, testid, label }: { value: string; options: SourceOption[]; onChange: (ref: string) => void; testid: string; label: string }) {
  const groups = [...new Set(options.map((o) => o.group))];
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testid} aria-label={label}>
      {value === '' && <option value="">choose…</option>}
      {groups.map((g) => (
        <optgroup key={g} label={g}>
          {options
            .filter((o) => o.group === g)
            .map((o) => (
              <option key={o.ref} value={o.ref}>
                {o.label}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

/** What to compare: A (the baseline) and B, the cohort, how many customers, the seed; Compare, or the progress. */
export function CompareSetup({ fileId }: { fileId: string }) {
  const form = useCompare((s) => s.forms[fileId]) ?? compareFormOf(fileId);
  const job = useCompare((s) => s.jobs[fileId]);
  const cohorts = useCohortPaths();
  const { options, previous, loaded } = useSourceOptions(fileId);

  // The natural question first: the previous saved version against the file as it is now.
  useEffect(() => {
    if (!loaded || form.a !== '') return;
    const other = options.find((o) => o.group === 'Other journeys');
    if (previous) setCompareForm(fileId, { a: versionRef(previous.id!), b: CURRENT });
    else if (other) setCompareForm(fileId, { a: CURRENT, b: other.ref });
  }, [loaded, previous, options, form.a, fileId]);

  const change = (patch: Parameters<typeof setCompareForm>[1]) => setCompareForm(fileId, patch);
  return (
    <form
      className="rp-form"
      data-testid="compare-form"
      onSubmit={(e) => {
        e.preventDefault();
        void runComparison(fileId);
      }}
    >
      <label className="rp-field cp-source">
        <span>A · baseline</span>
        <SourceSelect value={form.a} options={options} onChange={(a) => change({ a })} testid="compare-a" label="Journey A" />
      </label>
      <label className="rp-field cp-source">
        <span>B · variant</span>
        <SourceSelect value={form.b} options={options} onChange={(b) => change({ b })} testid="compare-b" label="Journey B" />
      </label>
      <label className="rp-field">
        <span>Cohort</span>
        <CohortSelect value={form.cohortPath} cohorts={cohorts} onChange={(cohortPath) => change({ cohortPath })} testId="compare-cohort" />
      </label>
      <label className="rp-field rp-narrow">
        <span>Customers</span>
        <input value={form.customers} onChange={(e) => change({ customers: e.target.value })} inputMode="numeric" data-testid="compare-customers" />
      </label>
      <label className="rp-field rp-narrow">
        <span>Seed</span>
        <input value={form.seed} onChange={(e) => change({ seed: e.target.value })} inputMode="numeric" data-testid="compare-seed" />
      </label>
      <div className="rp-actions">
        {job ? (
          <>
            <div className="cp-progress" role="progressbar" aria-valuemin={0} aria-valuemax={job.total} aria-valuenow={job.done} data-testid="compare-progress" title={`${formatCount(job.done)} of ${formatCount(job.total)} customers`}>
              <div className="cp-progress-bar" style={{ width: `${(100 * job.done) / Math.max(1, job.total)}%` }} />
            </div>
            <span className="rp-muted cp-progress-text">
              {formatCount(job.done)} / {formatCount(job.total)}
            </span>
            <button type="button" className="ws-button" onClick={() => cancelComparison(fileId)} data-testid="compare-cancel">
              Cancel
            </button>
          </>
        ) : (
          <button type="submit" className="ws-button ws-primary" data-testid="compare-run">
            Compare
          </button>
        )}
      </div>
    </form>
  );
}
