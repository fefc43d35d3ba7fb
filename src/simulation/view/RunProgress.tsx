import { commands } from '../../commands/commandRegistry';
import { formatCount } from '../model/formatNumbers';
import { useSimulation } from '../simulationStore';

/** The run in progress: a bar with Cancel beside it, then the share and the customers done. */
export function RunProgress() {
  const job = useSimulation((s) => s.job);
  if (!job) return null;
  const share = job.total > 0 ? Math.min(1, job.done / job.total) : 0;
  const percent = Math.floor(share * 100);
  return (
    <div className="sv-progress" data-testid="simulation-progress" data-done={job.done} data-total={job.total}>
      <div className="sv-progress-row">
        <div className="sv-bar" role="progressbar" aria-label="Simulation progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <div className="sv-bar-fill" style={{ transform: `scaleX(${share})` }} />
        </div>
        <button className="ws-button ws-small" data-testid="simulation-cancel" title="Simulation: Cancel simulation (Shift+F5)" onClick={() => commands.execute('simulation.cancel')}>
          Cancel
        </button>
      </div>
      <div className="sv-progress-text" data-testid="simulation-progress-text">
        <strong>{percent}%</strong> · {formatCount(job.done)} of {formatCount(job.total)} customers
      </div>
    </div>
  );
}
