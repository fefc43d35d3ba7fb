import { useCallback } from 'react';
import { CustomerCard } from './CustomerCard';
import { ReplayForm } from './ReplayForm';
import { StepDetails } from './StepDetails';
import { StepList } from './StepList';
import { StepNavigator } from './StepNavigator';
import { stepContext } from './stepContext';
import { useReplay } from './replayStore';
import { closeReplay, replayStep } from './replayActions';

/** Replay mode: choose a simulated customer, then step through its path with the canvas following. */
export function TraceReplay({ fileId }: { fileId: string }) {
  const session = useReplay((s) => s.sessions[fileId]);
  const error = useReplay((s) => s.errors[fileId]);
  const onStep = useCallback((i: number) => replayStep(fileId, i), [fileId]);
  return (
    <div className="rp-mode" data-testid="replay-mode">
      <ReplayForm fileId={fileId} />
      {error && (
        <p className="rp-error" role="alert" data-testid="replay-error">
          {error}
        </p>
      )}
      {session ? (
        <div className="rp-body">
          <div className="rp-column">
            <div className="rp-nav-row">
              <StepNavigator step={session.step} count={session.replay.steps.length} onStep={onStep} />
              <button className="ws-button ws-small" onClick={() => closeReplay(fileId)} title="Close the replay and clear the map" data-testid="replay-close">
                Close
              </button>
            </div>
            <StepDetails frame={session.replay.at(session.step)} context={stepContext(session.replay, session.journey, session.step)} journey={session.journey} />
          </div>
          <CustomerCard trace={session.replay.trace} cohort={session.cohort} />
          <StepList replay={session.replay} step={session.step} journey={session.journey} onStep={onStep} />
        </div>
      ) : (
        !error && <p className="rp-hint">Choose a customer of a simulated run and replay its path on the map, step by step (← → Home End).</p>
      )}
    </div>
  );
}
