import { useEffect, useRef } from 'react';
import type { Journey } from '../../../runtime/model/journey';
import type { Replay } from '../model/replay';
import { journeyLabels } from '../model/journeyLabels';

/** Every step of the replay: time, node, what happened; the current one marked, a click goes there. */
export function StepList({ replay, step, journey, onStep }: { replay: Replay; step: number; journey: Journey; onStep: (i: number) => void }) {
  const names = journeyLabels(journey);
  const ref = useRef<HTMLDivElement>(null);
  // Keep the current row in view, scrolling the list only (never the panel around it).
  useEffect(() => {
    const box = ref.current;
    const row = box?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!box || !row) return;
    const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const top = row.offsetTop - head;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = row.offsetTop + row.offsetHeight - box.clientHeight;
  }, [step]);
  return (
    <div className="rp-steps" data-testid="replay-steps" ref={ref}>
      <table className="rp-table">
        <thead>
          <tr>
            <th className="rp-num">#</th>
            <th>time</th>
            <th>node</th>
            <th>what happens</th>
          </tr>
        </thead>
        <tbody>
          {replay.steps.map((f) => (
            <tr key={f.index} className={`rp-row rp-row-${f.step.type}${f.index === step ? ' rp-current' : ''}`} aria-current={f.index === step ? 'step' : undefined} data-testid="replay-step-row" data-index={f.index} onClick={() => onStep(f.index)}>
              <td className="rp-num">{f.index + 1}</td>
              <td className="rp-nowrap">{f.timeLabel === '0ms' ? '0' : f.timeLabel}</td>
              <td className="rp-nowrap rp-ellipsis">{f.nodeId ? names.node(f.nodeId) : ''}</td>
              <td>{f.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
