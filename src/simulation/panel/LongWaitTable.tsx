import { useMemo } from 'react';
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { rankWaits } from '../model/waitRanking';
import { formatCount, formatDuration } from '../model/formatNumbers';
import { onEnter } from './onEnter';

/**
 * Where customers wait longest (below "Where customers leave"): the steps with a staff queue, the
 * longest mean wait first, with the p90 and the customers served (waitRanking.ts). A row (click, or
 * Enter on its step) reveals its node on the map. Queue waits are of all customers: with a segment
 * chosen the table says so. Nothing is shown when no queue kept anyone waiting.
 */
export function LongWaitTable({ journey, result, segment, selected, onReveal }: { journey: Journey; result: SimulationResult; segment: string | null; selected: readonly string[] | undefined; onReveal: (nodeId: string) => void }) {
  const rows = useMemo(() => rankWaits(journey, result), [journey, result]);
  if (rows.length === 0) return null;
  return (
    <section className="dl-waits" data-testid="wait-view" aria-labelledby="dl-waits-title">
      <h3 className="dl-waits-title" id="dl-waits-title">
        Where customers wait longest
        {segment !== null && <span className="dl-scope-note"> · queue waits are of all customers</span>}
      </h3>
      <table className="sp-table dl-table" data-testid="wait-table" aria-label="Where customers wait longest, longest first">
        <thead>
          <tr>
            <th scope="col" className="dl-step">
              Step
            </th>
            <th scope="col">Stage</th>
            <th scope="col" className="sp-num" title="Mean wait for a staff member of the customers served here">
              Mean wait
            </th>
            <th scope="col" className="sp-num" title="9 in 10 of the customers served here waited no longer">
              p90 wait
            </th>
            <th scope="col" className="sp-num" title="The longest wait of a customer served here">
              Longest
            </th>
            <th scope="col" className="sp-num" title="Customers who got a staff member here">
              Served
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr
              key={r.nodeId}
              className={selected?.includes(r.nodeId) ? 'dl-row dl-selected' : 'dl-row'}
              data-testid="wait-row"
              data-kind="wait"
              data-node={r.nodeId}
              data-mean-ms={r.meanWaitMs}
              data-p90-ms={r.p90WaitMs ?? ''}
              onClick={() => onReveal(r.nodeId)}
              onKeyDown={(e) => onEnter(e, () => onReveal(r.nodeId))}
            >
              <th scope="row" className="dl-step">
                <button type="button" className="dl-step-button" data-testid="wait-reveal" title={`Reveal "${r.label}" on the map`}>
                  <span className="dl-rank">{i + 1}</span>
                  <span className="dl-label">{r.label}</span>
                </button>
              </th>
              <td className="dl-stage">{r.stage ?? '–'}</td>
              <td className="sp-num">{formatDuration(r.meanWaitMs)}</td>
              <td className="sp-num">{formatDuration(r.p90WaitMs)}</td>
              <td className="sp-num">{formatDuration(r.maxWaitMs)}</td>
              <td className="sp-num">{formatCount(r.served)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
