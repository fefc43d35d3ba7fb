import { useWorkspace } from '../../state/workspaceStore';
import { ENGINES } from '../../../runtime/sim/result/simulationResult';
import { setForm } from '../simulationActions';
import { describeRun, parseRunForm, type RunForm } from '../runForm';

/** The options of a run: cohort, customers, seed, horizon, engine. */
export function RunFormFields({ fileId, form, disabled, onSubmit }: { fileId: string; form: RunForm; disabled: boolean; onSubmit(): void }) {
  const cohorts = useWorkspace((s) =>
    Object.values(s.docs)
      .filter((d) => d.kind === 'cohort')
      .map((d) => d.path)
      .sort()
      .join('\n'),
  );
  const paths = cohorts ? cohorts.split('\n') : [];
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
