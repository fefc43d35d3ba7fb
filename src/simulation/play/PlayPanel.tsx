import type { Journey } from '../../../runtime/model/journey';
import { ChoiceButtons } from './ChoiceButtons';
import { CustomerForm } from './CustomerForm';
import { PlayStatus } from './PlayStatus';
import { usePlay } from './playStore';
import { choose, closePlay, restartPlay, stepBack } from './playActions';

/** Play mode: a customer of your choosing through the live machine, one event or timer at a time. */
export function PlayPanel({ fileId, journey }: { fileId: string; journey: Journey }) {
  const session = usePlay((s) => s.sessions[fileId]);
  const error = usePlay((s) => s.errors[fileId]);
  const state = session?.history.at(-1);
  return (
    <div className="rp-mode rp-play" data-testid="play-mode">
      {error && (
        <p className="rp-error" role="alert" data-testid="play-error">
          {error}
        </p>
      )}
      <div className="rp-body rp-play-body">
        <CustomerForm fileId={fileId} journey={journey} />
        {session && state ? (
          <>
            <PlayStatus state={state} journey={session.journey} steps={session.history.length} />
            <section className="rp-card rp-play-choices" aria-label="What can happen now">
              <h4 className="rp-card-title">
                {state.done ? 'The journey is over' : 'What can happen now'}
                <span className="rp-spacer" />
                <button className="ws-button ws-small" disabled={session.history.length < 2} onClick={() => stepBack(fileId)} data-testid="play-back" title="Take the last step back">
                  Back
                </button>
                <button className="ws-button ws-small" disabled={session.history.length < 2} onClick={() => restartPlay(fileId)} title="Back to the start, same customer">
                  Restart
                </button>
                <button className="ws-button ws-small" onClick={() => closePlay(fileId)} data-testid="play-close" title="Stop and clear the map">
                  Close
                </button>
              </h4>
              <ChoiceButtons choices={session.player.available(state)} state={state} onChoose={(c) => choose(fileId, c)} />
            </section>
          </>
        ) : (
          <p className="rp-hint rp-play-status">Set the customer’s segment and attributes, then Start: you choose the events and let the timers fire, the machine does the rest.</p>
        )}
      </div>
    </div>
  );
}
