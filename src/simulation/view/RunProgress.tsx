import { commands } from '../../commands/commandRegistry';
import { formatCount } from '../model/formatNumbers';
import { useSimulation, type RunningJob } from '../simulationStore';

const TEST_PREFIX: Record<RunningJob['kind'], string> = { run: 'simulation', staffing: 'staffing' };

/**
 * The job in progress when it is of `kind`: a bar with Cancel beside it, then the share and what is
 * done (customers of a run; simulations of a staffing suggestion, with what it tries now).
 */
export function RunProgress({ kind = 'run' }: { kind?: RunningJob['kind'] }) {
  const job = useSimulation((s) => s.job);
  if (!job || job.kind !== kind) return null;
  const share = job.total > 0 ? Math.min(1, job.done / job.total) : 0;
  const percent = Math.floor(share * 100);
  const prefix = TEST_PREFIX[kind];
  // A staffing search does not know how many runs it needs: its total is an upper estimate.
  const counts = kind === 'run' ? `${formatCount(job.done)} of ${formatCount(job.total)} customers` : job.total > 1 ? `${formatCount(job.done)} of up to ${formatCount(job.total)} simulations` : '';
  const text = [counts, kind === 'staffing' ? job.note : undefined].filter(Boolean).join(' · ');
  return (
    <div className="sv-progress" data-testid={`${prefix}-progress`} data-done={job.done} data-total={job.total}>
      <div className="sv-progress-row">
        <div className="sv-bar" role="progressbar" aria-label={kind === 'run' ? 'Simulation progress' : 'Staffing suggestion progress'} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <div className="sv-bar-fill" style={{ transform: `scaleX(${share})` }} />
        </div>
        <button className="ws-button ws-small" data-testid={`${prefix}-cancel`} title="Simulation: Cancel simulation (Shift+F5)" onClick={() => commands.execute('simulation.cancel')}>
          Cancel
        </button>
      </div>
      <div className="sv-progress-text" data-testid={`${prefix}-progress-text`} title={job.note}>
        <strong>{percent}%</strong> · {text}
      </div>
    </div>
  );
}
