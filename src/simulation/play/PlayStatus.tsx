import type { Journey } from '../../../runtime/model/journey';
import type { PlayState } from '../model/playCustomer';
import { formatDuration } from '../model/formatNumbers';
import { journeyLabels } from '../model/journeyLabels';
import { attributeText } from '../replay/attributeText';
import { stateValueText } from './stateValueText';

/** Where the played customer is: the machine's state value, the node, the clock, the journey vars, the output at the end. */
export function PlayStatus({ state, journey, steps }: { state: PlayState; journey: Journey; steps: number }) {
  const names = journeyLabels(journey);
  const vars = Object.entries(state.vars);
  return (
    <section className="rp-card rp-step rp-play-status" data-testid="play-status" data-node={state.nodeId} data-done={state.done} aria-label="State">
      <div className="rp-time" title="Simulated time since the start (timers move it)">
        <span className="rp-time-value">{state.timeMs === 0 ? '0' : formatDuration(state.timeMs)}</span>
        <span className="rp-time-note">{steps === 1 ? 'at the start' : `after ${steps - 1} step${steps === 2 ? '' : 's'}`}</span>
      </div>
      <dl className="rp-facts rp-facts-wide">
        <div>
          <dt>at</dt>
          <dd>
            <strong data-testid="play-node">{names.node(state.nodeId)}</strong>
            {state.workStep && <span className="rp-kind">{state.workStep}</span>}
          </dd>
        </div>
        <div>
          <dt>state</dt>
          <dd>
            <code data-testid="play-state-value">{stateValueText(state.snapshot.value)}</code>
          </dd>
        </div>
        <div>
          <dt>journey</dt>
          <dd data-testid="play-vars">{vars.length === 0 ? <span className="rp-muted">no variables</span> : vars.map(([k, v]) => <span key={k} className="rp-chip">{`${k} = ${attributeText(v)}`}</span>)}</dd>
        </div>
        {state.done && state.output && (
          <div>
            <dt>output</dt>
            <dd data-testid="play-output" className={`rp-output rp-result-${state.output.result}`}>
              <strong>{names.node(state.output.outcome)}</strong>
              <span>
                {state.output.result}
                {state.output.value !== undefined ? ` · value ${attributeText(state.output.value)}` : ''}
              </span>
              <code className="rp-output-json">{JSON.stringify(state.output)}</code>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
