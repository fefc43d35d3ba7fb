import type { Arrivals } from '../../../runtime/model/cohort';
import { durationMs, formatDuration } from '../../../runtime/model/duration';
import { useWorkspace } from '../../state/workspaceStore';
import { ENGINES } from '../../../runtime/sim/result/simulationResult';
import { setForm } from '../simulationActions';
import { describeLoad, describeRun, parseCount, parseOver, parseRunForm, type RunForm } from '../runForm';

/** The `arrivals` of the cohort file at `path` in the workspace, as typed (undefined: none, or no such cohort). */
function useCohortArrivals(path: string): Arrivals | undefined {
  return useWorkspace((s) => {
    const doc = Object.values(s.docs).find((d) => d.kind === 'cohort' && d.path === path);
    return (doc?.history?.present as { arrivals?: Arrivals } | undefined)?.arrivals;
  });
}

/** The load of the form in words (beside Customers): how many customers, over how long, how many a day. */
function LoadSummary({ form, arrivals }: { form: RunForm; arrivals: Arrivals | undefined }) {
  const customers = parseCount(form.customers);
  const over = parseOver(form.over ?? '');
  if (customers === undefined || customers < 1 || over === null) {
    return <p className="sv-note sv-wide sv-load" data-testid="run-load-summary" data-source="invalid" />;
  }
  const load = describeLoad(customers, over, arrivals);
  return (
    <div className="sv-wide sv-load" data-testid="run-load-summary" data-source={load.source} data-over-ms={load.overMs}>
      <p className="sv-note sv-load-text">
        {load.text}
        {load.source === 'cohort' && <span className="sv-load-source"> (the cohort’s arrivals)</span>}
      </p>
      {load.hint && (
        <p className="sv-note sv-load-hint" data-testid="run-load-hint" role="note">
          {load.hint}
        </p>
      )}
    </div>
  );
}

/** The options of a run: cohort, customers, arrivals over, seed, horizon, engine. */
export function RunFormFields({ fileId, form, disabled, onSubmit }: { fileId: string; form: RunForm; disabled: boolean; onSubmit(): void }) {
  const cohorts = useWorkspace((s) =>
    Object.values(s.docs)
      .filter((d) => d.kind === 'cohort')
      .map((d) => d.path)
      .sort()
      .join('\n'),
  );
  const paths = cohorts ? cohorts.split('\n') : [];
  const arrivals = useCohortArrivals(form.cohortPath);
  const cohortOver = arrivals ? durationMs(arrivals.over) : undefined;
  const overPlaceholder = cohortOver !== undefined && cohortOver > 0 ? `${formatDuration(cohortOver)} (cohort)` : 'all at t = 0';
  const parsed = parseRunForm(form);
  const invalid = parsed.ok ? undefined : parsed.field;
  const set = (patch: Partial<RunForm>) => setForm(fileId, patch);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onSubmit();
    }
  };
  return (
    <fieldset className="sv-form" disabled={disabled} data-testid="simulation-form">
      <label className="sv-field sv-wide">
        <span className="sv-label">Cohort</span>
        <select className="sv-input" value={form.cohortPath} aria-invalid={invalid === 'cohortPath'} data-testid="sim-cohort" onChange={(e) => set({ cohortPath: e.target.value })}>
          {!paths.includes(form.cohortPath) && <option value={form.cohortPath}>{form.cohortPath ? `${form.cohortPath} (missing)` : 'Choose a cohort…'}</option>}
          {paths.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="sv-field">
        <span className="sv-label">Customers</span>
        <input className="sv-input sv-num" inputMode="numeric" value={form.customers} aria-invalid={invalid === 'customers'} data-testid="sim-customers" onChange={(e) => set({ customers: e.target.value })} onKeyDown={onKeyDown} />
      </label>
      <label className="sv-field">
        <span className="sv-label">Arrivals over</span>
        <input
          className="sv-input"
          value={form.over ?? ''}
          placeholder={overPlaceholder}
          aria-invalid={invalid === 'over'}
          data-testid="sim-over"
          title={`The customers arrive within this time (e.g. "28d"); empty: the cohort's arrivals${cohortOver ? '' : ' (it has none: all at t = 0)'}`}
          onChange={(e) => set({ over: e.target.value })}
          onKeyDown={onKeyDown}
        />
      </label>
      <LoadSummary form={form} arrivals={arrivals} />
      <label className="sv-field">
        <span className="sv-label">Seed</span>
        <input className="sv-input sv-num" inputMode="numeric" value={form.seed} aria-invalid={invalid === 'seed'} data-testid="sim-seed" onChange={(e) => set({ seed: e.target.value })} onKeyDown={onKeyDown} />
      </label>
      <label className="sv-field">
        <span className="sv-label">Horizon</span>
        <input className="sv-input" value={form.horizon} aria-invalid={invalid === 'horizon'} data-testid="sim-horizon" title='A duration: "90d", "2w", "36h"…' onChange={(e) => set({ horizon: e.target.value })} onKeyDown={onKeyDown} />
      </label>
      <div className="sv-field">
        <span className="sv-label">Engine</span>
        <div className="ws-segmented sv-segmented" role="radiogroup" aria-label="Engine">
          {ENGINES.map((engine) => (
            <button key={engine} type="button" role="radio" aria-checked={form.engine === engine} className={form.engine === engine ? 'ws-active' : ''} data-testid={`sim-engine-${engine}`} title={engine === 'fast' ? 'The compiled kernel, for large runs' : 'Real XState actors: the definition of correct behaviour (slower)'} onClick={() => set({ engine })}>
              {engine}
            </button>
          ))}
        </div>
      </div>
      {parsed.ok ? (
        <p className="sv-note sv-wide">
          {describeRun(parsed.settings)}
        </p>
      ) : (
        <p className="sv-note sv-invalid sv-wide" role="alert">
          {parsed.message}
        </p>
      )}
    </fieldset>
  );
}
