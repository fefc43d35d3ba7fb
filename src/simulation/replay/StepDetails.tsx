import type { Journey } from '../../../runtime/model/journey';
import type { ReplayFrame } from '../model/replay';
import { formatDuration } from '../model/formatNumbers';
import { journeyLabels } from '../model/journeyLabels';
import { movedByLabel, type StepContext } from './stepContext';

/** The current step: when, where, what moved the customer there, the queue, what just happened. */
export function StepDetails({ frame, context, journey }: { frame: ReplayFrame; context: StepContext; journey: Journey }) {
  const names = journeyLabels(journey);
  const node = context.nodeId ? journey.nodes.find((n) => n.id === context.nodeId) : undefined;
  const queue = context.queue;
  return (
    <section className="rp-card rp-step" data-testid="replay-step" data-node={context.nodeId ?? ''} aria-label="Current step">
      <div className="rp-time" title="Simulated time since the customer entered the journey">
        <span className="rp-time-value" data-testid="replay-time">
          {frame.timeLabel === '0ms' ? '0' : frame.timeLabel}
        </span>
        <span className="rp-time-note">since the start</span>
        <span className="rp-time-note" data-testid="replay-clock" title="The run's calendar: t = 0 is a Monday 00:00">
          {frame.clockLabel}
        </span>
      </div>
      <dl className="rp-facts rp-facts-wide">
        <div>
          <dt>at</dt>
          <dd data-testid="replay-node">
            <strong>{context.nodeId ? names.node(context.nodeId) : '–'}</strong>
            {node && <span className="rp-kind">{node.kind}</span>}
            {context.enteredMs !== null && frame.time > context.enteredMs && <span className="rp-muted"> · for {formatDuration(frame.time - context.enteredMs)}</span>}
          </dd>
        </div>
        <div>
          <dt>moved by</dt>
          <dd data-testid="replay-moved-by">{movedByLabel(context.movedBy)}</dd>
        </div>
        {queue && (
          <div>
            <dt>queue</dt>
            <dd data-testid="replay-queue">
              {names.team(queue.team)}: {queue.waitMs === null ? 'waiting…' : `${queue.abandoned ? 'gave up after' : 'waited'} ${formatDuration(queue.waitMs)}`}
            </dd>
          </div>
        )}
        <div>
          <dt>step</dt>
          <dd className="rp-description">{frame.description}</dd>
        </div>
      </dl>
    </section>
  );
}
