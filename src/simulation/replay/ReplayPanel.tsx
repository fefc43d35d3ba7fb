import type { KeyboardEvent } from 'react';
import { useActiveDocId } from '../../app/activeDocument';
import { isEditableTarget } from '../../app/keybindings';
import { journeyOf } from '../../state/documentState';
import { useWorkspace } from '../../state/workspaceStore';
import { PlayPanel } from '../play/PlayPanel';
import { TraceReplay } from './TraceReplay';
import { useReplay } from './replayStore';
import { replayStep } from './replayActions';
import './replay.css';

const KEYS: Record<string, (step: number, last: number) => number> = {
  ArrowRight: (s) => s + 1,
  ArrowLeft: (s) => s - 1,
  Home: () => 0,
  End: (_s, last) => last,
};

/**
 * The Replay tab of the panel, for the active journey: a simulated customer replayed step by step
 * (← → Home End), or a customer played by hand through the live machine. The map follows.
 */
export function ReplayPanel() {
  const fileId = useActiveDocId();
  const journey = journeyOf(useWorkspace((s) => (fileId ? s.docs[fileId] : undefined)));
  const mode = useReplay((s) => s.mode);
  if (!fileId || !journey) return <p className="ws-panel-empty">Open a journey to replay or play one of its customers.</p>;
  const onKeyDown = (e: KeyboardEvent) => {
    const move = KEYS[e.key];
    const session = useReplay.getState().sessions[fileId];
    if (!move || !session || mode !== 'replay' || isEditableTarget(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    replayStep(fileId, move(session.step, session.replay.last()));
  };
  return (
    <div className="rp-root" data-testid="replay-panel" tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="rp-toolbar">
        <div className="ws-segmented rp-modes" role="tablist" aria-label="Replay or play">
          <button role="tab" aria-selected={mode === 'replay'} className={mode === 'replay' ? 'ws-active' : ''} onClick={() => useReplay.setState({ mode: 'replay' })} data-testid="replay-mode-replay">
            Replay a simulated customer
          </button>
          <button role="tab" aria-selected={mode === 'play'} className={mode === 'play' ? 'ws-active' : ''} onClick={() => useReplay.setState({ mode: 'play' })} data-testid="replay-mode-play">
            Play a customer by hand
          </button>
        </div>
        <span className="rp-muted rp-journey">{journey.name}</span>
      </div>
      {mode === 'replay' ? <TraceReplay fileId={fileId} /> : <PlayPanel fileId={fileId} journey={journey} />}
    </div>
  );
}
