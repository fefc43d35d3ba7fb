import { useActiveDocId } from '../app/activeDocument';
import { commands } from '../commands/commandRegistry';
import { journeyOf } from '../state/documentState';
import { fixProblemsFirst } from '../state/fixProblemsFirst';
import { useWorkspace } from '../state/workspaceStore';
import { PlayIcon } from '../shell/icons';
import { formOf } from './simulationActions';
import { useSimulation } from './simulationStore';
import { hasStaffingTarget } from './staffing/staffingActions';
import { StaffingSection } from './staffing/StaffingSection';
import { useJourneyHash } from './useJourneyHash';
import { OverlayControls } from './view/OverlayControls';
import { RunFormFields } from './view/RunFormFields';
import { RunList } from './view/RunList';
import { RunProgress } from './view/RunProgress';
import { useRunsOf } from './view/useRunsOf';
import './simulation.css';

/** The Simulation view: run the active journey against a cohort, see the run on the map, reopen stored runs. */
export function SimulationView() {
  const id = useActiveDocId();
  const doc = useWorkspace((s) => (id ? s.docs[id] : undefined));
  const journey = journeyOf(doc);
  if (!id || !journey) {
    return (
      <div className="ws-pad" data-testid="simulation">
        {doc?.kind === 'journey' ? <Blocked fileId={doc.id} /> : <p className="ws-hint">Open a journey to simulate it against a cohort of synthetic customers.</p>}
      </div>
    );
  }
  return <JourneySimulation fileId={id} name={journey.name} />;
}

/** Why the file cannot be simulated now: how many problems to fix (they are in the Problems panel), the first. */
function Blocked({ fileId }: { fileId: string }) {
  const message = useWorkspace((s) => (s.docs[fileId] ? fixProblemsFirst(s.docs[fileId], 'simulate it') : undefined));
  if (!message) return null;
  return (
    <p className="sv-notice sv-notice-error" data-testid="simulation-blocked" role="status">
      {message}
    </p>
  );
}

function JourneySimulation({ fileId, name }: { fileId: string; name: string }) {
  const form = useSimulation((s) => s.forms[fileId]) ?? formOf(fileId);
  // Only whether (and for which file) a job goes on: the progress re-renders RunProgress alone.
  const jobFile = useSimulation((s) => s.job?.fileId);
  const jobKind = useSimulation((s) => s.job?.kind);
  const notice = useSimulation((s) => s.notices[fileId]);
  const shown = useSimulation((s) => s.shown[fileId]);
  const runs = useRunsOf(fileId);
  const journey = journeyOf(useWorkspace((s) => s.docs[fileId]));
  const proposal = useSimulation((s) => s.proposals[fileId]);
  // Hashed only when there are runs or a staffing proposal to compare it with.
  const hash = useJourneyHash((runs && runs.length > 0) || proposal ? journey : undefined);
  const mine = jobFile === fileId && jobKind === 'run';
  const blocked = useWorkspace((s) => (s.docs[fileId] ? fixProblemsFirst(s.docs[fileId], 'simulate it') : undefined));
  const busy = jobFile !== undefined;
  const run = () => void commands.execute('simulation.run');
  const simulations = runs?.filter((r) => r.kind === 'simulation').length ?? 0;
  return (
    <div className="sv-root" data-testid="simulation" data-file={fileId}>
      <div className="sv-pad">
        <p className="sv-title" title={name}>
          {name}
        </p>
        <RunFormFields fileId={fileId} form={form} disabled={jobFile === fileId} onSubmit={run} />
        {mine ? (
          <RunProgress />
        ) : (
          <button className="ws-button ws-primary sv-run-button" data-testid="simulation-run" disabled={busy || !!blocked} title={busy ? 'Another journey is being simulated' : blocked ? 'Fix the problems of the journey first (Problems panel)' : 'Simulation: Run simulation (F5)'} onClick={run}>
            <PlayIcon size={14} />
            Run simulation
            <kbd className="sv-kbd">F5</kbd>
          </button>
        )}
        {blocked && !mine && <Blocked fileId={fileId} />}
        {notice && !mine && !blocked && (
          <p className={`sv-notice sv-notice-${notice.kind}`} data-testid="simulation-notice" data-kind={notice.kind} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.kind === 'cancelled' ? 'Cancelled' : 'Failed'}: {notice.message}
          </p>
        )}
      </div>
      <StaffingSection fileId={fileId} hasTarget={hasStaffingTarget(journey)} hash={hash} />
      {shown?.kind === 'simulation' && (
        <section className="sv-section">
          <h3 className="sv-heading">Results on the map</h3>
          <div className="sv-pad">
            <OverlayControls fileId={fileId} run={shown} />
          </div>
        </section>
      )}
      <section className="sv-section">
        <h3 className="sv-heading">
          Runs{simulations > 0 ? <span className="ws-badge">{simulations}</span> : null}
        </h3>
        {runs ? <RunList fileId={fileId} runs={runs} shownId={shown?.id} hash={hash} /> : <p className="ws-hint sv-pad">Loading…</p>}
      </section>
    </div>
  );
}
