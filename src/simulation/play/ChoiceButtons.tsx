import type { PlayChoice, PlayState } from '../model/playCustomer';
import { formatDuration } from '../model/formatNumbers';
import { ChoiceIcon } from './ChoiceIcon';


/** What the customer (or the staff, or time) can do now: one button per transition, disabled when its rule fails. */
export function ChoiceButtons({ choices, state, onChoose }: { choices: PlayChoice[]; state: PlayState; onChoose: (c: PlayChoice) => void }) {
  if (choices.length === 0) return <p className="rp-hint">{state.done ? 'The customer reached an outcome: Back to try another way, or Restart.' : 'Nothing can happen here: the customer is stalled.'}</p>;
  return (
    <ul className="rp-choices" data-testid="play-choices">
      {choices.map((c, i) => {
        const wait = c.dueMs !== undefined && c.dueMs > state.timeMs ? ` · fires at ${formatDuration(c.dueMs)}` : '';
        return (
          <li key={`${c.event}-${c.edgeId ?? i}`}>
            <button
              className={`rp-choice rp-choice-${c.kind}${c.taken ? ' rp-taken' : ''}`}
              disabled={!c.enabled}
              onClick={() => onChoose(c)}
              title={c.guard ? `Rule: ${c.guard}${c.enabled ? ' (holds)' : ' (does not hold)'}` : c.kind === 'timer' ? `The timer fires after ${formatDuration(c.delayMs ?? 0)} in this state` : c.event}
              data-testid="play-choice"
              data-kind={c.kind}
              data-event={c.event}
              data-edge={c.edgeId ?? ''}
              data-enabled={c.enabled}
            >
              <ChoiceIcon kind={c.kind} />
              <span className="rp-choice-label">{c.kind === 'timer' ? `after ${c.label.replace(/^⏱\s*/, '')}` : c.label}</span>
              {c.kind === 'event' && !c.label.startsWith(c.event) && <code className="rp-choice-event">{c.event}</code>}
              {wait && <span className="rp-muted">{wait}</span>}
            </button>
            {c.guard && (
              <span className={`rp-guard${c.enabled ? '' : ' rp-guard-fails'}`} title={c.enabled ? 'The rule holds' : 'The rule does not hold for this customer now'}>
                {c.enabled ? 'if' : 'blocked: needs'} <code>{c.guard}</code>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
